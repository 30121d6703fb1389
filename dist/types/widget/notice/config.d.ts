/**
 * The notice (config, SPEC §3): validation, defaults, and reading its texts.
 *
 * `validate` checks what a site owner wrote, reports EVERY problem with its JSON path
 * (`controller.name`, `services[2].category`) and returns a fresh, fully defaulted Config, or
 * null when anything is wrong, so the widget fails closed. Pure logic (browser bundle and guard):
 * no DOM, no Node APIs, no eval, no libraries.
 *
 * It is data-driven to stay small in the bundle: KINDS describes every field in a tiny spec
 * language and one recursive `check` reads it. Every object and array of the output is built by
 * `check`, never taken from the input; id-keyed maps have no prototype; `__proto__`,
 * `constructor` and `prototype` keys are errors at any depth; URLs must be http(s) or relative.
 *
 * Decisions: as SPEC §3 says, "a service whose category does not exist" is a warning: such a
 * service stays inert, since nothing can grant a category the notice does not have (the consent
 * core leaves it out). A tracker rule naming a missing category is an error. A service id equal
 * to a category id is an error (`set(choices)` takes both in one map). Unknown fields are warnings (forward compatibility); so are legitimate interests for
 * non-necessary cookies and a bad Norwegian check digit, as SPEC §3 says.
 */
import type { Text, ValidationProblem, ValidationResult } from '../types.js';
/** The fields whose values are texts (a string, or a map of language → string). */
export declare const TEXTS: string[];
export declare function validate(raw: unknown): ValidationResult;
/** JSON text → validate(); invalid JSON is one `(root)` error. */
export declare function parseConfig(text: string): ValidationResult;
/** One console message listing every problem ('' when there is none). */
export declare function formatProblems(kind: 'error' | 'warning', problems: ValidationProblem[]): string;
/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export declare function orgNumberValid(digits: string): boolean;
/**
 * A text in a language: for a map, the first of `lang`, its primary subtag, its Norwegian
 * siblings (nb ↔ nn, no), then the same for each `fallback` language, then "en", then the
 * first value. Keys match case-insensitively. '' for undefined.
 */
export declare function text(t: Text | undefined, lang: string, fallback?: string[]): string;
