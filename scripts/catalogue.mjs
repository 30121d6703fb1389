#!/usr/bin/env node
/**
 * The service catalogue (catalogue/<id>.json) is the one source of truth for what samtykke knows
 * about third-party services. This script checks every entry against catalogue/schema.json and
 * against the rules a schema cannot express, then writes what the other parts need from it:
 *
 * - src/widget/fast/trackers.generated.ts: auto-blocking's table (host, path, query, service,
 *   category), and nothing else, because it ships on every page view.
 * - src/widget/fast/catalogue-names.generated.ts: each service's name and provider, for the
 *   iframe placeholder's part;
 * - src/widget/notice/known.generated.ts: the validator's known tracker hosts and known tracking
 *   cookies (services that are not necessary), so a notice cannot pass them off as necessary.
 *
 * `node scripts/catalogue.mjs` writes them (run by `npm run build`); `--check` writes nothing and
 * exits 1 when an entry is invalid or a generated file is not what the catalogue gives.
 * It never writes anything when any entry is invalid.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TRACKERS_FILE = 'src/widget/fast/trackers.generated.ts';
export const KNOWN_FILE = 'src/widget/notice/known.generated.ts';
export const NAMES_FILE = 'src/widget/fast/catalogue-names.generated.ts';

/** Reads catalogue/*.json (all but schema.json), sorted by file name. */
export function readCatalogue(root = ROOT) {
  const dir = join(root, 'catalogue');
  const schema = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'));
  const entries = [];
  const errors = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .sort()) {
    try {
      entries.push({ file: `catalogue/${file}`, entry: JSON.parse(readFileSync(join(dir, file), 'utf8')) });
    } catch (e) {
      errors.push(`catalogue/${file}: not valid JSON: ${e.message}`);
    }
  }
  return { schema, entries, errors };
}

/** The facts an entry states, each of which some source must name. */
function statedFacts(e) {
  const facts = ['provider', 'purpose'];
  if (e.policyUrl) facts.push('policyUrl');
  if (e.provider?.address) facts.push('address');
  if (e.role) facts.push('role');
  if (e.cookies?.length) facts.push('cookies', 'durations');
  if (e.block?.length || e.requests?.length) facts.push('hosts');
  if (e.transfer) facts.push('transfer');
  if (e.cookieless) facts.push('cookieless');
  if (e.consentApi) facts.push('consentApi');
  return facts;
}

