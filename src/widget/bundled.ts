/**
 * What the bundler entries (`samtykke` and `samtykke/core`) share: starting samtykke from a
 * notice object, with the parts as dynamic imports that the app's bundler splits out. Called
 * again, it returns the first API (one decision per page); a page that already runs the guard or
 * the drop-in script gets theirs, so nothing starts twice.
 *
 * Importing this module touches no DOM; only calling it does, so server rendering can import
 * the entries.
 */
import type { SamtykkeAPI } from './fast/api.js';
import type { mountControls } from './fast/interface.js';
import { onceEach, type DeclarationPart, type FirstLayerPart, type InterfacePart, type PlaceholderPart } from './fast/parts.js';
import { start } from './fast/start.js';
import type { NoticeInput } from './types.js';

/** The visitor interface, for the full entry: the fast path's controls and the Lit parts. */
export interface WithInterface {
  controls: typeof mountControls;
  ui(): Promise<InterfacePart>;
  first(): Promise<FirstLayerPart>;
  declaration(): Promise<DeclarationPart>;
  placeholder(): Promise<PlaceholderPart>;
}

const headless = () => Promise.reject(new Error('samtykke/core has no visitor interface'));

export function startBundled(config: NoticeInput, withInterface?: WithInterface): SamtykkeAPI {
  if (typeof document === 'undefined') {
    throw new Error(
      "samtykke: init() needs a browser (there is no document here). On the server, import freely but call init() only in the browser: in an effect, or a 'use client' component's effect.",
    );
  }
  if (window.samtykke) return window.samtykke;
  const parts = onceEach(
    {
      notice: () => import('./decide/notice-part.js'),
      decide: () => import('./decide/part.js'),
      receipts: () => import('./proof/part.js'),
      ui: withInterface ? withInterface.ui : headless,
      first: withInterface ? withInterface.first : headless,
      declaration: withInterface ? withInterface.declaration : headless,
      placeholder: withInterface ? withInterface.placeholder : headless,
    },
    (name) => `the ${name} part of samtykke`,
  );
  return (window.samtykke = start({ now: { object: config }, parts, controls: withInterface?.controls }));
}
