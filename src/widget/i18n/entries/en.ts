/**
 * Entry of `samtykke/i18n/en`: importing it makes the interface speak en in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { en } from '../en.js';
import { registerStrings } from '../registry.js';

registerStrings('en', en);

export { en };
