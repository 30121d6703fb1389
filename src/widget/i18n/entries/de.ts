/**
 * Entry of `samtykke/i18n/de`: importing it makes the interface speak de in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { de } from '../de.js';
import { registerStrings } from '../registry.js';

registerStrings('de', de);

export { de };
