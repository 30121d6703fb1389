/**
 * Entry of `samtykke/i18n/sv`: importing it makes the interface speak sv in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { sv } from '../sv.js';
import { registerStrings } from '../registry.js';

registerStrings('sv', sv);

export { sv };