const compiles = (source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

const compiled = new WeakMap();

/** The schema's validator, compiled once per schema object. */
function validatorOf(schema) {
  if (!compiled.has(schema)) {
    // Strict about unknown keywords and formats; not about `type` beside every if/then keyword,
    // which the draft does not need and which would only make the schema harder to read.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
    // ajv-formats is CommonJS: its plugin is the module's default export.
    addFormats.default(ajv);
    compiled.set(schema, ajv.compile(schema));
  }
  return compiled.get(schema);
}

/** Schema errors, then the rules a schema cannot say; each message names the file and field. */
export function checkEntries(schema, entries) {
  const valid = validatorOf(schema);
  const errors = [];
  const seen = new Map();
  for (const { file, entry: e } of entries) {
    if (!valid(e)) {
      for (const err of valid.errors) errors.push(`${file}: ${err.instancePath || '/'} ${err.message}`);
      continue;
    }
    const say = (path, message) => errors.push(`${file}: ${path} ${message}`);
    if (file !== `catalogue/${e.id}.json`) say('/id', `must equal the file name (catalogue/${e.id}.json)`);
    e.cookies.forEach((c, i) => {
      if (c.pattern !== undefined && !compiles(c.pattern)) say(`/cookies/${i}/pattern`, 'is not a valid regular expression');
      if (c.party === 'third' && !c.host) say(`/cookies/${i}/host`, 'is required for a third-party cookie');
    });
    e.block.forEach((r, i) => {
      for (const [param, source] of Object.entries(r.query ?? {}))
        if (!compiles(source)) say(`/block/${i}/query/${param}`, 'is not a valid regular expression');
      const key = `${r.host}${r.path ?? ''}?${JSON.stringify(r.query ?? {})}`;
      if (seen.has(key)) say(`/block/${i}`, `repeats a rule of ${seen.get(key)}`);
      seen.set(key, e.id);
    });
    if (!e.cookies.length && !e.cookieless && !(e.unsourced ?? []).some((u) => u.startsWith('cookies')))
      say('/cookies', 'is empty: mark the service cookieless (with a source) or say in `unsourced` that its cookies are unknown');
    const named = new Set(e.sources.flatMap((s) => s.facts));
    for (const fact of statedFacts(e)) if (!named.has(fact)) say('/sources', `names no source for "${fact}"`);
  }
  return errors;
}

/** Reversed host labels: a subdomain sorts right after its parent, so descending puts it first. */
const reversedHost = (host) => host.split('.').reverse().join('.');

/**
 * Auto-blocking's rules, in the order a first-match matcher needs: on each host, rules with a
 * query before rules with a path before the bare host (longer paths first); a subdomain before
 * its parent domain; any-host ("*") rules last. Each rule carries only what the browser needs.
 */
export function trackerRules(entries) {
  const rules = entries.flatMap(({ entry: e }) =>
    e.block.map((r) => ({
      host: r.host,
      ...(r.path !== undefined && { path: r.path }),
      ...(r.query !== undefined && { query: r.query }),
      service: e.id,
      category: e.category,
    })),
  );
  const specificity = (r) => (r.query ? 2 : 0) + (r.path ? 1 : 0);
  const key = (r) => [r.host === '*' ? '' : reversedHost(r.host), specificity(r), (r.path ?? '').length];
  return rules.sort((a, b) => {
    const [ha, sa, la] = key(a);
    const [hb, sb, lb] = key(b);
    if (ha !== hb) return ha < hb ? 1 : -1;
    if (sa !== sb) return sb - sa;
    if (la !== lb) return lb - la;
    const [ta, tb] = [JSON.stringify(a), JSON.stringify(b)];
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  });
}

/** The validator's known tracker hosts: block rules of services that are not necessary. */
export function knownHosts(entries) {
  const seen = new Set();
  const out = [];
  for (const { entry: e } of entries) {
    if (e.category === 'necessary') continue;
    for (const r of e.block) {
      const key = `${r.host}${r.path ?? ''} ${e.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ host: r.host, ...(r.path !== undefined && { path: r.path }), service: e.id, category: e.category });
    }
  }
  return out;
}

/**
 * Cookie names of services that are not necessary which a site may just as well use for a
 * genuinely necessary cookie of its own, so refusing a notice that files them as necessary would
 * be wrong (and the widget would fail closed for nothing). Each is a framework default or a plain
 * word; every other name of a non-necessary service is known, whatever its party or length.
 */
export const GENERIC_COOKIE_NAMES = new Map([
  ['sessionid', "Django's default session cookie (a login session)"],
  ['sess', 'a common name for a login session'],
  ['token', 'a common name for a login or security token'],
  ['csrf-canary', 'a CSRF defence: security, necessary by its kind'],
  ['uid', "a common name for a logged-in user's id"],
  ['cid', "a common name for a customer's or cart's id"],
  ['player', "a site's own media player settings"],
  ['flags', "a site's own feature flags"],
  ['presence', "a site's own chat presence"],
  ['PREF', "a site's own preferences"],
  ['europe', "a plain word (Outbrain's region flag)"],
  ['auid', 'a plain abbreviation (an app or user id)'],
]);

/**
 * The validator's known tracking cookies: every cookie and storage key, first- or third-party, of
 * the services that are not necessary, but a name a necessary catalogue entry also sets
 * (Cloudflare's `__cf_bm`, which Vimeo's pages carry too) and the generic names above. Each
 * name once, with its first service.
 */
export function knownCookies(entries) {
  const necessary = new Set(
    entries.filter(({ entry: e }) => e.category === 'necessary').flatMap(({ entry: e }) => e.cookies.map((c) => c.name)),
  );
  const seen = new Set();
  const out = [];
  for (const { entry: e } of entries) {
    if (e.category === 'necessary') continue;
    for (const c of e.cookies) {
      if (necessary.has(c.name) || GENERIC_COOKIE_NAMES.has(c.name) || seen.has(c.name)) continue;
      seen.add(c.name);
      out.push({ name: c.name, ...(c.pattern !== undefined && { pattern: c.pattern }), service: e.id });
    }
  }
  return out;
}

/** The validator's known services: every catalogue entry that is not necessary, with its category. */
export function knownServices(entries) {
  return entries.filter(({ entry: e }) => e.category !== 'necessary').map(({ entry: e }) => ({ id: e.id, category: e.category }));
}

const HEADER = '// Generated by scripts/catalogue.mjs from catalogue/*.json: do not edit; run `npm run build`.\n';
/** The known cookies as one line per service: `"id": "name name=pattern …"`. */
const cookieLines = (cookies) => {
  const lines = new Map();
  for (const c of cookies) {
    if (/[ =]/.test(c.name) || (c.pattern ?? '').includes(' ')) throw new Error(`catalogue: cookie "${c.name}" cannot be listed`);
    const item = c.pattern === undefined ? c.name : `${c.name}=${c.pattern}`;
    lines.set(c.service, [...(lines.get(c.service) ?? []), item]);
  }
  return (
    '{\n' +
    [...lines].map(([service, items]) => `  ${JSON.stringify(service)}: ${JSON.stringify(items.join(' '))},`).join('\n') +
    '\n}'
  );
};

/**
 * One rule as the table writes it: `host[path][?name=regex&…] service`. The generator refuses
 * what this cannot carry unambiguously (a space anywhere, "?" in a path, "&", "+" or "%" in a query).
 */
export function ruleLine(r) {
  const query = Object.entries(r.query ?? {}).map(([name, source]) => `${name}=${source}`);
  const text = `${r.host}${r.path ?? ''}${query.length ? '?' + query.join('&') : ''}`;
  const bad =
    /\s/.test(text + r.service) ||
    (r.path ?? '').includes('?') ||
    // The browser reads the query with URLSearchParams: "+" and "%" would change meaning.
    Object.entries(r.query ?? {}).some(([n, v]) => /[&=+%]/.test(n) || /[&+%]/.test(v));
  if (bad || !BLOCKING_CATEGORIES.includes(r.category))
    throw new Error(`catalogue: the rule ${JSON.stringify(r)} cannot be written in the compact table`);
  return `${text} ${r.service}`;
}

/** The categories a blocking service can have, by the index the compact table writes. */
export const BLOCKING_CATEGORIES = ['functional', 'analytics', 'marketing', 'profiling'];

export function renderTrackers(rules) {
  const lines = rules.map((r) => `${ruleLine(r)} ${BLOCKING_CATEGORIES.indexOf(r.category)}`);
  return `${HEADER}/**
 * Auto-blocking's known trackers (SPEC §2), from the service catalogue. The first rule that
 * matches a URL decides its service and default category, so the order matters: on one host,
 * rules with a query come before rules with a path, which come before the bare host; a
 * subdomain comes before its parent domain; rules for any host come last.
 *
 * - \`host\`: the host itself or any subdomain of it; \`"*"\`: any host (self-hosted software).
 * - \`path\`: a path prefix, where \`*\` stands for one whole path segment (a locale); with host
 *   \`"*"\`, the end of the path (the software's file, in whatever folder it is installed).
 * - \`query\`: every parameter named must be present and its value match the regular
 *   expression (how a shared host like googletagmanager.com tells Google's services apart).
 *
 * The table ships in samtykke.js on every page view, so it is written compactly (gzip: about a
 * tenth less than an array of objects): one rule a line, \`host[/path][?name=regex&…] service
 * category\`, the category by its index in CATEGORIES.
 */
export interface TrackerRule {
  host: string;
  path?: string;
  query?: Readonly<Record<string, string>>;
  service: string;
  category: string;
}

const CATEGORIES = ${JSON.stringify(BLOCKING_CATEGORIES)};

/** The rules in the order they are tried. */
const RULES = \`
${lines.join('\n')}
\`;

/** One line of RULES as a rule: the host up to the first "/" or "?", the path up to the "?". */
function rule(line: string): TrackerRule {
  const [where, service, category] = line.split(' ');
  const [, host, path, query] = /^([^/?]*)([^?]*)\\??(.*)$/.exec(where)!;
  const r: TrackerRule = { host, service, category: CATEGORIES[+category] };
  if (path) r.path = path;
  if (query) r.query = Object.fromEntries(new URLSearchParams(query));
  return r;
}

export const TRACKERS: readonly TrackerRule[] = RULES.trim().split('\\n').map(rule);
`;
}

export function renderKnown(hosts, cookies, services) {
  return `${HEADER}/**
 * What the notice validator knows to be tracking (SPEC §3), from the service catalogue: every
 * service that is not necessary (its id and category), its hosts, and its cookies and storage
 * keys (but generic names, scripts/catalogue.mjs GENERIC_COOKIE_NAMES). A notice that puts one of
 * them in a necessary service is refused. \`host\` "*" is any host
 * (self-hosted software, recognised by the end of its path); \`pattern\` is a regular expression
 * over the whole name, for names that vary.
 */
export interface KnownHost {
  host: string;
  path?: string;
  service: string;
  category: string;
}

export interface KnownCookie {
  name: string;
  pattern?: string;
  service: string;
}

export interface KnownService {
  id: string;
  category: string;
}

/** Every service that is not necessary, as "id:category", separated by spaces (few bytes for browsers). */
const SERVICES = ${JSON.stringify(services.map((k) => `${k.id}:${k.category}`).join(' '))};

export const KNOWN_SERVICES: readonly KnownService[] = SERVICES.split(' ').map((item) => {
  const [id, category] = item.split(':');
  return { id, category };
});

/** Each service's category, by id (from SERVICES). */
const categoryOf = new Map(KNOWN_SERVICES.map((k) => [k.id, k.category]));

/** The known hosts, one a line: \`host[/path] service\` (the category is the service's). */
const HOSTS = \`
${hosts.map((h) => `${h.host}${h.path ?? ''} ${h.service}`).join('\n')}
\`;

export const KNOWN_HOSTS: readonly KnownHost[] = HOSTS.trim()
  .split('\\n')
  .map((line) => {
    const [where, service] = line.split(' ');
    const slash = where.indexOf('/');
    const host = slash < 0 ? where : where.slice(0, slash);
    const known: KnownHost = { host, service, category: categoryOf.get(service)! };
    if (slash >= 0) known.path = where.slice(slash);
    return known;
  });

/** Each service's cookie names, separated by spaces; a name that varies is written "name=pattern". */
const COOKIES: Readonly<Record<string, string>> = ${cookieLines(cookies)};

export const KNOWN_COOKIES: readonly KnownCookie[] = Object.entries(COOKIES).flatMap(([service, names]) =>
  names.split(' ').map((item) => {
    const at = item.indexOf('=');
    return at < 0 ? { name: item, service } : { name: item.slice(0, at), pattern: item.slice(at + 1), service };
  }),
);
`;
}

/**
 * Each service's name and provider (none for self-hosted software: no third party receives
 * anything), by id: what an iframe placeholder shows where the notice's service does not say.
 */
export function serviceNames(entries) {
  const names = {};
  for (const { entry: e } of [...entries].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1))) {
    names[e.id] = e.selfHosted || !e.provider?.name ? [e.name] : [e.name, e.provider.name];
  }
  return names;
}

export function renderNames(names) {
  const rows = Object.entries(names).map(([id, value]) => `  ${JSON.stringify(id)}: ${JSON.stringify(value)},`);
  return `${HEADER}/**
 * The service catalogue's names and providers (SPEC §2: a blocked iframe's placeholder names the
 * service and its provider, from the notice's service, else the catalogue). Only the placeholder's
 * own part carries this table. A name is a string or a map of language → string.
 */
export const CATALOGUE_NAMES: Readonly<Record<string, readonly [name: string | Readonly<Record<string, string>>, provider?: string]>> = {
${rows.join('\n')}
};
`;
}

export const VENDORS_FILE = 'src/widget/fast/vendors.generated.ts';

/** Services whose vendor has a consent API the widget calls: id → adapter name. */
export function consentApis(entries) {
  const apis = {};
  for (const { entry: e } of [...entries].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1)))
    if (e.consentApi) apis[e.id] = e.consentApi;
  return apis;
}

