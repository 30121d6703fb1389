/**
 * Entry of `samtykke/i18n/nn`: importing it makes the interface speak nn in a bundled app.
 * (The drop-in script fetches its languages from beside itself instead.)
 */
import { nn } from '../nn.js';
import { registerStrings } from '../registry.js';

registerStrings('nn', nn);

export { nn };
