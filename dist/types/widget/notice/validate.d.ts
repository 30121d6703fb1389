import { type ValidationProblem, type ValidationResult } from './schema.js';
/** Norwegian organisation number (9 digits, spaces ignored) with a valid mod-11 check digit. */
export declare function orgNumberValid(digits: string): boolean;
export declare function validate(raw: unknown): ValidationResult;
/** JSON text → validate(); invalid JSON is one `(root)` error. */
export declare function parseConfig(text: string): ValidationResult;
/** One console message listing every problem ('' when there is none). */
export declare function formatProblems(kind: 'error' | 'warning', problems: ValidationProblem[]): string;
