import { h as ValidationResult } from './schema.js';

/**
 * Checks a notice as written (SPEC §3): every problem with its path, and the notice with every
 * default filled in, or null when anything is an error (the widget then fails closed).
 * `codes: true` gives each problem its code and parameters too, for a tool that says the
 * problem in other words (the studio, in Norwegian).
 */
declare function validate(raw: unknown, options?: {
    codes?: boolean;
}): ValidationResult;

export { validate as v };
