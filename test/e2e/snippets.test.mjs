// Auto-blocking against the web as it is: for every catalogue service that loads code or frames,
// the vendor's own snippet, unmodified (test/e2e/snippets/: analytics, marketing, embeds, and
// issue 26's), or one generated from its catalogue entry the way most vendors load it
// (snippets/generated.mjs), all on one page, in both load modes, with the services declared in
// the notice and without. The frame policy is on ("autoBlock": { "frames": [] }), since the
// embeds are untagged iframes in the HTML.
//
// - Before consent and after Reject all (and its reload): nothing of theirs runs and no request
//   reaches their hosts, except the browser's speculative fetch of a <script src> written in
//   the HTML (SPEC §2), which never runs.
// - Declared: each category granted alone runs exactly that category's services, once each, and
//   keeps the others silent; after Accept all, and after a reload, each runs exactly once.
// - Undeclared: nothing ever runs or is requested, whatever the visitor chooses.
//
// Every host is answered by request interception with a stand-in that records that it ran.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { launch, closeBrowser } from './harness.mjs';
import analytics from './snippets/analytics.mjs';
import marketing from './snippets/marketing.mjs';
import embeds from './snippets/embeds.mjs';
import issue26 from './snippets/issue-26.mjs';
import { generatedSnippets } from './snippets/generated.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const { KNOWN_TRACKERS, matchTracker } = await import(ROOT + 'dist/audit-build/widget/fast/trackers.js');
const catalogue = Object.fromEntries(
  readdirSync(ROOT + 'catalogue')
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => JSON.parse(readFileSync(ROOT + 'catalogue/' + f, 'utf8')))
    .map((e) => [e.id, e]),
);
const WRITTEN = [...analytics, ...marketing, ...embeds, ...issue26];
const SNIPPETS = [...WRITTEN, ...generatedSnippets(catalogue, new Set(WRITTEN.map((s) => s.id)))];
const categoryOf = (id) => catalogue[id].category;
/** Every service with a snippet, once each. */
const ALL = [...new Set(SNIPPETS.map((s) => s.id))];
const CATEGORIES = ['functional', 'analytics', 'marketing'];

function notice(declared) {
  const title = (t) => ({ title: t, description: t });
  return JSON.stringify({
    revision: '2026-12-01',
    language: 'en',
    controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
    categories: {
      necessary: title('Necessary'),
      functional: title('Functional'),
      analytics: title('Statistics'),
      marketing: title('Marketing'),
    },
    services: declared
      ? ALL.map((id) => ({
          id,
          category: categoryOf(id),
          name: catalogue[id].name,
          provider: catalogue[id].provider.name,
          cookieless: true,
        }))
      : [],
    autoBlock: { frames: [] },
    proof: { endpoint: '/consent-proofs' },
  });
}

