/**
 * A grant needs the visitor's own act (SPEC §5; GDPR art. 4(11) and 7: consent is the person's
 * own unambiguous indication, so a page script cannot give it for them). Checked here, in the
 * decision part every decision passes through, so it holds whichever way a page script asks:
 * `acceptAll()`, `set()` with a true, or a script's `click()` on the widget's own button (which
 * the interface records as `via: "api"`). Refusing and withdrawing need no activation.
 */
import type { Provenance } from '../fast/provenance.js';
import type { Method } from '../types.js';

/** Does this decision grant anything (beyond what a refusal keeps: necessary)? */
function asksForAGrant(method: Method, choices: Record<string, boolean>): boolean {
  if (method === 'accept-all') return true;
  return (method === 'api' || method === 'custom') && Object.values(choices).includes(true);
}

/**
 * Throws a `NotAllowedError` DOMException when a page script asks for a grant without user
 * activation at the moment it asked (the provenance was taken then, not now).
 */
export function refuseUnaskedGrant(method: Method, choices: Record<string, boolean>, provenance: Provenance): void {
  if (provenance.via !== 'api' || provenance.userActivation || !asksForAGrant(method, choices)) return;
  throw new DOMException(
    `samtykke: a grant (${method}) needs the visitor's own click or key press, and there was none (no user activation): ` +
      'nothing was recorded. Ask for it in the click handler of your own consent button.',
    'NotAllowedError',
  );
}
