/**
 * The words of SPEC.md as types: the notice (config, from its schema), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */
export {};
