import type { Strings } from './strings.js';
export declare const nn: Strings;
