import { type SamtykkeAPI } from './core.js';
export type { SamtykkeAPI } from './core.js';
export type * from './types.js';
export { validate } from './config.js';
export { SamtykkeWidget } from './ui/widget.js';
export declare function init(config: unknown): SamtykkeAPI;
