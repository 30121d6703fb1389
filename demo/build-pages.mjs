#!/usr/bin/env node
/**
 * Builds the five customer demos from their notices (demo/notices/<slug>.json) and page texts
 * (demo/content.mjs), so that the config inlined in every page is exactly its notice.
 *
 *   node demo/build-pages.mjs           write the pages
 *   node demo/build-pages.mjs --check   write nothing; exit 1 if a page is missing or stale
 *
 * Per customer: <slug>/index.html (nb), nn.html, en.html (the widget follows <html lang>, since
 * the configs say "language": "auto"), personvern.html (the notice's own text, verbatim), and
 * as-written.html where as-written.mjs has one (the notice changed back to what the customer's
 * own privacy notice says, so the validator's console error or warning shows). Plus the hub,
 * demo/index.html. The HTML itself is pages.mjs's.
 *
 * Before writing, it checks each notice with the widget's own validator (built into
 * dist/audit-build by `npm run build`): a demo notice has no error and no warning, and an
 * as-written page has exactly the problems as-written.mjs says its customer's wording earns. It
 * also checks that every text has nb, nn and en, and that every page's inline config parses back
 * to its notice. Plain Node, no dependencies.
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sites } from './content.mjs';
import { asWritten } from './as-written.mjs';
import { FILE, LANGS, SLUGS, homePage, hubPage, noticeTextPage, offersPage } from './pages.mjs';
import { validate } from '../dist/audit-build/widget/notice/validate.js';

const DEMO = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const problems = [];

// ---------------------------------------------------------------------------------------------
// Checks on the notices

/** Every text of the notice as [path, value]. */
function* texts(c) {
  yield ['summary', c.summary];
  for (const [id, cat] of Object.entries(c.categories ?? {})) {
    yield [`categories.${id}.title`, cat.title];
    yield [`categories.${id}.description`, cat.description];
  }
  for (const [i, s] of (c.services ?? []).entries()) {
    if (typeof s.name === 'object') yield [`services[${i}].name`, s.name]; // a plain name is the same in every language
    yield [`services[${i}].purpose`, s.purpose];
    yield [`services[${i}].transfer`, s.transfer];
    yield [`services[${i}].retention`, s.retention];
    yield [`services[${i}].arrangement`, s.arrangement];
    for (const [j, k] of (s.cookies ?? []).entries()) yield [`services[${i}].cookies[${j}].duration`, k.duration];
  }
  for (const [i, p] of (c.purposes ?? []).entries())
    for (const f of ['title', 'data', 'retention', 'recipients']) yield [`purposes[${i}].${f}`, p[f]];
}

function loadNotice(slug) {
  const path = join(DEMO, 'notices', `${slug}.json`);
  let c;
  try {
    c = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${slug}.json: ${e.message}`);
    return null;
  }
  const { errors, warnings } = validate(c);
  for (const p of [...errors, ...warnings]) problems.push(`${slug}.json: ${p.path}: ${p.message}`);
  for (const [p, t] of texts(c)) {
    if (t === undefined) continue;
    const missing = LANGS.filter((l) => typeof t !== 'object' || typeof t[l] !== 'string' || !t[l].trim());
    if (missing.length) problems.push(`${slug}.json: ${p} lacks ${missing.join(', ')}`);
  }
  if (c.language !== 'auto') problems.push(`${slug}.json: language must be "auto" so the widget follows <html lang>`);
  return c;
}

/**
 * The notice as the customer wrote it: content.mjs's `asWritten.change` puts back what their own
 * privacy notice says, and the validator must answer with exactly the problems listed in
 * `asWritten.earns` (paths of errors and warnings).
 */
function asWrittenConfig(slug, notice, aw) {
  const c = structuredClone(notice);
  c.revision = `${c.revision}-as-written`;
  // Own decision cookie, so a choice made here does not count on the corrected pages.
  c.cookie = { ...c.cookie, name: `${c.cookie.name}-as-written` };
  for (const s of c.services) if (s.id === 'samtykke') s.cookies = s.cookies.map((k) => ({ ...k, name: c.cookie.name }));
  aw.change(c);
  const { errors, warnings } = validate(c);
  const earned = { errors: errors.map((p) => p.path), warnings: warnings.map((p) => p.path) };
  const expected = { errors: aw.earns.errors ?? [], warnings: aw.earns.warnings ?? [] };
  if (JSON.stringify(earned) !== JSON.stringify(expected))
    problems.push(
      `${slug}/as-written.html: the validator reports ${JSON.stringify(earned)}, content.mjs expects ${JSON.stringify(expected)}`,
    );
  return c;
}

// ---------------------------------------------------------------------------------------------
// Build

const notices = {};
for (const slug of SLUGS) notices[slug] = loadNotice(slug);

const out = new Map();
const asWrittenConfigs = {};
for (const slug of SLUGS) {
  const config = notices[slug];
  if (!config) continue;
  for (const lang of LANGS) out.set(join(slug, FILE[lang]), homePage(slug, lang, config));
  const noticeText = readFileSync(join(DEMO, 'notices', `${slug}.txt`), 'utf8').trim();
  out.set(join(slug, 'personvern.html'), noticeTextPage(slug, config, noticeText));
  if (asWritten[slug]) {
    asWrittenConfigs[slug] = asWrittenConfig(slug, config, asWritten[slug]);
    out.set(join(slug, 'as-written.html'), homePage(slug, 'nb', asWrittenConfigs[slug], 'as-written'));
  }
  if (sites[slug].nb.offers)
    for (const lang of LANGS) {
      const src = sites[slug][lang].embed.src;
      out.set(join(slug, src), offersPage(slug, lang));
    }
}
if (SLUGS.every((s) => notices[s])) out.set('index.html', hubPage(notices));

// Every page's inline config must parse back to its notice (or the as-written variant), and no
// text may close the script element early.
for (const [file, html] of out) {
  const m = /<script type="application\/json" id="samtykke-config">\n([\s\S]*?)\n<\/script>/.exec(html);
  if (!m) continue;
  if (/<\/script/i.test(m[1])) problems.push(`${file}: inline config contains "</script"`);
  const slug = file.split(/[\\/]/)[0];
  const expected = file.endsWith('as-written.html') ? asWrittenConfigs[slug] : notices[slug];
  if (JSON.stringify(JSON.parse(m[1])) !== JSON.stringify(expected))
    problems.push(`${file}: inline config differs from its notice`);
}

if (problems.length) {
  console.error(`build-pages: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}

let stale = 0;
for (const [file, html] of out) {
  const path = join(DEMO, file);
  const same = existsSync(path) && readFileSync(path, 'utf8') === html;
  if (check) {
    if (!same) {
      stale++;
      console.error(`build-pages: ${relative(process.cwd(), path)} is ${existsSync(path) ? 'stale' : 'missing'}`);
    }
  } else if (!same) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
  }
}
if (check && stale) {
  console.error('build-pages: run `node demo/build-pages.mjs` to update them.');
  process.exit(1);
}
console.log(`build-pages: ${out.size} pages ${check ? 'up to date' : 'written'}.`);
