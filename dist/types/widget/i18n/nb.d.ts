import type { Strings } from './strings.js';
/** Norsk bokmål. Terms: informasjonskapsler, valg, godta, tredjeparter, personvernerklæring. */
export declare const nb: Strings;
