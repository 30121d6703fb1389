// Auto-blocking against the web as it is: the vendors' own snippets, unmodified, for every
// catalogue service that loads code or frames (test/e2e/snippets/), all on one page, in both
// load modes, with the services declared in the notice and without. The frame policy is on
// ("autoBlock": { "frames": [] }), since the embeds are untagged iframes in the HTML.
//
// - Before consent and after Reject all (and its reload): nothing of theirs runs and no request
//   reaches their hosts, except the browser's speculative fetch of a <script src> written in
//   the HTML (SPEC §2), which never runs.
// - Declared: granting one category at a time runs exactly that category's services, once each,
//   and keeps the others silent; after Accept all, and after a reload, each runs exactly once.
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

const ROOT = new URL('../..', import.meta.url).pathname;
const { KNOWN_TRACKERS, matchTracker } = await import(ROOT + 'dist/audit-build/widget/fast/trackers.js');
const SNIPPETS = [...analytics, ...marketing, ...embeds];
const catalogue = Object.fromEntries(
  readdirSync(ROOT + 'catalogue')
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => JSON.parse(readFileSync(ROOT + 'catalogue/' + f, 'utf8')))
    .map((e) => [e.id, e]),
);
const categoryOf = (id) => catalogue[id].category;
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
      ? SNIPPETS.map((s) => ({
          id: s.id,
          category: categoryOf(s.id),
          name: catalogue[s.id].name,
          provider: catalogue[s.id].provider.name,
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
/** The service of each frame host the snippets embed. */
const FRAME_SERVICE = Object.fromEntries(SNIPPETS.flatMap((s) => (s.frames ?? []).map((host) => [host, s.id])));

/** What ran on the current page: scripts by URL, frames by host (each stand-in document loaded). */
async function ran(page) {
  const scripts = await page.evaluate(() => window.__ran ?? []).catch(() => []);
  const frames = [];
  for (const f of page.frames()) {
    if (f !== page.mainFrame() && (await f.content().catch(() => '')).includes('stand-in')) frames.push(new URL(f.url()).host);
  }
  return { scripts, frames };
}

/** Every run of `services` happened exactly once on this page, and nothing of any other service. */
function exactlyOnce({ scripts, frames }, services, label) {
  const expected = SNIPPETS.filter((s) => services.includes(s.id));
  const count = (list, item) => list.filter((x) => x === item).length;
  for (const s of expected) {
    for (const url of s.runs ?? []) assert.equal(count(scripts, url), 1, `${label}: ${s.id} runs ${url} once`);
    for (const host of s.frames ?? []) assert.equal(count(frames, host), 1, `${label}: ${s.id} loads its ${host} frame once`);
  }
  const others = [
    ...scripts.filter((u) => !services.includes(serviceOf(u))),
    ...frames.filter((h) => !services.includes(FRAME_SERVICE[h])),
  ];
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
      (s) => (s.runs ?? []).every((u) => now.scripts.includes(u)) && (s.frames ?? []).every((h) => now.frames.includes(h)),
    );
    if (done || Date.now() > deadline) return (await page.waitForTimeout(300), ran(page));
    await page.waitForTimeout(200);
  }
}

const ALL = SNIPPETS.map((s) => s.id);

test('every catalogue service that loads code or frames has its snippet here', () => {
  const blocking = Object.values(catalogue)
    .filter((e) => e.block.length)
    .map((e) => e.id)
    .sort();
  assert.deepEqual([...new Set(ALL)].sort(), blocking);
  // Each snippet's runs and frames are the service's own, by the catalogue's rules.
  for (const s of SNIPPETS) {
    const frames = [...s.html.matchAll(/<iframe[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    assert.deepEqual(
      frames.map((u) => new URL(u).host),
      s.frames ?? [],
      `${s.id}: its frames`,
    );
    for (const u of [...(s.runs ?? []), ...frames]) assert.equal(serviceOf(u), s.id, u);
  }
});

for (const mode of ['head', 'guard']) {
  const how = mode === 'head' ? 'samtykke.js first in <head>' : 'guard first, samtykke.js deferred';
  for (const declared of [true, false]) {
    const url = () => `${origin}/snippets/${mode}-${declared ? 'declared' : 'undeclared'}.html`;
    const which = declared ? 'declared' : 'undeclared';

    test(`${how}, ${which}: before consent and after Reject all nothing runs and no request reaches their hosts`, async () => {
      const { context, page, requests } = await open();
      await page.goto(url());
      await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
      await page.waitForTimeout(1000);
      exactlyOnce(await ran(page), [], 'before consent');
      silent(requests, ALL, 'before consent');
      await page.getByRole('button', { name: 'Reject all', exact: true }).click();
      await page.waitForTimeout(500);
      await page.reload();
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      exactlyOnce(await ran(page), [], 'after Reject all');
      silent(requests, ALL, 'after Reject all');
      await context.close();
    });

    if (declared) {
      test(`${how}, declared: each category granted alone runs its services once and keeps the others silent`, async () => {
        const { context, page, requests } = await open();
        await page.goto(url());
        await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
        const granted = [];
        for (const category of CATEGORIES) {
          granted.push(category);
          await page.evaluate((c) => window.samtykke.set({ [c]: true }), category);
          await page.waitForTimeout(500);
          const services = ALL.filter((id) => granted.includes(categoryOf(id)));
          exactlyOnce(await settle(page, services), services, `${granted.join(' + ')} granted`);
          silent(
            requests,
            ALL.filter((id) => !granted.includes(categoryOf(id))),
            `${granted.join(' + ')} granted`,
          );
        }
        await context.close();
      });
    }

    test(`${how}, ${which}: after Accept all and after a reload ${declared ? 'each runs exactly once' : 'nothing runs or is requested'}`, async () => {
      const { context, page, requests } = await open();
      await page.goto(url());
      await page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await page.waitForTimeout(500);
      const expected = declared ? ALL : [];
      exactlyOnce(await settle(page, expected), expected, 'after Accept all');
      await page.reload();
      exactlyOnce(await settle(page, expected), expected, 'after Accept all and a reload');
      if (!declared) silent(requests, ALL, 'undeclared, after Accept all');
      await context.close();
    });
  }
}
