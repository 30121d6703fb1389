/**
 * Entry of `samtykke/i18n/da`: importing it makes the interface speak da in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { da } from '../da.js';
import { registerStrings } from '../registry.js';

registerStrings('da', da);

export { da };
