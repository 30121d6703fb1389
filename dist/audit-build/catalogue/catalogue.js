/**
 * The service catalogue (catalogue/<id>.json) for the Node tools: the CLI, the scanner, the audit.
 * It reads the entries as they ship in the package; checking them against the schema is the
 * build's job (scripts/catalogue.mjs), so this needs no schema library at run time. No DOM.
 *
 * Presets (`{ "preset": "google-analytics" }` in a notice) are expanded by presets.ts, which
 * reads no files (the studio runs it in the browser); here they are offered over the package's
 * own catalogue unless another is given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { TRACKERS } from '../widget/fast/trackers.generated.js';
import { pathMatches } from '../widget/fast/trackers.js';
import * as presets from './presets.js';
export { PresetError } from './presets.js';
/**
 * The package's catalogue folder: the first `catalogue/` with a schema.json above this module
 * (src/catalogue in the repository, dist/audit-build/catalogue in the package).
 */
function packageCatalogueDir() {
    let dir = new URL('./', import.meta.url);
    for (let up = 0; up < 6; up++) {
        const candidate = new URL('catalogue/', dir);
        if (existsSync(new URL('schema.json', candidate)))
            return candidate;
        dir = new URL('../', dir);
    }
    throw new Error('samtykke: the service catalogue (catalogue/*.json) is missing from the package');
}
/**
 * Reads every entry of a catalogue folder (default: the one in this package). Throws an Error
 * naming the file when one is not JSON or its id is not its file name.
 */
export function loadCatalogue(dir) {
    const base = dir ?? packageCatalogueDir();
    const fileIn = (name) => typeof base === 'string' ? `${base.replace(/\/+$/, '')}/${name}` : new URL(name, base);
    const entries = new Map();
    for (const file of readdirSync(base).sort()) {
        if (!file.endsWith('.json') || file === 'schema.json')
            continue;
        let entry;
        try {
            entry = JSON.parse(readFileSync(fileIn(file), 'utf8'));
        }
        catch (e) {
            throw new Error(`samtykke: catalogue/${file} is not valid JSON: ${e.message}`);
        }
        if (`${entry?.id}.json` !== file)
            throw new Error(`samtykke: catalogue/${file}: its id must be its file name`);
        entries.set(entry.id, entry);
    }
    return entries;
}
let packageCatalogue;
/** The package's own catalogue, read once. */
export function defaultCatalogue() {
    return (packageCatalogue ??= loadCatalogue());
}
/** The entry with this id (no version suffix), or undefined. */
export function getEntry(id, catalogue = defaultCatalogue()) {
    return catalogue.get(id);
}
/** The current version of an entry, or undefined for an id the catalogue does not have. */
export function latestVersion(id, catalogue = defaultCatalogue()) {
    return catalogue.get(id)?.version;
}
/**
 * The catalogue service a URL belongs to, by auto-blocking's own table (the first rule that
 * matches): for the scanner and the audit, so they attribute exactly as the browser blocks.
 * Unparsable and non-http(s) URLs match nothing; relative URLs are resolved against `base`.
 */
export function matchService(url, base, rules = TRACKERS) {
    let u;
    try {
        u = new URL(url, base);
    }
    catch {
        return null;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return null;
    const host = '.' + u.hostname;
    for (const rule of rules) {
        const anyHost = rule.host === '*';
        if (!anyHost && !host.endsWith('.' + rule.host))
            continue;
        // Any host: the rule names the software's file, wherever it is installed.
        if (!pathMatches(rule.path, u.pathname, anyHost))
            continue;
        const query = Object.entries(rule.query ?? {});
        const carries = ([param, source]) => {
            const value = u.searchParams.get(param);
            return value !== null && new RegExp(source).test(value);
        };
        if (query.every(carries))
            return rule;
    }
    return null;
}
/** Expands one notice service (presets.ts's `expandPreset`), from the package's catalogue by default. */
export function expandPreset(service, languages, catalogue = defaultCatalogue(), path) {
    return presets.expandPreset(service, languages, catalogue, path);
}
/** The notice with every preset expanded (presets.ts's `expandNotice`), from the package's catalogue by default. */
export function expandNotice(notice, languages, catalogue = defaultCatalogue()) {
    return presets.expandNotice(notice, languages, catalogue);
}
/** The notice's services expanded from an older catalogue version (presets.ts), against the package's by default. */
export function outdatedPresets(notice, catalogue = defaultCatalogue()) {
    return presets.outdatedPresets(notice, catalogue);
}
