import { type ValidationProblem, type ValidationResult } from './schema.js';
/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export declare function orgNumberValid(digits: string): boolean;
/**
 * Checks a notice as written (SPEC §3): every problem with its path, and the notice with every
 * default filled in, or null when anything is an error (the widget then fails closed).
 * `codes: true` gives each problem its code and parameters too, for a tool that says the
 * problem in other words (the studio, in Norwegian).
 */
export declare function validate(raw: unknown, options?: {
    codes?: boolean;
}): ValidationResult;
/** JSON text → validate() (with `options`); invalid JSON is one `(root)` error. */
export declare function parseConfig(text: string, options?: {
    codes?: boolean;
}): ValidationResult;
/** One console message listing every problem ('' when there is none). */
export declare function formatProblems(kind: 'error' | 'warning', problems: ValidationProblem[]): string;
