// The placeholder of a blocked iframe (SPEC §2): what the visitor sees in its place, the one
// button that asks the core to allow just that service, and no layout shift either way.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { mountPlaceholder } from '../../src/widget/fast/controls-placeholder.js';
import { PLACEHOLDER_WORDS } from '../../src/widget/i18n/placeholder.js';
import { FAST_WORDS } from '../../src/widget/i18n/fast.js';
import type { PlaceholderInfo } from '../../src/widget/ui/host.js';

function info(over: Partial<PlaceholderInfo> = {}): PlaceholderInfo & { allowed: number } {
  const i = {
    serviceId: 'youtube',
    serviceName: 'YouTube',
    category: 'marketing',
    categoryTitle: 'Marketing',
    allowed: 0,
    allow() {
      i.allowed++;
    },
    ...over,
  };
  return i;
}

async function page(iframe = html`<iframe title="Video" width="560" height="315"></iframe>`) {
  const box = await fixture<HTMLDivElement>(html`<div><p>Above</p>${iframe}<p id="below">Below</p></div>`);
  return { box, iframe: box.querySelector('iframe')!, below: box.querySelector<HTMLElement>('#below')! };
}

const placeholderOf = (iframe: HTMLIFrameElement) => iframe.previousElementSibling as HTMLElement;

afterEach(() => fixtureCleanup());

