// Gates (SPEC §2) in real Chromium: activation order, attributes, nonce, modules, media,
// data-service, never twice, elements added later, auto-blocking of script-made trackers.
import { expect } from '@open-wc/testing';
import { createGates, type Gates } from '../../src/widget/fast/gate.js';
import { parseTrackers } from '../../src/widget/fast/trackers.js';

declare global {
  interface Window {
    __ran: string[];
  }
}

const grantedSet = new Set<string>();
const granted = (c: string, s?: string) => grantedSet.has(c) && (!s || !grantedSet.has('-' + s));
let gates: Gates;
const blocked: Element[] = [];

function add(html: string): void {
  // Test markup is literal, written here; it never comes from a config.
  const t = document.createElement('template');
  t.innerHTML = html;
  document.body.append(t.content);
}
const until = async (fn: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 20));
  }
};

before(() => {
  gates = createGates({ granted, nonce: 'page-nonce', rules: parseTrackers(), onBlocked: (el) => blocked.push(el) });
});
beforeEach(() => {
  window.__ran = [];
  grantedSet.clear();
  document.body.replaceChildren();
});

describe('gates', () => {
  it('stay inert until granted, then run external and inline scripts once, in document order', async () => {
    add(`
      <script type="text/plain" data-consent="analytics" data-src="/test/browser/fixtures/a.js" id="s-a" data-extra="x" crossorigin="anonymous"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline-1')</script>
      <script type="text/plain" data-consent="analytics" data-src="/test/browser/fixtures/b.js"></script>
      <script type="text/plain" data-consent="marketing" data-src="/test/browser/fixtures/c.js"></script>
      <script type="text/plain" data-consent="analytics">window.__ran.push('inline-2')</script>`);
    await gates.scan();
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__ran).to.deep.equal([]);
    grantedSet.add('analytics');
    await gates.scan();
    await until(() => window.__ran.length >= 4);
    expect(window.__ran).to.deep.equal(['a', 'inline-1', 'b', 'inline-2']);
    const a = document.getElementById('s-a') as HTMLScriptElement;
    expect(a.getAttribute('src')).to.equal('/test/browser/fixtures/a.js');
    expect(a.getAttribute('type')).to.equal(null);
    expect(a.dataset.extra).to.equal('x');
    expect(a.getAttribute('crossorigin')).to.equal('anonymous');
    // Asked again: nothing runs twice.
    await gates.scan();
    grantedSet.add('marketing');
    await gates.scan();
    await until(() => window.__ran.includes('c'));
    expect(window.__ran).to.deep.equal(['a', 'inline-1', 'b', 'inline-2', 'c']);
  });

  it('carry the page nonce to activated inline scripts, and run data-type="module" as a module', async () => {
    add(`<script type="text/plain" data-consent="analytics" id="n1">window.__ran.push('nonce')</script>
         <script type="text/plain" data-consent="analytics" data-type="module" data-src="/test/browser/fixtures/mod.js" id="m1"></script>`);
    grantedSet.add('analytics');
    await gates.scan();
    await until(() => window.__ran.length >= 2);
    expect((document.getElementById('n1') as HTMLScriptElement).nonce).to.equal('page-nonce');
    expect(document.getElementById('m1')!.getAttribute('type')).to.equal('module');
    expect(window.__ran).to.include('module:object');
  });

  it('give iframes, images, video and audio their src (and srcset) only when granted', async () => {
    add(`<iframe data-consent="marketing" data-src="about:blank#x" title="t"></iframe>
         <img data-consent="marketing" data-src="/test/browser/fixtures/none.png" data-srcset="/test/browser/fixtures/none.png 2x" alt="">
         <video data-consent="marketing"><source data-consent="marketing" data-src="/test/browser/fixtures/none.webm" type="video/webm"></video>
         <audio data-consent="marketing" data-src="/test/browser/fixtures/none.mp3"></audio>`);
    await gates.scan();
    expect(document.querySelector('iframe')!.hasAttribute('src')).to.be.false;
    expect(blocked.some((el) => el.tagName === 'IFRAME')).to.be.true;
    grantedSet.add('marketing');
    await gates.scan();
    expect(document.querySelector('iframe')!.getAttribute('src')).to.equal('about:blank#x');
    expect(document.querySelector('img')!.getAttribute('srcset')).to.equal('/test/browser/fixtures/none.png 2x');
    expect(document.querySelector('source')!.getAttribute('src')).to.equal('/test/browser/fixtures/none.webm');
    expect(document.querySelector('audio')!.getAttribute('src')).to.equal('/test/browser/fixtures/none.mp3');
  });

  it('data-service narrows a gate: a refused service stays closed while its category runs', async () => {
    add(`<script type="text/plain" data-consent="analytics" data-service="ga">window.__ran.push('ga')</script>
         <script type="text/plain" data-consent="analytics" data-service="hotjar">window.__ran.push('hotjar')</script>`);
    grantedSet.add('analytics');
    grantedSet.add('-hotjar');
    await gates.scan();
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__ran).to.deep.equal(['ga']);
  });

  it('gate elements added later (a framework rendering after load)', async () => {
    grantedSet.add('analytics');
    const div = document.createElement('div');
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = 'analytics';
    s.text = "window.__ran.push('late')";
    div.append(s);
    document.body.append(div);
    await until(() => window.__ran.includes('late'));
    const m = document.createElement('script');
    m.type = 'text/plain';
    m.dataset.consent = 'marketing';
    m.text = "window.__ran.push('late-marketing')";
    document.body.append(m);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__ran).to.deep.equal(['late']);
  });

  it('hold back trackers created by other scripts (src setter, setAttribute, iframes), and release them in order', async () => {
    const a = document.createElement('script');
    a.async = true;
    a.src = 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST';
    document.head.append(a);
    const b = document.createElement('script');
    b.setAttribute('src', 'https://connect.facebook.net/en_US/fbevents.js');
    document.head.append(b);
    const f = document.createElement('iframe');
    f.src = 'https://www.youtube.com/embed/xyz';
    document.body.append(f);
    const own = document.createElement('script');
    own.src = '/test/browser/fixtures/a.js';
    document.head.append(own);
    for (const el of [a, b, f]) {
      expect(el.hasAttribute('src'), el.outerHTML).to.be.false;
      expect(el.getAttribute('data-samtykke-auto')).to.equal('');
    }
    expect(a.getAttribute('type')).to.equal('text/plain');
    expect(a.dataset.consent).to.equal('analytics');
    expect(a.dataset.service).to.equal('google-tag-manager');
    expect(b.dataset.consent).to.equal('marketing');
    expect(f.dataset.service).to.equal('youtube');
    await until(() => window.__ran.includes('a'));
    expect(own.getAttribute('src')).to.equal('/test/browser/fixtures/a.js');
    grantedSet.add('marketing');
    await gates.scan();
    expect(f.getAttribute('src')).to.equal('https://www.youtube.com/embed/xyz');
    const live = [...document.head.querySelectorAll('script[src*="facebook"]')];
    expect(live.length).to.equal(1);
    expect(live[0].getAttribute('type')).to.equal(null);
    expect(document.head.querySelector('script[src*="googletagmanager"]')).to.equal(null);
  });
});
