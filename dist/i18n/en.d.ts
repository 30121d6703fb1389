import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** English, every word of the interface. Terms: cookies, choice, accept, third parties, privacy notice. */
declare const en: Strings;

export { en };
