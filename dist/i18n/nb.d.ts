import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** Norsk bokmål. Terms: informasjonskapsler, valg, godta, tredjeparter, personvernerklæring. */
declare const nb: Strings;

export { nb };