/** One page with every snippet where its vendor says to put it. */
function page(guard, declared) {
  const widget = guard
    ? '<script src="/dist/samtykke-guard.js"></script>\n<script src="/dist/samtykke.js" defer></script>'
    : '<script src="/dist/samtykke.js"></script>';
  const at = (where) =>
    SNIPPETS.filter((s) => s.where === where)
      .map((s) => s.html)
      .join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Every vendor's snippet</title>\n<script type="application/json" id="samtykke-config">${notice(declared)}</script>\n${widget}\n${at('head')}\n</head>\n<body>\n<h1>Every vendor's snippet</h1>\n${at('body')}\n</body>\n</html>\n`;
}

/** The <script src> URLs written in the HTML: the browser may fetch these early (never run them). */
const PRELOADABLE = new Set(
  SNIPPETS.flatMap((s) =>
    [...s.html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(
      (m) => new URL(m[1].replace(/&#038;/g, '&').replace(/#.*$/, ''), 'http://x/').href,
    ),
  ),
);

let server;
let origin;
before(async () => {
  server = createStaticServer({
    root: ROOT,
    handle(req, res, url) {
      const m = url.pathname.match(/^\/snippets\/(head|guard)-(declared|undeclared)\.html$/);
      if (url.pathname === '/consent-proofs') return (res.writeHead(201).end('{}'), true);
      if (!m) return false;
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(page(m[1] === 'guard', m[2] === 'declared'));
      return true;
    },
  });
  origin = await listen(server);
});
after(async () => {
  await closeBrowser();
  await new Promise((ok) => server.close(ok));
});

/** A context whose every outside request is answered by a stand-in; `requests` lists them. */
async function open() {
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 9000 } });
  // Every vendor's request on the page goes through the route below: on a busy machine a page
  // with a hundred and thirty stand-ins can take longer than Playwright's 30 s default to load.
  // This is no speed assertion, only room; what ran is what is checked.
  context.setDefaultTimeout(120_000);
  const requests = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const request = route.request();
      requests.push(request.url());
      if (request.resourceType() === 'script')
        return route.fulfill({
          contentType: 'text/javascript',
          body: `(window.__ran = window.__ran || []).push(${JSON.stringify(request.url())});`,
        });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stand-in</title><p>stand-in</p>' });
    },
  );
  return { context, page: await context.newPage(), requests };
}

const serviceOf = (url) => matchTracker(url, KNOWN_TRACKERS, origin)?.service ?? null;
/** The frames a snippet writes in the HTML, as the browser requests them. */
const framesOf = (s) =>
  [...s.html.matchAll(/<iframe[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&')).href);
/** How often `item` (a URL, or a pattern for a URL that varies) is in `list`. */
const count = (list, item) => list.filter((x) => (typeof item === 'string' ? x === item : item.test(x))).length;

/** What ran on the current page: scripts and frames by URL (each stand-in document loaded). */
async function ran(page) {
  const scripts = await page.evaluate(() => window.__ran ?? []).catch(() => []);
  const frames = [];
  for (const f of page.frames()) {
    if (f !== page.mainFrame() && (await f.content().catch(() => '')).includes('stand-in')) frames.push(f.url());
  }
  return { scripts, frames };
}

/** Every run of `services` happened exactly once on this page, and nothing of any other service. */
function exactlyOnce({ scripts, frames }, services, label) {
  const expected = SNIPPETS.filter((s) => services.includes(s.id));
  for (const s of expected) {
    for (const url of s.runs ?? []) assert.equal(count(scripts, url), 1, `${label}: ${s.id} runs ${url} once`);
    for (const url of framesOf(s)) assert.equal(count(frames, url), 1, `${label}: ${s.id} loads its ${url} frame once`);
  }
  const others = [...scripts, ...frames].filter((u) => !services.includes(serviceOf(u)));
  assert.deepEqual(others, [], `${label}: nothing else runs`);
}

/** No request to the hosts of `services` (the HTML's <script src> preloads excepted). */
function silent(requests, services, label) {
  const heard = requests.filter((u) => services.includes(serviceOf(u)) && !PRELOADABLE.has(u));
  assert.deepEqual(heard, [], `${label}: no request to their hosts`);
}

/** Waits until the page (after any reload a grant causes) shows every run of `services`. */
async function settle(page, services) {
  const want = SNIPPETS.filter((s) => services.includes(s.id));
  const deadline = Date.now() + 30000;
  for (;;) {
    await page.waitForLoadState('load').catch(() => undefined);
    const now = await ran(page);
    const done = want.every(
      (s) => (s.runs ?? []).every((u) => count(now.scripts, u) > 0) && framesOf(s).every((u) => now.frames.includes(u)),
    );
    if (done || Date.now() > deadline) return (await page.waitForTimeout(300), ran(page));
    await page.waitForTimeout(200);
  }
}

test('every catalogue service that loads code or frames has its snippet here', () => {
  const loads = (e) => e.block.some((r) => r.kind.includes('script') || r.kind.includes('frame'));
  const blocking = Object.values(catalogue)
    .filter(loads)
    .map((e) => e.id)
    .sort();
  assert.deepEqual([...ALL].sort(), blocking);
  assert.ok(ALL.length >= 100, `${ALL.length} services with a snippet`);
  // Each snippet's runs and frames are the service's own, by the catalogue's rules.
  for (const s of SNIPPETS) {
    assert.ok((s.runs ?? []).length + framesOf(s).length > 0, `${s.id}: runs or frames something`);
    for (const u of [...(s.runs ?? []).filter((r) => typeof r === 'string'), ...framesOf(s)]) assert.equal(serviceOf(u), s.id, u);
  }
});

for (const mode of ['head', 'guard']) {
  const how = mode === 'head' ? 'samtykke.js first in <head>' : 'guard first, samtykke.js deferred';
  for (const declared of [true, false]) {
    const url = () => `${origin}/snippets/${mode}-${declared ? 'declared' : 'undeclared'}.html`;
    const which = declared ? 'declared' : 'undeclared';

    test(`${how}, ${which}: before consent and after Reject all nothing runs and no request reaches their hosts`, async () => {
      const { context, page, requests } = await open();
      await page.goto(url(), { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
      await page.waitForTimeout(1000);
      exactlyOnce(await ran(page), [], 'before consent');
      silent(requests, ALL, 'before consent');
      await page.getByRole('button', { name: 'Reject all', exact: true }).click();
      await page.waitForTimeout(500);
      // A page with every vendor's stand-in can take long to fire "load" on a busy machine: what
      // ran is checked either way.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForLoadState('load').catch(() => undefined);
      await page.waitForTimeout(1000);
      exactlyOnce(await ran(page), [], 'after Reject all');
      silent(requests, ALL, 'after Reject all');
      await context.close();
    });

    if (declared) {
      test(`${how}, declared: each category granted alone runs only its own services, once each`, async () => {
        for (const category of CATEGORIES) {
          const { context, page, requests } = await open();
          await page.goto(url(), { waitUntil: 'domcontentloaded' });
          await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
          await page.evaluate((c) => window.samtykke.set({ [c]: true }), category);
          await page.waitForTimeout(500);
          const services = ALL.filter((id) => categoryOf(id) === category);
          exactlyOnce(await settle(page, services), services, `${category} granted alone`);
          silent(
            requests,
            ALL.filter((id) => categoryOf(id) !== category),
            `${category} granted alone`,
          );
          await context.close();
        }
      });
    }

    test(`${how}, ${which}: after Accept all and after a reload ${declared ? 'each runs exactly once' : 'nothing runs or is requested'}`, async () => {
      const { context, page, requests } = await open();
      await page.goto(url(), { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await page.waitForTimeout(500);
      const expected = declared ? ALL : [];
      exactlyOnce(await settle(page, expected), expected, 'after Accept all');
      await page.reload({ waitUntil: 'domcontentloaded' }); // settle() waits for "load"
      exactlyOnce(await settle(page, expected), expected, 'after Accept all and a reload');
      if (!declared) silent(requests, ALL, 'undeclared, after Accept all');
      await context.close();
    });
  }
}
