/**
 * The decision part (`samtykke-decide.mjs`): the validator and the decision maker. Fetched when
 * the notice is new to this browser, and before any decision is recorded.
 */
export { formatProblems, parseConfig, validate } from '../notice/config.js';
export { makeDecision } from './decision.js';