describe('iframe placeholder', () => {
  it('names the service, says why it is blocked, and offers "Allow and show"', async () => {
    const { iframe } = await page();
    const i = info();
    mountPlaceholder(iframe, i, 'en');
    const ph = placeholderOf(iframe);
    expect(ph.localName).to.equal('samtykke-placeholder');
    const root = ph.shadowRoot!;
    expect(root.textContent).to.contain('Content from YouTube is not shown until you allow it');
    const b = root.querySelector('button')!;
    expect(b.textContent!.trim()).to.equal('Allow and show');
    expect(b.getAttribute('part')).to.equal('button');
    expect(root.querySelector('[part=placeholder]')).to.exist;
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(root.querySelector('style')).to.equal(null);
    b.click();
    expect(i.allowed).to.equal(1);
  });

  it('speaks Norwegian: "Godta og vis", the category title inside the sentence', async () => {
    const { iframe } = await page();
    mountPlaceholder(iframe, info({ categoryTitle: 'Markedsføring' }), 'nb');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('Godta og vis');
    expect(root.textContent).to.contain('Innhold fra YouTube vises ikke før du godtar det');
    expect(root.querySelector('[lang]')!.getAttribute('lang')).to.equal('nb');
  });

  it('covers exactly the iframe box, and neither mounting nor removing shifts the page', async () => {
    const { iframe, below } = await page();
    const before = below.getBoundingClientRect().toJSON();
    const frameBox = iframe.getBoundingClientRect().toJSON();
    const unmount = mountPlaceholder(iframe, info(), 'en');
    const ph = placeholderOf(iframe);
    const r = ph.getBoundingClientRect();
    expect(Math.abs(r.left - frameBox.left)).to.be.below(1);
    expect(Math.abs(r.top - frameBox.top)).to.be.below(1);
    expect(Math.abs(r.width - frameBox.width)).to.be.below(1);
    expect(Math.abs(r.height - frameBox.height)).to.be.below(1);
    expect(below.getBoundingClientRect().toJSON()).to.deep.equal(before);
    expect(getComputedStyle(iframe).visibility).to.equal('hidden');
    unmount();
    expect(iframe.previousElementSibling!.localName).to.equal('p');
    expect(getComputedStyle(iframe).visibility).to.equal('visible');
    expect(below.getBoundingClientRect().toJSON()).to.deep.equal(before);
  });

  it('follows a fluid iframe in the usual 16:9 wrapper', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div class="w"><iframe title="Video" data-consent="marketing"></iframe></div>`,
    );
    const w = box as HTMLElement;
    w.style.position = 'relative';
    w.style.width = '400px';
    w.style.paddingTop = '56.25%';
    const iframe = box.querySelector('iframe')!;
    Object.assign(iframe.style, { position: 'absolute', top: '0', left: '0', width: '100%', height: '100%' });
    mountPlaceholder(iframe, info(), 'en');
    const r = placeholderOf(iframe).getBoundingClientRect();
    const f = iframe.getBoundingClientRect();
    expect([r.left, r.top, r.width, r.height].map(Math.round)).to.deep.equal([f.left, f.top, f.width, f.height].map(Math.round));
    w.style.width = '320px';
    await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    expect(Math.round(placeholderOf(iframe).getBoundingClientRect().width)).to.equal(
      Math.round(iframe.getBoundingClientRect().width),
    );
    expect(Math.round(iframe.getBoundingClientRect().width)).to.be.below(r.width);
  });

  it('shows markup in names as text', async () => {
    const { iframe } = await page();
    const evil = '<img src=x onerror="window.__xss=1">';
    mountPlaceholder(iframe, info({ serviceName: evil, categoryTitle: evil }), 'en');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(root.querySelectorAll('img, script').length).to.equal(0);
    expect(root.textContent).to.contain(evil);
  });

  it('hands focus to the iframe when removed while its button had focus', async () => {
    const { iframe } = await page();
    const unmount = mountPlaceholder(iframe, info(), 'en');
    placeholderOf(iframe).shadowRoot!.querySelector('button')!.focus();
    unmount();
    expect(document.activeElement === iframe, 'iframe focused').to.equal(true);
  });
});

describe('iframe placeholder: what it names, what its button may do (issue 23)', () => {
  const buttonsOf = (root: ShadowRoot) => [...root.querySelectorAll('button')].map((b) => b.textContent!.trim());

  it('names the provider and links to the full notice; a javascript: URL is never a link', async () => {
    const { iframe } = await page();
    mountPlaceholder(iframe, info({ provider: 'Google Ireland Ltd.', policyUrl: '/personvern' }), 'en');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(root.textContent).to.contain('Provided by Google Ireland Ltd.');
    expect(root.textContent).to.contain('(category “Marketing”)');
    const link = root.querySelector('a')!;
    expect(link.textContent).to.equal('Privacy notice');
    expect(link.href).to.equal(new URL('/personvern', location.href).href);
    fixtureCleanup();
    const second = await page();
    mountPlaceholder(second.iframe, info({ policyUrl: 'javascript:alert(1)' }), 'en');
    const other = placeholderOf(second.iframe).shadowRoot!;
    expect(other.querySelector('a')).to.equal(null);
  });

  it('fills in the name and provider from the service catalogue where the notice does not say them', async () => {
    const { iframe } = await page();
    mountPlaceholder(iframe, info({ serviceName: 'vimeo', serviceNameIsStandIn: true, catalogueId: 'vimeo' }), 'en');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(root.querySelector('strong')!.textContent).to.equal('Vimeo');
    expect(root.textContent).to.contain('Provided by Vimeo.com, Inc.');
    fixtureCleanup();
    // The notice's own name and provider come first; a name in six languages speaks the page's.
    const second = await page();
    mountPlaceholder(second.iframe, info({ serviceName: 'Filmene våre', catalogueId: 'youtube', provider: 'Google' }), 'nb');
    const own = placeholderOf(second.iframe).shadowRoot!;
    expect(own.querySelector('strong')!.textContent).to.equal('Filmene våre');
    expect(own.textContent).to.contain('Levert av Google').and.not.contain('Limited');
    fixtureCleanup();
    const third = await page();
    mountPlaceholder(third.iframe, info({ serviceName: 'x', serviceNameIsStandIn: true, catalogueId: 'spotify' }), 'nn');
    expect(placeholderOf(third.iframe).shadowRoot!.querySelector('strong')!.textContent).to.equal('Spotify (innebygd spelar)');
  });

  it('without a full notice to link to, a second control opens the second layer', async () => {
    const { iframe } = await page();
    const opened: Element[] = [];
    mountPlaceholder(iframe, info({ choose: (opener: Element) => opened.push(opener) }), 'nb');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(buttonsOf(root)).to.deep.equal(['Godta og vis', 'Personvernvalg']);
    root.querySelectorAll('button')[1].click();
    expect(opened.length).to.equal(1);
  });

  it('an iframe that names no service: its one button opens the second layer and grants nothing', async () => {
    const { iframe } = await page();
    const opened: Element[] = [];
    const i = info({ serviceName: 'booking.example.test', allow: undefined, choose: (o: Element) => opened.push(o) });
    mountPlaceholder(iframe, i, 'en');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(buttonsOf(root)).to.deep.equal(['Privacy choices']);
    expect(root.textContent).to.contain('This content is blocked until you allow “Marketing” in your privacy choices.');
    root.querySelector('button')!.click();
    expect(opened.length).to.equal(1);
    expect(i.allowed).to.equal(0);
  });

  it('a gate the notice does not declare: no button offers it, the placeholder says it cannot be shown', async () => {
    const { iframe } = await page();
    mountPlaceholder(iframe, info({ unavailable: true, policyUrl: '/personvern' }), 'nn');
    const root = placeholderOf(iframe).shadowRoot!;
    expect(buttonsOf(root)).to.deep.equal([]);
    expect(root.textContent).to.contain(
      'Innhald frå YouTube kan ikkje visast, fordi personvernerklæringa til nettstaden ikkje skildrar det.',
    );
    expect(root.querySelector('a')!.textContent).to.equal('Personvernerklæring');
  });

  it('speaks all six languages, each with every word and its blanks, and its button says what the re-open control says', () => {
    for (const [language, words] of Object.entries(PLACEHOLDER_WORDS)) {
      for (const [key, value] of Object.entries(words)) expect(value.trim(), `${language}.${key}`).to.not.equal('');
      expect(words.blocked).to.contain('{service}').and.contain('{category}');
      expect(words.blockedCategory).to.contain('{category}');
      expect(words.unavailable).to.contain('{service}');
      expect(words.provider).to.contain('{provider}');
      expect(words.reopen).to.equal(FAST_WORDS[language as keyof typeof FAST_WORDS].reopen);
    }
    // Nynorsk, not Bokmål: no Bokmål forms in any of its sentences.
    const nynorsk = Object.values(PLACEHOLDER_WORDS.nn).join(' ');
    for (const bokmal of [/\bikke\b/, /\bfra\b/, /\binnhold/, /\bvises\b/, /\bopplysninger\b/, /\bgodtar\b/, /\bnettstedet\b/])
      expect(nynorsk).to.not.match(bokmal);
  });
});
