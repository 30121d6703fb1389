import type { Strings } from './strings.js';
export declare const sv: Strings;
