/**
 * Fetching `samtykke.<lang>.json` (sv, da, de) from beside the widget's script, once per page
 * view: the plain first layer (first/load.ts) and the interface's full tables (index.ts
 * `loadStrings`) share the one request. No tables here, so the first layer carries none.
 */
const fetched: Record<string, Promise<unknown>> = {};

/** The parsed JSON of `samtykke.<language>.json` beside `base`; rejects when it cannot be had. */
export function fetchTable(language: string, base: string): Promise<unknown> {
  return (fetched[`${language} ${base}`] ||= Promise.resolve()
    // As the fast path's preload asks (fast/parts.ts `preloadStrings`): cors, same-origin credentials.
    .then(() => fetch(new URL(`samtykke.${language}.json`, base), { credentials: 'same-origin' })) // a bad base throws here
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }));
}
