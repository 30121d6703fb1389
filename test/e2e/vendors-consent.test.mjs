// Vendors told the choice (issue 26, point 2): Microsoft Clarity, Microsoft UET, the Meta Pixel,
// the TikTok Pixel and Matomo are told the visitor's decision through their own consent APIs,
// with their real call shapes, only when their code is on the page. The page carries each
// vendor's own snippet (the stubs they define: Clarity's queue function, UET's array, Meta's
// fbq with callMethod and queue, TikTok's ttq with its method list, Matomo's _paq); their
// libraries are answered locally by stand-ins that drain the stub's queue as the real ones do
// and record every call they receive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { launch, closeBrowser } from './harness.mjs';

const service = (id, category, name) => ({
  id,
  category,
  name,
  provider: name,
  cookies: [{ name: `${id}-cookie`, duration: '1 year' }],
});
const NOTICE = JSON.stringify({
  revision: '2026-12-06',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
  categories: { necessary: { title: 'Necessary' }, analytics: { title: 'Statistics' }, marketing: { title: 'Marketing' } },
  services: [
    service('microsoft-clarity', 'analytics', 'Microsoft Clarity'),
    service('matomo', 'analytics', 'Matomo'),
    service('microsoft-uet', 'marketing', 'Microsoft Advertising'),
    service('meta-pixel', 'marketing', 'Meta Pixel'),
    service('tiktok-pixel', 'marketing', 'TikTok Pixel'),
  ],
  // A withdrawal without reload: the vendors' code stays, so they must be told.
  reloadOnWithdraw: false,
});

/** The vendors' snippets, as they tell sites to paste them. */
const SNIPPETS = `
<script>
(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, "clarity", "script", "abcdefghij");
</script>
<script>
(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678"};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","https://bat.bing.com/bat.js","uetq");
</script>
<script>
!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js";ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};var o=document.createElement("script");o.type="text/javascript",o.async=!0,o.src=r+"?sdkid="+e+"&lib="+t;var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(o,a)};
  ttq.load('CABCDEFGHIJ');
  ttq.page();
}(window, document, 'ttq');
</script>
<script>
var _paq = window._paq = window._paq || [];
_paq.push(['trackPageView']);
_paq.push(['enableLinkTracking']);
(function() {
  var u="https://stats.example-cdn.test/";
  _paq.push(['setTrackerUrl', u+'matomo.php']);
  _paq.push(['setSiteId', '1']);
  var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
  g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
})();
</script>`;

