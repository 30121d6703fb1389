import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

/** Svenska, every word of the interface. Terms: kakor, val, godkänn, tredje parter, integritetspolicy. */
declare const sv: Strings;

export { sv };
