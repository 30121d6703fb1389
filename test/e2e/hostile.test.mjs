// Hostile input and a hostile environment (issue: "hardened against the hostile"):
// an XSS corpus in every text field of the notice; cookies blocked; IndexedDB missing or
// throwing; crypto.subtle missing; a page that monkey-patches built-ins; third-party code
// throwing while it is activated. The widget still asks, still records what it can, stays
// closed, and says in the console what it could not do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const XSS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  '<iframe src="javascript:window.top.__pwned=1"></iframe>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<body onload=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  '<input autofocus onfocus=window.__pwned=1>',
  '<video><source onerror=window.__pwned=1>',
  '<object data="javascript:window.__pwned=1">',
  '<embed src="javascript:window.__pwned=1">',
  '<marquee onstart=window.__pwned=1>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<style>@import "javascript:window.__pwned=1"</style>',
  '<link rel=stylesheet href="javascript:window.__pwned=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<template><script>window.__pwned=1</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<div style="background:url(javascript:window.__pwned=1)">',
  '<form><button formaction="javascript:window.__pwned=1">x</button></form>',
  '\u003cimg src=x onerror=window.__pwned=1\u003e',
];

/** A notice whose every text field carries payload `p` (in plain and per-language form). */
function hostileNotice(p) {
  const t = { en: p, nb: p };
  return {
    revision: 'x',
    language: 'en',
    controller: { name: p, address: p, email: p, phone: p, dpoEmail: p, orgNumber: '974451204' },
    summary: t,
    categories: { necessary: { title: t, description: p }, analytics: { title: p, description: t } },
    services: [
      { id: 'svc', category: 'analytics', name: p, provider: p, purpose: t, transfer: p, cookies: [{ name: p, duration: t }] },
    ],
    purposes: [{ title: t, legalBasis: 'consent', data: p, retention: t, recipients: p }],
    authority: { name: p, url: 'https://www.datatilsynet.no' },
  };
}

test(`an XSS corpus of ${XSS.length} payloads in every text field is shown as text, on both layers`, async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/empty.html');
  for (const p of XSS) {
    await page.evaluate(async (notice) => {
      document.querySelector('samtykke-widget')?.remove();
      // @ts-expect-error -- a URL the page resolves on the test server (dist/samtykke.mjs), not a path on disk
      const { init } = await import('/dist/samtykke.mjs');
      window.samtykke = undefined;
      // init() returns the first API on a page; a fresh element per payload is enough to render.
      const api = init(notice);
      api.show();
    }, hostileNotice(p));
    // The validator and the interface are fetched beside the entry: wait for the dialog.
    await page.waitForFunction(() => document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('dialog[open]'));
    const found = await page.evaluate(() => {
      const root = document.querySelector('samtykke-widget')?.shadowRoot;
      if (!root) return { text: '', bad: ['no widget'] };
      const bad = [
        ...root.querySelectorAll(
          'script,img,svg,iframe,object,embed,marquee,style:not([data-samtykke]),video,input:not([type=checkbox]),meta,link,form,details[ontoggle],math',
        ),
      ].map((e) => e.tagName);
      return { text: root.textContent, bad };
    });
    assert.deepEqual(found.bad, [], `payload ${p} made elements`);
    assert.ok(found.text.includes(p), `payload ${p} is shown, as text`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `payload ${p} ran`);
    await page.reload();
  }
  await context.close();
});

test('cookies blocked: the widget still asks, applies the choice for the page, and says why it will ask again', async () => {
  const { page, context, console: log } = await newPage();
  await context.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
  });
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline'));
  assert.ok(
    log.some((m) => m.type === 'warning' && /cookies are blocked/.test(m.text)),
    JSON.stringify(log),
  );
  await context.close();
});

test('IndexedDB missing: the decision holds, the receipt is still sent, the console says so', async () => {
  const { page, context, console: log } = await newPage();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await click(page, 'Reject all');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:proof'));
  const [p] = await page.evaluate(() => window.__events.filter((e) => e.type === 'samtykke:proof'));
  assert.equal(p.detail.status, 'delivered');
  assert.ok(server.receipts.some((r) => r.receipt.receiptId === p.detail.receipt.receiptId));
  assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'reject-all');
  assert.ok(log.some((m) => /IndexedDB unavailable/.test(m.text)));
  await context.close();
});

test('IndexedDB throwing on open: same', async () => {
  const { page, context } = await newPage();
  await context.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('denied', 'SecurityError');
    };
  });
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'samtykke:proof'));
  assert.equal((await page.evaluate(() => window.samtykke.history())).length, 1);
  await context.close();
});

test('crypto.subtle missing: the decision holds and gates open; no receipt, and the console says why', async () => {
  const { page, context, console: log } = await newPage();
  await context.addInitScript(() => {
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined, configurable: true });
  });
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline'));
  await page.waitForTimeout(200);
  assert.ok(
    log.some((m) => m.type === 'error' && /receipt not recorded/.test(m.text)),
    JSON.stringify(log),
  );
  await context.close();
});

test('a page that monkey-patches Array.prototype, JSON, fetch and document.cookie does not break the decision flow', async () => {
  const { page, context } = await newPage();
  await context.addInitScript(() => {
    Array.prototype.includes = function () {
      return true; // a broken polyfill
    };
    /** @type {any} */ (Array.prototype).evil = 1;
    const parse = JSON.parse;
    JSON.parse = (t, r) => parse(t, r);
    window.fetch = () => Promise.reject(new Error('fetch replaced'));
    const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() {
        return d.get.call(this) + '; junk';
      },
      set(v) {
        d.set.call(this, v);
      },
      configurable: true,
    });
  });
  await page.goto(server.origin + '/test/e2e/pages/events.html');
  await click(page, 'Reject all');
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.equal((await page.evaluate(() => window.samtykke.get())).method, 'reject-all');
  await page.reload();
  await page.waitForTimeout(200);
  assert.equal((await page.evaluate(() => window.samtykke.get()))?.method, 'reject-all');
  await context.close();
});

test('third-party code throwing while it is activated does not stop the scripts after it', async () => {
  const { page, context } = await newPage();
  await page.route('https://example-cdn.test/broken.js', (r) =>
    r.fulfill({ contentType: 'text/javascript', body: "throw new Error('broken vendor file')" }),
  );
  await page.goto(server.origin + '/test/e2e/pages/throwing.html');
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.waitForFunction(() => window.__ran.includes('after'));
  assert.deepEqual(await page.evaluate(() => window.__ran), ['before', 'after']);
  await context.close();
});
