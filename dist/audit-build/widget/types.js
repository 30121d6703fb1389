/**
 * The words of SPEC.md as types: the notice (config), the visitor's Consent and the proof
 * Receipt. Pure declarations; nothing here runs.
 */
export {};
