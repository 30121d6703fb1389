/**
 * Entry of `samtykke.js`, the drop-in classic script (SPEC §1): finds the notice, adopts the
 * guard or starts its own, registers <samtykke-widget>, appends one to <body>, and exposes
 * `window.samtykke`. Loaded a second time on the same page, it does nothing.
 */
import { boot } from './fast/boot.js';
import { resolveLanguage } from './i18n/index.js';
import { mountPlaceholderFor } from './fast/placeholders.js';
import { SamtykkeWidget } from './ui/widget.js';

if (!window.samtykke) {
  window.samtykke = boot({
    language: (c) => resolveLanguage(c.language),
    view: () => new SamtykkeWidget(),
    placeholder: mountPlaceholderFor,
  });
}
