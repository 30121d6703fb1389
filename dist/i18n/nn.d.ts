import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** Norsk nynorsk. Terms: informasjonskapslar, val, godta, tredjepartar, personvernerklæring. */
declare const nn: Strings;

export { nn };
