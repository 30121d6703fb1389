/**
 * Entry of `samtykke.js`, the drop-in classic script (SPEC §1), and of `samtykke-guard.js`, the
 * same file under the name older pages use: the fast path. It finds the notice (inline JSON, or
 * `data-config` on its own script tag) and starts; the other parts are fetched from beside it
 * when a visitor needs them. Loaded a second time on the same page, it does nothing.
 */
import { mountControls } from './fast/interface.js';
import { partsBeside } from './fast/parts.js';
import { start, type NoticeSource } from './fast/start.js';
import type { SamtykkeAPI } from './fast/api.js';

declare global {
  interface Window {
    /** The API of SPEC §5. */
    samtykke?: SamtykkeAPI;
  }
}

/** The notice: inline now, fetched from `data-config`, or written after this script (at DOMContentLoaded). */
function findNotice(script: HTMLScriptElement | null): { now?: NoticeSource; later?: Promise<NoticeSource> } {
  const inline = document.getElementById('samtykke-config');
  if (inline) return { now: { text: inline.textContent ?? '' } };
  const missing =
    'no notice found: add <script type="application/json" id="samtykke-config"> or data-config="URL" on the samtykke script tag';
  const url = script?.getAttribute('data-config');
  if (url) {
    return {
      later: fetch(url, { credentials: 'same-origin' }).then(
        async (res) =>
          res.ok ? { text: await res.text() } : { missing: `could not be fetched from ${url}: HTTP ${res.status}` },
        (e: Error) => ({ missing: `could not be fetched from ${url}: ${e.message}` }),
      ),
    };
  }
  if (document.readyState !== 'loading') return { now: { missing } };
  return {
    later: new Promise((resolve) =>
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          const late = document.getElementById('samtykke-config');
          resolve(late ? { text: late.textContent ?? '' } : { missing });
        },
        { once: true },
      ),
    ),
  };
}

if (!window.samtykke) {
  const script = document.currentScript as HTMLScriptElement | null;
  // The parts live beside this file; without our own URL, beside the page.
  const base = script?.src || location.href;
  const nonce = script?.nonce || undefined;
  window.samtykke = start({
    ...findNotice(script),
    parts: partsBeside(base, nonce),
    nonce,
    assetBase: script?.src || undefined,
    controls: mountControls,
  });
}
