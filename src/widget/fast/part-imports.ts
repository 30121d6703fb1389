/**
 * What each part file beside `samtykke.js` imports statically (its chunks, transitively; "ui"
 * stands for samtykke-ui.mjs), so the
 * fast path can request a part and everything it imports at once (`<link rel="modulepreload">`)
 * instead of discovering them one round trip after another. The build fills it in for
 * `samtykke.js` (rollup.config.mjs, `injectPartImports`, from the parts it has just built); it
 * stays empty in the bundler entries, whose bundler does this itself.
 */
export const PART_IMPORTS: Record<string, readonly string[]> = {};
