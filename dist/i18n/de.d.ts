import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** Deutsch, every word of the interface. Terms: Cookies, Auswahl, akzeptieren, Dritte, Datenschutzerklärung. */
declare const de: Strings;

export { de };