const page = (snippets) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vendors told the choice</title>
<script type="application/json" id="samtykke-config">${NOTICE}</script>
<script src="/dist/samtykke.js"></script>
</head>
<body>
<h1>A shop</h1>
<button id="allow-meta" onclick="samtykke.set({ 'meta-pixel': true })">Allow Meta</button>
${snippets ? SNIPPETS : ''}
</body>
</html>
`;

/**
 * The vendors' libraries, answered locally: each drains its stub's queue as the real one does
 * and records, in window.__received, every call the vendor receives from then on.
 * @type {[RegExp, string][]}
 */
const LIBRARIES = [
  [
    /clarity\.ms\/tag\//,
    `var q = (window.clarity && window.clarity.q) || [];
     var rec = function (a) { (window.__received = window.__received || []).push(['clarity'].concat([].slice.call(a))); };
     q.forEach(rec);
     window.clarity = function () { rec(arguments); };`,
  ],
  [
    // bat.js: the queue's items are flat; the real UET reads them as commands.
    /bat\.bing\.com\/bat\.js/,
    `var rec = function (a) { if (a[0] === 'consent') (window.__received = window.__received || []).push(['uetq'].concat([].slice.call(a, 1))); };
     var q = window.uetq || [];
     for (var i = 0; i < q.length; i++) if (q[i] === 'consent') rec(q.slice(i, i + 3));
     window.UET = function (o) { this.push = function () { rec(arguments); }; };
     window.uetq = new UET({ q: q });`,
  ],
  [
    /connect\.facebook\.net\/.*fbevents\.js/,
    `var n = window.fbq;
     var rec = function (a) { (window.__received = window.__received || []).push(['fbq'].concat([].slice.call(a))); };
     n.queue.forEach(rec); n.queue = [];
     n.callMethod = function () { rec(arguments); };`,
  ],
  [
    /analytics\.tiktok\.com\/i18n\/pixel\/events\.js/,
    `var ttq = window.ttq;
     var rec = function (a) { (window.__received = window.__received || []).push(['ttq'].concat(a)); };
     for (var i = 0; i < ttq.length; i++) rec(ttq[i]);
     ttq.methods.forEach(function (m) { ttq[m] = function () { rec([m].concat([].slice.call(arguments))); }; });`,
  ],
  [
    /stats\.example-cdn\.test\/matomo\.js/,
    `var rec = function (a) { (window.__received = window.__received || []).push(['_paq'].concat(a)); };
     (window._paq || []).forEach(rec);
     window._paq = { push: function (a) { rec(a); } };`,
  ],
];

let server;
let origin;
before(async () => {
  server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    handle(req, res, url) {
      const m = url.pathname.match(/^\/vendors-consent-(with|without)\.html$/);
      if (!m) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(m[1] === 'with'));
      return true;
    },
  });
  origin = await listen(server);
});
after(async () => {
  await closeBrowser();
  // A keep-alive connection from the closed browser would hold close() open.
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

async function freshPage(snippets = true) {
  const context = await (await launch()).newContext();
  const loaded = [];
  await context.route(
    (url) => url.protocol === 'https:',
    (route) => {
      const url = route.request().url();
      const library = LIBRARIES.find(([pattern]) => pattern.test(url));
      if (library) loaded.push(url);
      // Each in a function of its own: classic scripts share one global scope.
      const body = library ? `(function () {\n${library[1]}\n})();` : '';
      return route.fulfill({ status: 200, contentType: 'text/javascript', body });
    },
  );
  const tab = await context.newPage();
  await tab.goto(`${origin}/vendors-consent-${snippets ? 'with' : 'without'}.html`);
  await tab.waitForFunction(() => window.samtykke && typeof window.samtykke.get === 'function');
  return { context, page: tab, loaded };
}

/** What each vendor received last, as its own API says it: grant or revoke, in its words. */
async function lastSignals(page) {
  return page.evaluate(() => {
    const out = {};
    for (const call of window.__received || []) {
      const [vendor, ...args] = call;
      if (vendor === 'clarity' && args[0] === 'consentv2') out.clarity = args[1];
      if (vendor === 'uetq' && args[0] === 'update') out.uetq = args[1];
      if (vendor === 'fbq' && args[0] === 'consent') out.fbq = args[1];
      if (vendor === 'ttq' && /Consent$/.test(args[0])) out.ttq = args[0];
      if (vendor === '_paq' && /Consent/.test(args[0])) out._paq = args[0];
    }
    return out;
  });
}

const GRANTED = {
  clarity: { ad_Storage: 'granted', analytics_Storage: 'granted' },
  uetq: { ad_storage: 'granted' },
  fbq: 'grant',
  ttq: 'grantConsent',
  _paq: 'setConsentGiven',
};
const QUEUED_REFUSAL = {
  clarity: ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
  uetq: ['consent', 'update', { ad_storage: 'denied' }],
  fbq: ['consent', 'revoke'],
  ttq: ['revokeConsent'],
  _paq: ['forgetConsentGiven'],
};
const REFUSED = {
  clarity: { ad_Storage: 'denied', analytics_Storage: 'denied' },
  uetq: { ad_storage: 'denied' },
  fbq: 'revoke',
  ttq: 'revokeConsent',
  _paq: 'forgetConsentGiven',
};

/** The consent calls each vendor's stub holds for its library. */
function queuedSignals(page) {
  return page.evaluate(() => ({
    clarity: [...window.clarity.q].map((a) => [...a]).find((a) => a[0] === 'consentv2'),
    uetq: window.uetq.slice(window.uetq.indexOf('consent'), window.uetq.indexOf('consent') + 3),
    fbq: [...window.fbq.queue].map((a) => [...a]).find((a) => a[0] === 'consent'),
    ttq: window.ttq.find((a) => /Consent$/.test(a[0])),
    _paq: window._paq.find((a) => /Consent/.test(a[0])),
  }));
}

/** Waits until every vendor's last signal is `expected`. */
async function told(page, expected) {
  const deadline = Date.now() + 15000;
  let signals;
  while (Date.now() < deadline) {
    signals = await lastSignals(page);
    // Compared as values: the vendors answer in their own order, not in the order of `expected`
    // (a JSON.stringify comparison never matched, so every wait ran to its deadline).
    if (isDeepStrictEqual(signals, expected)) return;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(signals, expected);
}

test('without the vendors on the page, nothing is called and no vendor global is defined', async () => {
  const { context, page, loaded } = await freshPage(false);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await page.waitForFunction(() => window.samtykke.get()?.method === 'accept-all');
  await page.waitForTimeout(300);
  const globals = await page.evaluate(() => ['clarity', 'uetq', 'fbq', '_fbq', 'ttq', '_paq'].filter((name) => name in window));
  assert.deepEqual(globals, []);
  assert.deepEqual(loaded, []);
  await context.close();
});

test('before any decision, no vendor library loads, and each stub queues the refusal', async () => {
  const { context, page, loaded } = await freshPage();
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(loaded, []);
  assert.deepEqual(await lastSignals(page), {});
  assert.deepEqual(await queuedSignals(page), QUEUED_REFUSAL);
  await context.close();
});

test('Accept all tells each vendor its grant; a withdrawal without reload tells each the refusal', async () => {
  const { context, page, loaded } = await freshPage();
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await told(page, GRANTED);
  assert.equal(loaded.length, 5, 'every library loaded once');
  await page.evaluate(() => window.samtykke.withdraw());
  await told(page, REFUSED);
  await context.close();
});

test('per service: set() refuses one vendor alone, and a click grants it back', async () => {
  const { context, page } = await freshPage();
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await told(page, GRANTED);
  await page.evaluate(() => window.samtykke.set({ 'meta-pixel': false }));
  await told(page, { ...GRANTED, fbq: 'revoke' });
  await page.click('#allow-meta');
  await told(page, GRANTED);
  // Clarity's ad storage is Microsoft Advertising's: refusing UET alone denies it, analytics stays.
  await page.evaluate(() => window.samtykke.set({ 'microsoft-uet': false }));
  await told(page, {
    ...GRANTED,
    uetq: { ad_storage: 'denied' },
    clarity: { ad_Storage: 'denied', analytics_Storage: 'granted' },
  });
  await context.close();
});

test('a reload with a stored grant tells each vendor at start-up', async () => {
  const { context, page } = await freshPage();
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await told(page, GRANTED);
  await page.reload();
  await page.waitForFunction(() => window.samtykke && typeof window.samtykke.get === 'function');
  await told(page, GRANTED);
  await context.close();
});

test('a reload with a stored refusal queues the refusal in each stub, and no library loads', async () => {
  const { context, page, loaded } = await freshPage();
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await page.waitForFunction(() => window.samtykke.get()?.method === 'reject-all');
  await page.reload();
  await page.waitForFunction(() => window.samtykke?.get()?.method === 'reject-all');
  await page.waitForTimeout(300);
  assert.deepEqual(loaded, []);
  assert.deepEqual(await queuedSignals(page), QUEUED_REFUSAL);
  await context.close();
});
