import type { Strings } from './strings.js';
/** Norsk nynorsk. Terms: informasjonskapslar, val, godta, tredjepartar, personvernerklæring. */
export declare const nn: Strings;
