/**
 * The HTML of the customer demos, for build-pages.mjs: a home page per language, the as-written
 * variant, the notice's own text, Vestbo's embedded offers and the hub. Every text is escaped
 * (`esc`, `rich`); a config enters a page only through `inlineJson()`, which escapes every "<" so
 * no text can end the script element.
 */
import { sites, ui, noticePage } from './content.mjs';
import { asWritten } from './as-written.mjs';

export const SLUGS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];
export const LANGS = ['nb', 'nn', 'en'];
export const FILE = { nb: 'index.html', nn: 'nn.html', en: 'en.html' };

// ---------------------------------------------------------------------------------------------
// Escaping

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Escaped text where `code` in backticks becomes <code>. */
const rich = (s) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

/** The config as the text of <script type="application/json">: "<" as \u003c, nothing else changed. */
const inlineJson = (config) => JSON.stringify(config, null, 2).replace(/</g, '\\u003c');

const formatOrg = (n) => n.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');

// ---------------------------------------------------------------------------------------------
// Page parts

function head({ lang, config, site, title, description, alternates = true }) {
  const alt = alternates ? LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${FILE[l]}">`).join('\n') + '\n' : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/json" id="samtykke-config">
${inlineJson(config)}
</script>
<script src="/samtykke.js"></script>
${site.head}
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
${alt}<link rel="stylesheet" href="../demo.css">
</head>`;
}

function header({ slug, lang, config, t, langSwitch = true, homeHref = FILE[lang] }) {
  const site = sites[slug];
  const nav = langSwitch
    ? `
    <nav class="lang-switch" aria-label="${esc(ui[lang].langNav)}">
      <ul>
${LANGS.map(
  (l) =>
    `        <li><a href="${FILE[l]}" lang="${l}" hreflang="${l}"${l === lang ? ' aria-current="page"' : ''}>${esc(ui[l].langName)}</a></li>`,
).join('\n')}
      </ul>
    </nav>`
    : `
    <nav class="lang-switch" aria-label="${esc(ui[lang].home)}">
      <ul><li><a href="index.html">${esc(ui[lang].home)}</a></li></ul>
    </nav>`;
  return `<a class="skip-link" href="#main">${esc(ui[lang].skip)}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="${homeHref}">
      <span class="brand-mark" aria-hidden="true">${esc(site.initial)}</span>
      <span class="brand-text"><span class="brand-name">${esc(config.controller.name)}</span><span class="brand-tagline">${esc(t.tagline)}</span></span>
    </a>
    <span class="badge">${esc(ui[lang].badge)}</span>${nav}
  </div>
</header>`;
}

function footer({ lang, config }) {
  const u = ui[lang];
  const c = config.controller;
  const lines = [`<p class="footer-name">${esc(c.name)}</p>`];
  if (c.orgNumber) lines.push(`<p>${esc(u.orgNr)} ${esc(formatOrg(c.orgNumber))}</p>`);
  if (c.address) lines.push(`<p>${esc(c.address)}</p>`);
  if (c.email) lines.push(`<p>${esc(u.email)}: <a href="mailto:${esc(c.email)}">${esc(c.email)}</a></p>`);
  if (c.phone) lines.push(`<p>${esc(u.phone)}: <a href="tel:+47${esc(c.phone.replace(/\s/g, ''))}">${esc(c.phone)}</a></p>`);
  if (c.dpoEmail) lines.push(`<p>${esc(u.dpo)}: <a href="mailto:${esc(c.dpoEmail)}">${esc(c.dpoEmail)}</a></p>`);
  if (c.privacyEmail)
    lines.push(`<p>${esc(u.privacyContact)}: <a href="mailto:${esc(c.privacyEmail)}">${esc(c.privacyEmail)}</a></p>`);
  return `<footer class="site-footer">
  <div class="wrap footer-grid">
    <address class="footer-contact" aria-label="${esc(u.contact)}">
      ${lines.join('\n      ')}
    </address>
    <ul class="footer-links">
      <li><a href="${esc(c.policyUrl)}"${lang === 'nb' ? '' : ' hreflang="nb"'}>${esc(u.policy)}</a></li>
      <li><button type="button" class="privacy-button" data-samtykke-open>${esc(u.choices)}</button></li>
    </ul>
  </div>
  <div class="wrap footer-demo">
    <p>${esc(u.disclaimer(c.name))} <a href="../index.html">${esc(u.allDemos)}</a></p>
  </div>
</footer>`;
}

const paras = (list, indent = '    ') => list.map((p) => `${indent}<p>${rich(p)}</p>`).join('\n');

function cards(t, lang) {
  return `  <section class="cards" aria-label="${esc(ui[lang].cardsLabel)}">
${t.cards.map(([h, p]) => `    <article class="card">\n      <h2>${esc(h)}</h2>\n      <p>${rich(p)}</p>\n    </article>`).join('\n')}
  </section>`;
}

function embed(e) {
  if (!e) return '';
  return `
  <section class="embed" aria-labelledby="embed-title">
    <h2 id="embed-title">${esc(e.h)}</h2>
    <p>${rich(e.p)}</p>
    <iframe class="embed-frame" data-consent="${esc(e.consent)}" data-service="${esc(e.service)}" data-src="${esc(e.src)}" width="560" height="315" title="${esc(e.title)}"></iframe>
  </section>`;
}

function personal(p) {
  if (!p) return '';
  return `
  <section class="personal" data-revealed-by="${esc(p.reveal)}" aria-labelledby="personal-title">
    <h2 id="personal-title">${esc(p.h)}</h2>
    <div class="personal-body">
      <div class="personal-off">
        <p>${rich(p.off)}</p>
      </div>
      <div class="personal-on">
        <p>${rich(p.on)}</p>
        <ul>
${p.items.map((i) => `          <li>${rich(i)}</li>`).join('\n')}
        </ul>
      </div>
    </div>
  </section>`;
}

function note(n, cls = 'demo-note', id = 'note-title') {
  const links = n.links?.length
    ? `\n    <ul class="note-links">\n${n.links.map(([href, label]) => `      <li><a href="${esc(href)}">${esc(label)}</a></li>`).join('\n')}\n    </ul>`
    : '';
  return `
  <aside class="${cls}" aria-labelledby="${id}">
    <h2 id="${id}">${esc(n.h)}</h2>
${n.lead ? `    <p class="note-lead">${rich(n.lead)}</p>\n` : ''}${paras(n.paras)}${links}
  </aside>`;
}

// ---------------------------------------------------------------------------------------------
// Pages

export function homePage(slug, lang, config, variant) {
  const site = sites[slug];
  const t = site[lang];
  const u = ui[lang];
  const aw = variant === 'as-written' ? asWritten[slug] : null;
  const title = aw
    ? `${config.controller.name} – ${aw.title.toLowerCase()} – ${u.titleSuffix}`
    : `${config.controller.name} – ${u.titleSuffix}`;
  const top = aw
    ? note(
        {
          h: aw.title,
          lead: aw.lead,
          paras: aw.paras,
          links: [
            ['index.html', u.home],
            [config.controller.policyUrl, u.policy],
          ],
        },
        'demo-note as-written',
        'as-written-title',
      )
    : '';
  return `${head({ lang, config, site, title, description: t.description, alternates: !aw })}
<body class="theme-${slug}">
${header({ slug, lang, config, t, langSwitch: !aw, homeHref: aw ? 'index.html' : FILE[lang] })}
<main id="main" class="wrap">${top}
  <section class="hero" aria-labelledby="hero-title">
    <h1 id="hero-title">${esc(t.h1)}</h1>
    <p class="lede">${rich(t.lede)}</p>
  </section>
${cards(t, lang)}${embed(t.embed)}${personal(t.personal)}${aw ? '' : note(asWritten[slug] ? { ...t.note, links: [['as-written.html', u.asWritten]] } : t.note)}
</main>
${footer({ lang, config })}
</body>
</html>
`;
}

export function noticeTextPage(slug, config, text) {
  const site = sites[slug];
  const lang = 'nb';
  const name = config.controller.name;
  return `${head({ lang, config, site, title: `${noticePage.h1} – ${name} – ${ui.nb.titleSuffix}`, description: noticePage.intro(name), alternates: false })}
<body class="theme-${slug}">
${header({ slug, lang, config, t: site.nb, langSwitch: false, homeHref: 'index.html' })}
<main id="main" class="wrap">
  <section class="hero" aria-labelledby="hero-title">
    <h1 id="hero-title">${esc(noticePage.h1)}</h1>
    <p class="lede">${esc(noticePage.intro(name))}</p>
  </section>
  <samtykke-declaration class="declaration"></samtykke-declaration>
  <pre class="notice-text">${esc(text)}</pre>
</main>
${footer({ lang, config })}
</body>
</html>
`;
}

/** Vestbo's embedded "advantage programme" view: a local imitation, loaded only after consent. */
export function offersPage(slug, lang) {
  const o = sites[slug][lang].offers;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.h1)}</title>
<link rel="stylesheet" href="../demo.css">
</head>
<body class="embedded theme-${slug}">
<main>
  <h1>${esc(o.h1)}</h1>
  <ul class="offers">
${o.items.map((i) => `    <li>${esc(i)}</li>`).join('\n')}
  </ul>
  <p class="embedded-note">${esc(o.note)}</p>
</main>
</body>
</html>
`;
}

