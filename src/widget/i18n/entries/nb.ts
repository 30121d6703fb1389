/**
 * Entry of `samtykke/i18n/nb`: importing it makes the interface speak nb in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { nb } from '../nb.js';
import { registerStrings } from '../registry.js';

registerStrings('nb', nb);

export { nb };
