import type { Words } from './words-en.js';
export declare const nb: Words;
export declare const nn: Words;
