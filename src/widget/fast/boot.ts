/**
 * Start-up of the drop-in bundle: find the notice (inline JSON, or `data-config` on our own
 * script tag), validate it, adopt the guard if one ran, and start the core. Until a fetched
 * notice arrives, the API answers as if nothing were decided and nothing is granted.
 */
import { formatProblems, parseConfig } from '../notice/config.js';
import { on, startCore, type CoreOptions, type SamtykkeAPI } from './core.js';
import { startEarly, type Early } from './early.js';
import type { ValidationResult } from '../types.js';

declare global {
  interface Window {
    samtykke?: SamtykkeAPI;
    /** Left by samtykke-guard.js for the full bundle to adopt. */
    __samtykkeEarly?: Early;
  }
}

export function report(r: ValidationResult): void {
  if (r.errors.length) console.error(formatProblems('error', r.errors));
  if (r.warnings.length) console.warn(formatProblems('warning', r.warnings));
}

export function boot(o: Omit<CoreOptions, 'early' | 'nonce' | 'assetBase'>): SamtykkeAPI {
  const script = document.currentScript as HTMLScriptElement | null;
  const assetBase = script?.src || undefined;
  const nonce = script?.nonce || undefined;
  const inline = document.getElementById('samtykke-config');
  const url = script?.getAttribute('data-config');
  const start = (r: ValidationResult, early = window.__samtykkeEarly) => {
    report(r);
    return startCore(r.config, { ...o, nonce, assetBase, early });
  };

  const fail = (message: string): ValidationResult => ({ config: null, errors: [{ path: '(root)', message }], warnings: [] });
  const missing = fail('no notice found: add <script type="application/json" id="samtykke-config"> or data-config="URL" on the samtykke script tag');
  if (inline || (!url && document.readyState !== 'loading')) {
    return start(inline ? parseConfig(inline.textContent ?? '') : missing);
  }

  // A notice that is not here yet (fetched, or written after this script): hold trackers back
  // and grant nothing until it is here and valid.
  const early = window.__samtykkeEarly ?? startEarly(null, nonce);
  const text: Promise<string | null> = url
    ? fetch(url, { credentials: 'same-origin' }).then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.text();
      })
    : new Promise((ok) =>
        document.addEventListener('DOMContentLoaded', () => ok(document.getElementById('samtykke-config')?.textContent ?? null), {
          once: true,
        }),
      );
  const core = text
    .then(
      (t) => (t === null ? missing : parseConfig(t)),
      (e) => fail(`could not be fetched from ${url}: ${e.message}`),
    )
    .then((r) => start(r, early));
  let api: SamtykkeAPI | null = null;
  void core.then((a) => (api = a));
  // Until the notice is here: queries answer "nothing decided, nothing granted"; everything
  // else waits for it.
  const waiting: Record<string, unknown> = {
    get: () => api?.get() ?? null,
    granted: (c: string, s?: string) => api?.granted(c, s) ?? false,
    on,
  };
  for (const k of 'acceptAll rejectAll withdraw history set whenGranted show'.split(' '))
    waiting[k] = (...args: unknown[]) => core.then((a) => (a[k as 'show'] as (...x: unknown[]) => unknown)(...args));
  return waiting as unknown as SamtykkeAPI;
}
