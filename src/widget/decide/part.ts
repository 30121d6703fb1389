/**
 * The decision part (`samtykke-decide.mjs`): the validator, with the decision maker (from the
 * notice part, which it imports). Fetched when the notice is new to this browser and carries no
 * valid stamp, and before any decision is recorded for such a notice.
 */
export { formatProblems, parseConfig, validate } from '../notice/config.js';
export { makeDecision } from './notice-part.js';
