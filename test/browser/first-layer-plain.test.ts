// The plain-DOM first layer (src/widget/ui/first-layer.ts, no Lit) in real Chromium: it must be
// the Lit banner's twin (same words, parts, classes, link, equal buttons), bind config text as
// text only, and answer through the same host (host-for.ts), so a receipt's `via` is the same.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mountReopen } from '../../src/widget/fast/controls.js';
import type { Provenance } from '../../src/widget/fast/controller.js';
import { userActivation } from '../../src/widget/fast/api.js';
import type { InterfaceConnection } from '../../src/widget/fast/parts.js';
import { en } from '../../src/widget/i18n/en.js';
import { nb } from '../../src/widget/i18n/nb.js';
import { nn } from '../../src/widget/i18n/nn.js';
import type { Strings } from '../../src/widget/i18n/strings.js';
import { paintFirstLayer } from '../../src/widget/ui/first-layer.js';
import { hostFor } from '../../src/widget/ui/host-for.js';
import type { WidgetHost } from '../../src/widget/ui/host.js';
import type { Config } from '../../src/widget/types.js';
import { baseConfig, buttons, fakeHost, frame, mount, nnConfig, textOf, widgetPageHooks } from './widget-fixtures.js';

widgetPageHooks();

/** A host element with the plain first layer painted in its shadow root. */
function paint(host: WidgetHost, strings: Strings, lang: string, choose = (_button: HTMLElement) => {}) {
  const element = document.body.appendChild(document.createElement('div'));
  const root = element.attachShadow({ mode: 'open' });
  const layer = paintFirstLayer(root, host, strings, lang, choose);
  return { element, root, layer };
}

let painted: HTMLElement[] = [];
afterEach(() => {
  painted.forEach((element) => element.remove());
  painted = [];
});
const painting = (...args: Parameters<typeof paint>) => {
  const result = paint(...args);
  painted.push(result.element);
  return result;
};

/** What a page and a test can see of a first layer: words, parts, classes, link. */
function surface(root: ParentNode) {
  const banner = root.querySelector<HTMLElement>('.banner')!;
  return {
    paragraph: textOf(banner.querySelector('.banner-text')!),
    heading: textOf(banner.querySelector('h2')!),
    label: banner.getAttribute('aria-label'),
    part: banner.getAttribute('part'),
    link: banner.querySelector('a')?.getAttribute('href') ?? null,
    buttons: buttons(banner).map((b) => [b.className, b.getAttribute('part'), textOf(b)]),
    lang: banner.closest('[lang]')?.getAttribute('lang'),
    widget: banner.parentElement!.className,
  };
}

describe('the plain-DOM first layer', () => {
  const cases: [string, Config, Strings][] = [
    ['en', baseConfig, en],
    ['nb', { ...baseConfig, language: 'nb' }, nb],
    ['nn', nnConfig, nn],
  ];
  for (const [lang, config, strings] of cases) {
    it(`shows what Lit's banner shows, in ${lang}`, async () => {
      const lit = await mount(fakeHost(config).host);
      const { root } = painting(fakeHost(config).host, strings, lang);
      expect(surface(root)).to.deep.equal(surface(lit.shadowRoot!));
    });
  }

  for (const width of [1280, 360]) {
    it(`has three equal buttons at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const { root } = painting(fakeHost().host, en, 'en');
      await frame();
      const rects = buttons(root.querySelector('.banner')!).map((b) => b.getBoundingClientRect());
      expect(rects).to.have.length(3);
      for (const r of rects) {
        expect(Math.abs(r.width - rects[0].width), 'width').to.be.at.most(1);
        expect(Math.abs(r.height - rects[0].height), 'height').to.be.at.most(1);
        expect(r.height, 'target size').to.be.at.least(24);
      }
      if (width === 360) expect(rects[1].top).to.be.greaterThan(rects[0].bottom - 1);
      else expect(Math.abs(rects[1].top - rects[0].top)).to.be.at.most(1);
    });
  }

  it('binds the notice as text: markup in it stays text, a javascript: link is left out', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const config: Config = {
      ...baseConfig,
      summary: hostile,
      controller: { ...baseConfig.controller, name: hostile, policyUrl: 'java\tscript:window.__pwned=1' },
    };
    const { root } = painting(fakeHost(config).host, en, 'en');
    await frame();
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(root.querySelector('a')).to.equal(null);
    expect(textOf(root.querySelector('.banner-text')!)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('answers through the shared host: a key press is the banner, a page script click() the API', async () => {
    const asked: Provenance[] = [];
    const connection = {
      notice: { text: baseConfig, language: 'en' },
      controller: {
        current: () => null,
        subscribe: () => () => undefined,
        decide: (_method: string, _choices: unknown, provenance: Provenance) => {
          asked.push(provenance);
          return Promise.reject(Object.assign(new Error('refused in this test'), { name: 'NotAllowedError' }));
        },
      },
      history: async () => [],
      gpcHonoured: () => false,
      // As begin.ts connects it: the fast path's own reading of the page's user activation.
      userActivation,
    } as unknown as InterfaceConnection;
    // As the part does: the host is made for the very element the layer is painted in.
    const element = document.body.appendChild(document.createElement('div'));
    painted.push(element);
    const own = element.attachShadow({ mode: 'open' });
    paintFirstLayer(own, hostFor(connection, element), en, 'en', () => undefined);
    const accept = own.querySelector<HTMLButtonElement>('.accept-all')!;
    accept.click();
    await frame();
    accept.focus();
    await sendKeys({ press: 'Enter' });
    await frame();
    expect(asked.map((p) => p.via)).to.deep.equal(['api', 'banner']);
    expect(asked[1].userActivation).to.equal(true);
    expect(own.querySelector('.banner'), 'a refused decision leaves the first layer up').to.not.equal(null);
  });

  it('after Reject all by keyboard: the banner goes, focus to the re-open control, "saved" said', async () => {
    const { host, calls } = fakeHost();
    const { root } = painting(host, en, 'en');
    const reopen = mountReopen(root, 'en', 'auto', () => undefined);
    host.subscribe(() => reopen.setVisible(host.consent !== null));
    root.querySelector<HTMLButtonElement>('.reject-all')!.focus();
    await sendKeys({ press: 'Enter' });
    await frame();
    expect(calls).to.deep.equal([['rejectAll']]);
    expect(root.querySelector('.banner')).to.equal(null);
    expect(root.activeElement?.classList.contains('reopen')).to.equal(true);
    expect(textOf(root.querySelector('[role=status]')!)).to.equal(en.saved);
  });

  it('Choose hands over and decides nothing; a decision made elsewhere takes the banner down', async () => {
    const chosen: HTMLElement[] = [];
    const { host, calls } = fakeHost();
    const { root } = painting(host, en, 'en', (button) => chosen.push(button));
    root.querySelector<HTMLButtonElement>('.choose')!.click();
    expect(chosen).to.deep.equal([root.querySelector('.choose')]);
    expect(calls).to.deep.equal([]);
    await host.acceptAll(); // the API, or another tab
    expect(root.querySelector('.banner')).to.equal(null);
  });

  it('is removed whole, for the Lit element to take over', () => {
    const { root, layer } = painting(fakeHost().host, en, 'en');
    layer.remove();
    expect(root.querySelector('.interface')).to.equal(null);
  });
});
