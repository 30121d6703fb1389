import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** Dansk, every word of the interface. Terms: cookies, valg, accepter, tredjeparter, privatlivspolitik. */
declare const da: Strings;

export { da };
