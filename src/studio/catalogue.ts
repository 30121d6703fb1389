/**
 * The service catalogue in the studio: fetched once from beside the page (catalogue.json, written
 * by the build from catalogue/), searched as the owner types, and expanded into a full notice
 * service by the same code as `samtykke expand` (src/catalogue/presets.ts), keeping nb, nn and en.
 */
import { categoryWords } from '../catalogue/category-words.js';
import type { Catalogue, CatalogueEntry } from '../catalogue/types.js';
import { expandNotice, expandPreset } from '../catalogue/presets.js';
import { LANGUAGES } from './fields.js';
import { appendAt, getAt, type Json } from './model.js';

let catalogue: Catalogue = new Map();

/** Loads catalogue.json from beside the page; the studio still works (without search) if it fails. */
export async function loadCatalogue(): Promise<Catalogue> {
  const response = await fetch(new URL('catalogue.json', document.baseURI));
  if (!response.ok) throw new Error(`catalogue.json: HTTP ${response.status}`);
  const entries = (await response.json()) as CatalogueEntry[];
  catalogue = new Map(entries.map((entry) => [entry.id, entry]));
  return catalogue;
}

/** An entry's name in a language (or its only name). */
export const entryName = (entry: CatalogueEntry, language: string): string =>
  typeof entry.name === 'string' ? entry.name : (entry.name[language] ?? entry.name.en ?? Object.values(entry.name)[0]);

/** Entries whose id, name, provider or category contains every word of `query` (at most `limit`). */
export function searchCatalogue(query: string, limit = 8): CatalogueEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits: CatalogueEntry[] = [];
  for (const entry of catalogue.values()) {
    const haystack = [
      entry.id,
      entry.category,
      entry.provider.name,
      ...(typeof entry.name === 'string' ? [entry.name] : Object.values(entry.name)),
    ]
      .join(' ')
      .toLowerCase();
    if (words.every((word) => haystack.includes(word))) hits.push(entry);
    if (hits.length >= limit) break;
  }
  return hits;
}

/** Adds category `id` to the notice when it lacks it (with a title in nb, nn and en: catalogue/category-words.ts). */
export function ensureCategory(notice: Json, id: string): void {
  const categories = (getAt(notice, ['categories']) ?? (notice.categories = {})) as Json;
  if (!(id in categories)) categories[id] = { title: { ...(categoryWords(id)?.title ?? { nb: id, nn: id, en: id }) } };
}

/** Adds the catalogue entry `id` as a full service (and its category); returns its index. */
export function addCatalogueService(notice: Json, id: string): number {
  const service = expandPreset({ preset: id }, [...LANGUAGES], catalogue, 'service');
  ensureCategory(notice, String(service.category));
  return appendAt(notice, ['services'], service);
}

/**
 * A notice as opened: services still written `{ "preset": "<id>" }` are expanded (a draft from
 * `samtykke scan` already is); an unknown preset throws a PresetError naming it.
 */
export const expandOpened = (notice: Json): Json => (catalogue.size ? expandNotice(notice, undefined, catalogue) : notice);
