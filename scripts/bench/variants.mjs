// The bench's pages: one article (bench/article.html + bench/site.css), one head per widget, the
// same Google Analytics snippet gated each widget's own way.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/**
 * The variants. `assets`: the URL path prefixes of the widget's own files (JS, CSS, parts,
 * language files), which the byte rows count when the page fetched them. `head`: what goes first
 * in <head>. `tag`: the attributes that make the GA snippet inert until consent.
 */
export const VARIANTS = {
  samtykke: {
    label: 'samtykke',
    assets: ['/dist/'],
    config: 'bench/samtykke-config.json',
    head: (config) =>
      `<script type="application/json" id="samtykke-config">${config}</script>\n<script src="/dist/samtykke.js"></script>`,
    tag: 'type="text/plain" data-consent="analytics" data-service="google-analytics"',
    accept: 'await window.samtykke.acceptAll()',
  },
  vcc: {
    label: 'vanilla-cookieconsent 3.1.0',
    assets: [`${VCC}/`],
    config: 'bench/vanilla-cookieconsent-config.js',
    head: () =>
      `<link rel="stylesheet" href="${VCC}/cookieconsent.css">\n<script defer src="${VCC}/cookieconsent.umd.js"></script>\n<script defer src="/bench/vanilla-cookieconsent-config.js"></script>`,
    tag: 'type="text/plain" data-category="analytics" data-service="google-analytics"',
    accept: "window.CookieConsent.acceptCategory('all')",
  },
  klaro: {
    label: 'klaro 0.7.22',
    assets: [`${KLARO}/`],
    config: 'bench/klaro-config.js',
    head: () => `<script defer src="/bench/klaro-config.js"></script>\n<script defer src="${KLARO}/klaro.js"></script>`,
    tag: 'type="text/plain" data-type="text/javascript" data-name="google-analytics"',
    accept: 'const m = window.klaro.getManager(); m.changeAll(true); m.saveAndApplyConsents()',
  },
  baseline: {
    label: 'no widget (baseline)',
    assets: [],
    head: () => '',
    tag: 'type="text/plain"',
  },
};
export const WIDGETS = ['samtykke', 'vcc', 'klaro'];
export const ALL = [...WIDGETS, 'baseline'];

/** The page of one variant (the server's worker builds it per request, from the files). */
export function buildPage(name) {
  const variant = VARIANTS[name];
  const config = variant.config?.endsWith('.json') ? JSON.stringify(JSON.parse(read(variant.config))) : '';
  return read('bench/article.html')
    .replace('<!--bench:widget-->', variant.head(config))
    .replace('<!--bench:tagged-->', `<script ${variant.tag}>${GA_SNIPPET}</script>`);
}
