/**
 * The notice being built: a plain JSON object, exactly what will be exported, edited in place by
 * the form at JSON paths. Fields the studio has no control for (and `$todo` notes of a
 * `samtykke scan` draft) stay as they are, so opening a notice and exporting it loses nothing.
 *
 * Also: paths written the way the validator writes them, the canonical JSON form (the schema's
 * field order), and the work in progress kept in localStorage.
 */
import { CATEGORY_WORDS } from '../catalogue/category-words.js';
import { NOTICE } from '../widget/notice/schema.js';
import type { AnyKind } from '../widget/notice/spec.js';

export type Json = Record<string, unknown>;
/** A path into the notice: keys and list indexes, like ['services', 2, 'category']. */
export type Path = readonly (string | number)[];

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A path as the validator writes it: `services[2].category`, `categories["odd key"]`. */
export function pathText(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$-]*$/.test(key)) out += `[${JSON.stringify(key)}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** An element id for the control at `path` (letters, digits and "-" only). */
export const fieldId = (path: Path): string =>
  'f-' + path.map((k) => String(k).replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0)}`)).join('-');

/** Parts of the notice that stay, even empty, when a field inside them is cleared. */
const KEEP = ['controller', 'categories'];

/** The value at `path`, or undefined. */
export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = isObject(value) || Array.isArray(value) ? (value as Json)[key as string] : undefined;
  return value;
}

/**
 * Sets the value at `path`, creating objects on the way. `undefined` (and '') removes the field,
 * and an object or a text left empty by that is removed too, so clearing a field leaves no
 * trace in the notice. List items are removed with `removeAt`.
 */
export function setAt(root: Json, path: Path, value: unknown): void {
  const parents: unknown[] = [root];
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    const container = node as Json;
    if (!isObject(container[key as string]) && !Array.isArray(container[key as string])) container[key as string] = {};
    node = container[key as string];
    parents.push(node);
  }
  const last = path[path.length - 1];
  if (value === undefined || value === '') {
    if (Array.isArray(node)) return;
    delete (node as Json)[last as string];
    // Empty objects up the path go too (an emptied text, `authority`, `proof`), but never the
    // notice itself, a list item, a category (`{}` is a valid one) or a required part.
    for (let i = parents.length - 1; i > 0; i--) {
      const child = parents[i];
      const parent = parents[i - 1];
      const keep =
        Array.isArray(parent) || (i === 1 && KEEP.includes(path[0] as string)) || (i === 2 && path[0] === 'categories');
      if (!isObject(child) || Object.keys(child).length || keep) break;
      delete (parent as Json)[path[i - 1] as string];
    }
  } else (node as Json)[last as string] = value;
}

/** Removes item `index` of the list at `path`. */
export function removeAt(root: Json, path: Path, index: number): void {
  const list = getAt(root, path);
  if (Array.isArray(list)) list.splice(index, 1);
}

/** Appends `item` to the list at `path` (created when absent); returns its index. */
export function appendAt(root: Json, path: Path, item: unknown): number {
  let list = getAt(root, path);
  if (!Array.isArray(list)) setAt(root, path, (list = []));
  return (list as unknown[]).push(item) - 1;
}

/** Orders the keys of `value` as the schema table does (`kind`), unknown keys after, as found. */
function ordered(value: unknown, kind: AnyKind | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, kind?.kind === 'list' ? kind.item : undefined));
  if (!isObject(value)) return value;
  const out: Json = {};
  if (kind?.kind === 'object' || kind?.kind === 'switch') {
    const fields = kind.kind === 'object' ? kind.fields : kind.options.fields;
    for (const name of Object.keys(fields)) if (name in value) out[name] = ordered(value[name], fields[name].type);
  }
  for (const [key, item] of Object.entries(value))
    if (!(key in out)) out[key] = ordered(item, kind?.kind === 'map' ? kind.value : undefined);
  return out;
}

/** The notice as exported: the schema's field order (SPEC §3), unknown fields after, 2-space indent. */
export const canonicalJson = (notice: unknown): string => JSON.stringify(ordered(notice, NOTICE), null, 2) + '\n';

/** Today as YYYY-MM-DD: a new notice's revision. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A new notice: only what every notice needs, left to fill in. */
export function blankNotice(): Json {
  return {
    revision: today(),
    language: 'auto',
    controller: {},
    categories: { necessary: { title: { ...CATEGORY_WORDS.necessary.title } } },
    services: [],
  };
}

const DRAFT_KEY = 'samtykke-studio:draft';

/** The work in progress from localStorage, or null (none, or unreadable). */
export function loadDraft(): Json | null {
  try {
    const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    return isObject(saved) ? saved : null;
  } catch {
    return null;
  }
}

/** Keeps the work in progress; a full or blocked storage only loses the keeping. */
export function saveDraft(notice: Json): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(notice));
  } catch {
    // Nothing to do: the notice is still on the page and can be exported.
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // As above.
  }
}