export function hubPage(notices) {
  const rows = SLUGS.map((slug) => {
    const c = notices[slug];
    const site = sites[slug];
    const cats = Object.values(c.categories)
      .map((k) => k.title.nb)
      .join(', ');
    const third = c.services
      .filter((s) => s.id !== 'samtykke')
      .map((s) => `${typeof s.name === 'object' ? s.name.nb : s.name} (${s.provider})`);
    const links = [
      ['index.html', 'Bokmål', 'nb'],
      ['nn.html', 'Nynorsk', 'nn'],
      ['en.html', 'English', 'en'],
      ...(asWritten[slug] ? [['as-written.html', 'Slik erklæringen er skrevet', 'nb']] : []),
      ['personvern.html', 'Erklæringen', 'nb'],
    ];
    return `    <li class="card hub-card theme-${slug}">
      <h2><a href="${slug}/index.html">${esc(c.controller.name)}</a></h2>
      <p class="hub-org">${c.controller.orgNumber ? `Org.nr. ${esc(formatOrg(c.controller.orgNumber))}` : 'Erklæringen oppgir ikke org.nr.'}</p>
      <p>${esc(site.hub)}</p>
      <p><strong>Kategorier:</strong> ${esc(cats)}</p>
      <p><strong>Tjenester:</strong> ${esc(third.join('; ') || '–')}</p>
      <ul class="hub-links">
${links.map(([f, label, l]) => `        <li><a href="${slug}/${f}" hreflang="${l}"${l === 'nb' ? '' : ` lang="${l}"`}>${esc(label)}</a></li>`).join('\n')}
      </ul>
    </li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>samtykke – fem kundedemoer</title>
<meta name="description" content="Fem tenkte forsider, én per kunde, hver med en samtykke-konfigurasjon laget fra kundens egen personvernerklæring.">
<link rel="stylesheet" href="demo.css">
</head>
<body class="hub">
<a class="skip-link" href="#main">Hopp til innholdet</a>
<header class="site-header">
  <div class="wrap header-row">
    <span class="brand"><span class="brand-mark" aria-hidden="true">s</span><span class="brand-text"><span class="brand-name">samtykke</span><span class="brand-tagline">kundedemoer</span></span></span>
  </div>
</header>
<main id="main" class="wrap">
  <section class="hero" aria-labelledby="hero-title">
    <h1 id="hero-title">Fem kunder, fem erklæringer</h1>
    <p class="lede">Hver side er en tenkt forside for en av de fem første kundene, med en konfigurasjon laget fra kundens egen personvernerklæring. Sidene finnes på bokmål, nynorsk og engelsk; widgeten følger språket på siden (<code>&lt;html lang&gt;</code>).</p>
    <p>Demoene kjøres med demoserveren, som leverer <code>/samtykke.js</code> og tar imot samtykkebevis på <code>/consent-proofs</code>. Der en erklæring bryter reglene for informasjonskapsler eller mangler noe personvernforordningen krever, gjør demoen det riktig, og en egen side viser erklæringen slik den er skrevet, med det validatoren sier i konsollen: en feil som stopper widgeten, eller et varsel.</p>
    <p class="hub-studio"><a href="studio/">samtykke studio</a>: lag, forhåndsvis og eksporter en erklæring for ditt eget nettsted i et skjema, uten å skrive JSON. Alt skjer i nettleseren.</p>
  </section>
  <ul class="cards hub-list">
${rows}
  </ul>
</main>
</body>
</html>
`;
}
