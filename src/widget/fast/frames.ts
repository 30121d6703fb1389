/**
 * The frame policy (`autoBlock.frames` in the notice): no request at all for a tracker frame
 * written in the HTML before its consent.
 *
 * The parser starts an `<iframe src>`'s request the moment it inserts the element, before any
 * script can see it; detaching the frame afterwards cancels the document, not always the
 * request. A Content-Security-Policy stops the request itself. So, in <head>, before the parser
 * reaches the body, this adds `<meta http-equiv="Content-Security-Policy">` whose `frame-src`
 * lists what the page may frame: its own origin, data: and blob: documents, the hosts the notice
 * names in `autoBlock.frames`, and the hosts of every tracker granted right now. A tracker frame
 * that is not granted is refused by the browser.
 *
 * A policy cannot be lifted once applied: a frame granted later on the same page (Accept all,
 * "Allow and show") would stay refused, so its activation reloads the page once, and the reloaded
 * page's policy lists it. Other frames the page has must be named in `autoBlock.frames`.
 */
import { matchTracker } from './trackers.js';
import type { TrackerRule } from './trackers.generated.js';

export interface FramePolicy {
  /** Does the policy refuse this frame URL (a tracker not granted when the page loaded)? */
  refuses(url: string): boolean;
  /** Reloads the page so this newly granted frame can load; not again for the same service if that did not help. */
  reload(url: string): void;
}

const RELOADED = 'samtykke:frames';

/**
 * A rule as CSP sources: the host and its subdomains, with the rule's path. A rule's path is a
 * prefix; in CSP only a path ending in "/" is, so "/embed" becomes "/embed" and "/embed/".
 */
function sources(rule: TrackerRule): string[] {
  // CSP has no wildcard inside a path: a rule's "*" segment widens to the folder before it.
  const path = (rule.path ?? '').replace(/[^/]*\*.*$/, '');
  const paths = !path || path.endsWith('/') ? [path] : [path, path + '/'];
  return [rule.host, '*.' + rule.host].flatMap((host) => paths.map((p) => host + p));
}

/**
 * Adds the policy to <head> and returns how to ask it. `extra`: the notice's `autoBlock.frames`
 * (host names, `*.` for subdomains). Rules for any host ("*", self-hosted software) name no host.
 * `settled`: resolves once the receipts of this page's decisions are kept (it never rejects); a
 * reload waits for it.
 */
export function applyFramePolicy(
  rules: readonly TrackerRule[],
  granted: (category: string, service?: string) => boolean,
  extra: readonly string[],
  settled: () => Promise<unknown> | undefined = () => undefined,
): FramePolicy {
  const allowed = new Set<string>();
  // Only what the validator accepts (a host name, or `*.` and one): a notice read before it is
  // validated, or still being written in the studio's preview, may hold a half-typed `*.`, which
  // the browser would report as an invalid source. Leaving it out only narrows the policy.
  const list = ["'self'", 'data:', 'blob:', ...extra.filter((host) => /^(\*\.)?[a-z\d-]+(\.[a-z\d-]+)*$/i.test(host))];
  for (const rule of rules) {
    if (rule.host === '*' || !granted(rule.category, rule.service)) continue;
    allowed.add(rule.service);
    list.push(...sources(rule));
  }
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  // A ";" or "," in a path would end the directive or the policy: such a source is left out.
  meta.content = 'frame-src ' + list.filter((source) => !/[;,\s]/.test(source)).join(' ');
  document.head.append(meta);

  // A reload for a service that did not help (the decision was not readable yet when the policy
  // was made) is not repeated: the frame keeps its placeholder instead of the page reloading
  // forever. The mark names the page and the service, so a later grant of another one reloads.
  let last: string | null = null;
  try {
    last = sessionStorage.getItem(RELOADED);
    sessionStorage.removeItem(RELOADED);
  } catch {
    // No storage (a sandboxed frame): at most one reload per page view, below.
  }
  let reloading = false;
  const refused = (url: string) => {
    const rule = matchTracker(url, rules);
    return rule && rule.host !== '*' && !allowed.has(rule.service) ? rule : null;
  };
  return {
    refuses: (url) => !!refused(url),
    reload(url) {
      const mark = location.href + ' ' + refused(url)?.service;
      if (reloading || mark === last) return;
      reloading = true;
      try {
        sessionStorage.setItem(RELOADED, mark);
      } catch {
        // As above.
      }
      // The grant that opened this frame has a receipt: it is kept (and sent) before the page goes.
      void Promise.resolve(settled()).then(() => location.reload());
    },
  };
}
