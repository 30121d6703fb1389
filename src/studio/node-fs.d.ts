/**
 * The studio bundles src/tools/presets.ts (preset expansion, the same code as `samtykke expand`),
 * whose catalogue module reads catalogue/ from disk in Node. The browser program has no Node
 * types, so these are the three functions it names. The studio never calls them (it passes the
 * catalogue it fetched), and its build replaces `node:fs` with a stub that throws (build.mjs).
 */
declare module 'node:fs' {
  export function existsSync(path: string | URL): boolean;
  export function readdirSync(path: string | URL): string[];
  export function readFileSync(path: string | URL, encoding: 'utf8'): string;
}
