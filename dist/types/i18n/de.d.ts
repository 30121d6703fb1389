import type { Strings } from './strings.js';
export declare const de: Strings;
