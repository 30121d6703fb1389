/**
 * The validated notice and the decision maker, asked for once per page view: a notice whose
 * stamp matches its text (SPEC §1, validated ahead) takes them from the notice part, with no
 * validator; any other notice, or a stamp that does not match, from the validator
 * (`samtykke-decide.mjs`), exactly as without a stamp: its findings are printed, and an invalid
 * notice rejects (the caller fails closed).
 */
import type { Config, ValidationResult } from '../types.js';
import { RULES_EDITION } from '../notice/stamp.js';
import type { Decider } from './controller.js';
import { pageNotice, rememberValidated, withValidatedText, type RuntimeNotice } from './notice.js';
import type { Parts } from './parts.js';
import { nextTask } from './tasks.js';

// The Decider type is the controller's (controller.ts), which waits for it: declared there, so
// that the controller needs nothing of this file and no import goes round in a circle.
export type { Decider } from './controller.js';

/** A notice as written: JSON text (inline or fetched), or an object (`init(config)`). */
export type NoticeInput = { text: string } | { object: unknown };

/**
 * Does the notice carry a stamp of this rules edition? Whether it matches the text is the notice
 * part's to check (a SHA-256, kept out of the fast path); without one, the validator is fetched
 * at once rather than after the notice part.
 */
export function carriesStamp(source: NoticeInput): boolean {
  let notice: unknown = 'object' in source ? source.object : null;
  if ('text' in source) {
    if (!source.text.includes('"validated"')) return false;
    try {
      notice = JSON.parse(source.text);
    } catch {
      return false;
    }
  }
  return (notice as { validated?: { rules?: unknown } } | null)?.validated?.rules === RULES_EDITION;
}

/** Prints the validator's findings: one error message (fail closed) and one warning message. */
function report(result: ValidationResult, format: (kind: 'error' | 'warning', list: ValidationResult['errors']) => string): void {
  if (result.errors.length) console.error(format('error', result.errors));
  if (result.warnings.length) console.warn(format('warning', result.warnings));
}

/**
 * The decider for this notice: through its stamp when it carries one, else (or then) the
 * validator. `trusted`: the notice already trusted by its fingerprint (wasValidated), which the
 * validated text joins; without one, the notice is made from the validated Config.
 */
export function deciderFor(source: NoticeInput, parts: Parts, trusted: RuntimeNotice | null): Decider {
  let answer: ReturnType<Decider> | null = null;
  const remember = () => 'text' in source && rememberValidated(source.text);
  const noticeOf = (config: Config) => (trusted ? withValidatedText(trusted, config) : pageNotice(config));
  const viaValidator: Decider = () =>
    parts.decide().then(async (part) => {
      // The validator's module has just been evaluated: validation waits for a task of its own.
      await nextTask();
      const result = 'text' in source ? part.parseConfig(source.text) : part.validate(source.object);
      report(result, part.formatProblems);
      if (!result.config) throw new Error('samtykke: the notice (config) is invalid; see the console error');
      remember();
      return { makeDecision: part.makeDecision, notice: noticeOf(result.config) };
    });
  const viaStamp: Decider = () =>
    parts.notice().then(async (part) => {
      const config = await part.stampedConfig(source);
      if (!config) return viaValidator(); // an edited notice, other rules, plain http: validate
      remember();
      return { makeDecision: part.makeDecision, notice: noticeOf(config) };
    });
  return () => (answer ??= carriesStamp(source) ? viaStamp() : viaValidator());
}