export function renderVendors(apis) {
  const rows = Object.entries(apis).map(([id, api]) => `  ${JSON.stringify(id)}: ${JSON.stringify(api)},`);
  return `${HEADER}/**
 * The services whose vendor is told the visitor's choice through its own consent API (the
 * catalogue's \`consentApi\`): service id → the adapter in fast/vendors.ts.
 */
export const CONSENT_APIS: Readonly<Record<string, string>> = {
${rows.join('\n')}
};
`;
}

/** Everything in one go: `{ errors, files }`, files being `{ path, content }` relative to root. */
export function generate(root = ROOT) {
  const { schema, entries, errors } = readCatalogue(root);
  errors.push(...checkEntries(schema, entries));
  if (errors.length) return { errors, files: [], entries };
  return {
    errors,
    entries,
    files: [
      { path: TRACKERS_FILE, content: renderTrackers(trackerRules(entries)) },
      { path: KNOWN_FILE, content: renderKnown(knownHosts(entries), knownCookies(entries), knownServices(entries)) },
      { path: NAMES_FILE, content: renderNames(serviceNames(entries)) },
      { path: VENDORS_FILE, content: renderVendors(consentApis(entries)) },
    ],
  };
}

/** The generated files that differ from what is on disk (empty: all up to date). */
export function stale(files, root = ROOT) {
  return files.filter((f) => {
    try {
      return readFileSync(join(root, f.path), 'utf8') !== f.content;
    } catch {
      return true;
    }
  });
}

function main(args) {
  const check = args.includes('--check');
  const { errors, files, entries } = generate();
  if (errors.length) {
    console.error(`catalogue: ${errors.length} problem(s):\n` + errors.map((e) => `  ${e}`).join('\n'));
    return 1;
  }
  if (check) {
    const old = stale(files);
    if (old.length) {
      console.error(`catalogue: out of date: ${old.map((f) => f.path).join(', ')}; run \`node scripts/catalogue.mjs\``);
      return 1;
    }
    console.log(`catalogue: ${entries.length} services valid; generated files up to date`);
    return 0;
  }
  for (const f of files) {
    mkdirSync(dirname(join(ROOT, f.path)), { recursive: true });
    writeFileSync(join(ROOT, f.path), f.content);
  }
  console.log(`catalogue: ${entries.length} services valid; wrote ${files.map((f) => f.path).join(', ')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
