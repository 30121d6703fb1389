// Written by scripts/version.mjs from package.json: do not edit.
/** samtykke's version, as package.json gives it; receipts name the widget `samtykke@<VERSION>`. */
export const VERSION = '1.0.0';
