/**
 * The notice's public functions under their former module name, for code written against it.
 * New code imports from the modules themselves: validate.ts (validate, parseConfig,
 * formatProblems, orgNumberValid), text.ts (text), schema.ts (TEXTS and the types).
 */
export { validate, parseConfig, formatProblems, orgNumberValid } from './validate.js';
export { text } from './text.js';
export { TEXTS } from './schema.js';
