// The bench's pages: one article (bench/article.html + bench/site.css), one head per widget, the
// same Google Analytics snippet gated each widget's own way.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesOf } from '../size.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const read = (path) => readFileSync(join(root, path), 'utf8');

/** The Google Analytics snippet every widget gates, inline, with the mark the benchmark reads. */
const GA_SNIPPET = `
performance.mark('consented-ran');
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-BENCH00001');
`;

const VCC = '/node_modules/vanilla-cookieconsent/dist';
const KLARO = '/node_modules/klaro/dist';

/** The samtykke variants' page head: the notice inline, then the widget, first in <head>. */
const samtykkeHead = (notice) =>
  `<script type="application/json" id="samtykke-config">${notice}</script>\n<script src="/dist/samtykke.js"></script>`;
/**
 * The optional preload links of docs/site-owner.md ("One round trip fewer"): every file a first
 * visit with a stamped notice in `language` needs besides samtykke.js, asked for by the page
 * itself, beside samtykke.js rather than after it. Read from dist/ as built.
 */
const preloadLinks = (language) =>
  filesOf(join(root, 'dist'), ['samtykke-first.mjs', `samtykke-first-${language}.mjs`, 'samtykke-notice.mjs'])
    .map((file) => `<link rel="modulepreload" href="/dist/${file}">`)
    .join('\n');
const samtykkeTag = 'type="text/plain" data-consent="analytics" data-service="google-analytics"';

/**
 * The variants. `kind`: which widget's buttons the page looks for (in-page.mjs). `assets`: the
 * URL path prefixes of the widget's own files (JS, CSS, parts, language files), which the byte
 * rows count when the page fetched them. `head`: what goes first in <head>, given the variant's
 * notice text (samtykke only). `tag`: the attributes that make the GA snippet inert until consent.
 * `notice`: for samtykke, which notice text the page carries: the same bench/samtykke-config.json,
 * stamped as an owner ships it (`samtykke validate --stamp`, SPEC §1: no validator fetched) or as
 * written (validated in the visitor's browser).
 */
export const VARIANTS = {
  samtykke: {
    label: 'samtykke',
    kind: 'samtykke',
    notice: 'stamped',
    assets: ['/dist/'],
    head: samtykkeHead,
    tag: samtykkeTag,
    accept: 'await window.samtykke.acceptAll()',
  },
  samtykkePreloaded: {
    label: 'samtykke, stamped notice and preload links',
    kind: 'samtykke',
    notice: 'stamped',
    assets: ['/dist/'],
    head: (notice) => `${preloadLinks(JSON.parse(notice).language)}\n${samtykkeHead(notice)}`,
    tag: samtykkeTag,
    accept: 'await window.samtykke.acceptAll()',
  },
  samtykkeUnstamped: {
    label: 'samtykke, unstamped notice',
    kind: 'samtykke',
    notice: 'unstamped',
    assets: ['/dist/'],
    head: samtykkeHead,
    tag: samtykkeTag,
    accept: 'await window.samtykke.acceptAll()',
  },
  vcc: {
    label: 'vanilla-cookieconsent 3.1.0',
    kind: 'vcc',
    assets: [`${VCC}/`],
    config: 'bench/vanilla-cookieconsent-config.js',
    head: () =>
      `<link rel="stylesheet" href="${VCC}/cookieconsent.css">\n<script defer src="${VCC}/cookieconsent.umd.js"></script>\n<script defer src="/bench/vanilla-cookieconsent-config.js"></script>`,
    tag: 'type="text/plain" data-category="analytics" data-service="google-analytics"',
    accept: "window.CookieConsent.acceptCategory('all')",
  },
  klaro: {
    label: 'klaro 0.7.22',
    kind: 'klaro',
    assets: [`${KLARO}/`],
    config: 'bench/klaro-config.js',
    head: () => `<script defer src="/bench/klaro-config.js"></script>\n<script defer src="${KLARO}/klaro.js"></script>`,
    tag: 'type="text/plain" data-type="text/javascript" data-name="google-analytics"',
    accept: 'const m = window.klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents()',
  },
  baseline: {
    label: 'no widget (baseline)',
    kind: 'baseline',
    assets: [],
    head: () => '',
    tag: 'type="text/plain"',
  },
};
/** The widgets, in the table's column order; vanilla-cookieconsent is what the ratios divide by. */
export const WIDGETS = ['samtykke', 'samtykkePreloaded', 'samtykkeUnstamped', 'vcc', 'klaro'];
export const ALL = [...WIDGETS, 'baseline'];

/**
 * The variants in the order of round `round` (0, 1, …): each round starts one further on
 * (A B C D E, B C D E A, …), so no variant is always the first visit after a pause, or always
 * the one right after the heaviest page.
 */
export function roundOrder(round, names = ALL) {
  const start = ((round % names.length) + names.length) % names.length;
  return [...names.slice(start), ...names.slice(0, start)];
}

/** The samtykke notice as written, the source of both samtykke variants' notices. */
export const NOTICE_FILE = 'bench/samtykke-config.json';

/**
 * The page of one variant (the server's worker builds it per request). `notices`: the notice
 * texts by kind ({ stamped, unstamped }), from notice.mjs.
 */
export function buildPage(name, notices) {
  const variant = VARIANTS[name];
  const notice = variant.notice ? notices[variant.notice] : '';
  return read('bench/article.html')
    .replace('<!--bench:widget-->', variant.head(notice))
    .replace('<!--bench:tagged-->', `<script ${variant.tag}>${GA_SNIPPET}</script>`);
}
