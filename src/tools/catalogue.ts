/**
 * The service catalogue (catalogue/<id>.json) for the Node tools: the CLI, the scanner, the audit.
 * It reads the entries as they ship in the package; checking them against the schema is the
 * build's job (scripts/catalogue.mjs), so this needs no schema library at run time. No DOM.
 *
 * Presets (`{ "preset": "google-analytics" }` in a notice) are expanded by src/tools/presets.ts,
 * re-exported here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { TRACKERS, type TrackerRule } from '../widget/fast/trackers.generated.js';
import { pathMatches } from '../widget/fast/trackers.js';

export { expandNotice, expandPreset, outdatedPresets, PresetError } from './presets.js';
export type { NoticeService, OutdatedPreset } from './presets.js';

/** A text in several languages: language → string. */
export type Texts = Record<string, string>;

export interface CatalogueCookie {
  name: string;
  /** A regular expression over the whole name, for names that vary. */
  pattern?: string;
  storage: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
  party: 'first' | 'third';
  /** The provider's domain a third-party cookie is set on. */
  host?: string;
  duration: Texts;
}

export interface CatalogueBlockRule {
  /** A host (and its subdomains), or "*" for any host. */
  host: string;
  path?: string;
  query?: Record<string, string>;
  kind: ('script' | 'frame' | 'pixel' | 'request')[];
}

export interface CatalogueSource {
  url: string;
  title?: string;
  facts: string[];
  checked: string;
}

/** One catalogue entry, as catalogue/schema.json defines it. */
export interface CatalogueEntry {
  id: string;
  version: number;
  name: string | Texts;
  provider: { name: string; country?: string; address?: string };
  selfHosted?: true;
  role?: 'processor' | 'joint-controller' | 'controller';
  category: string;
  legalBasis?: 'legitimate-interests' | 'contract' | 'legal-obligation';
  purpose: Texts;
  cookies: CatalogueCookie[];
  cookieless?: true;
  block: CatalogueBlockRule[];
  /** Hosts its requests go to that auto-blocking must not hold (necessary services, fonts). */
  requests?: { host: string; path?: string }[];
  transfer?: { countries: string[]; mechanism: string; text: Texts };
  policyUrl?: string;
  sources: CatalogueSource[];
  unsourced?: string[];
}

/** The catalogue: entries by id, in id order. */
export type Catalogue = ReadonlyMap<string, CatalogueEntry>;

/**
 * The package's catalogue folder: the first `catalogue/` with a schema.json above this module
 * (src/tools in the repository, dist/audit-build/tools in the package).
 */
function packageCatalogueDir(): URL {
  let dir = new URL('./', import.meta.url);
  for (let up = 0; up < 6; up++) {
    const candidate = new URL('catalogue/', dir);
    if (existsSync(new URL('schema.json', candidate))) return candidate;
    dir = new URL('../', dir);
  }
  throw new Error('samtykke: the service catalogue (catalogue/*.json) is missing from the package');
}

/**
 * Reads every entry of a catalogue folder (default: the one in this package). Throws an Error
 * naming the file when one is not JSON or its id is not its file name.
 */
export function loadCatalogue(dir?: string): Catalogue {
  const base: string | URL = dir ?? packageCatalogueDir();
  const fileIn = (name: string): string | URL =>
    typeof base === 'string' ? `${base.replace(/\/+$/, '')}/${name}` : new URL(name, base);
  const entries = new Map<string, CatalogueEntry>();
  for (const file of readdirSync(base).sort()) {
    if (!file.endsWith('.json') || file === 'schema.json') continue;
    let entry: CatalogueEntry;
    try {
      entry = JSON.parse(readFileSync(fileIn(file), 'utf8'));
    } catch (e) {
      throw new Error(`samtykke: catalogue/${file} is not valid JSON: ${(e as Error).message}`);
    }
    if (`${entry?.id}.json` !== file) throw new Error(`samtykke: catalogue/${file}: its id must be its file name`);
    entries.set(entry.id, entry);
  }
  return entries;
}

let packageCatalogue: Catalogue | undefined;

/** The package's own catalogue, read once. */
export function defaultCatalogue(): Catalogue {
  return (packageCatalogue ??= loadCatalogue());
}

/** The entry with this id (no version suffix), or undefined. */
export function getEntry(id: string, catalogue: Catalogue = defaultCatalogue()): CatalogueEntry | undefined {
  return catalogue.get(id);
}

/** The current version of an entry, or undefined for an id the catalogue does not have. */
export function latestVersion(id: string, catalogue: Catalogue = defaultCatalogue()): number | undefined {
  return catalogue.get(id)?.version;
}

/**
 * The catalogue service a URL belongs to, by auto-blocking's own table (the first rule that
 * matches): for the scanner and the audit, so they attribute exactly as the browser blocks.
 * Unparsable and non-http(s) URLs match nothing; relative URLs are resolved against `base`.
 */
export function matchService(url: string, base?: string, rules: readonly TrackerRule[] = TRACKERS): TrackerRule | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = '.' + u.hostname;
  for (const rule of rules) {
    const anyHost = rule.host === '*';
    if (!anyHost && !host.endsWith('.' + rule.host)) continue;
    // Any host: the rule names the software's file, wherever it is installed.
    if (!pathMatches(rule.path, u.pathname, anyHost)) continue;
    const query = Object.entries(rule.query ?? {});
    const carries = ([param, source]: [string, string]) => {
      const value = u.searchParams.get(param);
      return value !== null && new RegExp(source).test(value);
    };
    if (query.every(carries)) return rule;
  }
  return null;
}
