import type { Strings } from './strings.js';
export declare const nb: Strings;
