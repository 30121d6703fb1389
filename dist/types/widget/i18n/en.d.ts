import type { Strings } from './strings.js';
export declare const en: Strings;
