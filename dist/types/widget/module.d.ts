import { type SamtykkeAPI } from './fast/core.js';
export type { SamtykkeAPI } from './fast/core.js';
export type * from './types.js';
export { validate } from './notice/config.js';
export { SamtykkeWidget } from './ui/widget.js';
export declare function init(config: unknown): SamtykkeAPI;
