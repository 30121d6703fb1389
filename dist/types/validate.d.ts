import { h as ValidationResult } from './schema.js';

declare function validate(raw: unknown): ValidationResult;

export { validate as v };
