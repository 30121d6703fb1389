// Issue 24 points 3 and 6: what a visit fetches from dist/, measured in real Chromium. A first visit
// asks for everything the first layer needs in one round trip from samtykke.js (the parts and
// their chunks in parallel, never one discovered after another arrived), and each kind of visit
// stays within its budget (scripts/size.mjs), counted as gzip -9 of each fetched file's body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { newPage, closeBrowser } from './harness.mjs';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { budgets } from '../../scripts/size.mjs';

const { stampFor } = await import('../../dist/audit-build/widget/notice/stamp.js');

/**
 * Each part (.mjs) is answered this long after it is asked for: a round trip a phone network
 * could have. A file asked for only after another arrived starts at least this much later.
 */
const ROUND_TRIP_MS = 400;

const NOTICE = {
  revision: '2026-12-01',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.test', policyUrl: '/personvern' },
  summary: 'We use cookies for statistics.',
  categories: { necessary: { title: 'Necessary' }, analytics: { title: 'Statistics' } },
  services: [{ id: 'plausible', category: 'analytics', name: 'Plausible', cookieless: true, retention: '1 year' }],
  proof: { endpoint: '/consent-proofs' },
};

const pageWith = (noticeText) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first visit</title>
<script type="application/json" id="samtykke-config">${noticeText}</script>
<script src="/dist/samtykke.js"></script>
</head><body><h1>First visit</h1></body></html>`;

const pages = {};
let server;
let origin;
before(async () => {
  pages.stamped = pageWith(JSON.stringify({ ...NOTICE, validated: await stampFor(NOTICE) }));
  pages.unstamped = pageWith(JSON.stringify(NOTICE));
  pages.swedish = pageWith(JSON.stringify({ ...NOTICE, language: 'sv' }));
  server = createStaticServer({
    root: new URL('../..', import.meta.url).pathname,
    async handle(req, res, url) {
      if (url.pathname === '/consent-proofs') {
        res.writeHead(201).end('{}');
        return true;
      }
      if (url.pathname === '/first-visit.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[url.searchParams.get('notice')]);
        return true;
      }
      if (url.pathname.endsWith('.mjs')) await new Promise((resolve) => setTimeout(resolve, ROUND_TRIP_MS));
      return false; // the file itself, from the repository
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

/**
 * Opens the page and waits for `ready` (the buttons, or samtykke settled), which resolves with
 * the moment it happened (ms since 1970, the browser's clock); returns each dist/ file asked for
 * before then: its name, when it was asked for and when it had arrived, and its gzip -9 size.
 * (What the page fetches once the buttons are painted, the second layer prefetched when idle,
 * is not what the first layer waits for.)
 */
async function visit(page, notice, ready) {
  const fetched = [];
  const done = [];
  const onFinished = (request) =>
    done.push(
      (async () => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/dist/')) return;
        const timing = request.timing();
        const body = await (await request.response()).body();
        fetched.push({
          file: url.pathname.slice('/dist/'.length),
          start: timing.startTime,
          end: timing.startTime + timing.responseEnd,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      })(),
    );
  page.on('requestfinished', onFinished);
  await page.goto(`${origin}/first-visit.html?notice=${notice}`);
  const readyAt = await ready();
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onFinished);
  await Promise.all(done);
  return fetched.filter((f) => f.start < readyAt).sort((a, b) => a.start - b.start);
}

/**
 * Notes, from the page's first frame on, the frame in which the first layer's "Accept all"
 * button is first on screen (`window.__buttonsAt`, ms since 1970), so nothing the page asks
 * for after that frame counts, however late the test looks.
 */
function noteButtons(label = 'Accept all') {
  const find = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'button' && element.textContent.trim() === label && element.checkVisibility()) return true;
      if (element.shadowRoot && find(element.shadowRoot)) return true;
    }
    return false;
  };
  const look = () => {
    if (find(document)) window.__buttonsAt = performance.timeOrigin + performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Waits for the first layer's buttons (noteButtons); resolves with when they showed. */
const buttons = (page) => async () =>
  (await page.waitForFunction(() => window.__buttonsAt, null, { timeout: 30000 })).jsonValue();

const sum = (files) => files.reduce((total, f) => total + f.gzip, 0);
const names = (files) => files.map((f) => f.file).join(', ');

for (const notice of ['stamped', 'unstamped']) {
  test(`first visit, ${notice} notice: one round trip from samtykke.js to everything the first layer needs`, async () => {
    const { page, context } = await newPage();
    await page.addInitScript(noteButtons);
    const files = await visit(page, notice, buttons(page));
    const parts = files.filter((f) => f.file !== 'samtykke.js');
    // The first layer is the plain-DOM part; Lit (samtykke-ui.mjs) comes after the buttons show.
    assert.ok(
      parts.some((f) => f.file === 'samtykke-first.mjs'),
      names(files),
    );
    assert.ok(!parts.some((f) => f.file === 'samtykke-ui.mjs'), `no Lit before the buttons: ${names(files)}`);
    assert.ok(
      parts.some((f) => f.file === (notice === 'stamped' ? 'samtykke-notice.mjs' : 'samtykke-decide.mjs')),
      names(files),
    );
    if (notice === 'stamped') assert.ok(!parts.some((f) => f.file === 'samtykke-decide.mjs'), `no validator: ${names(files)}`);
    // Only what the first layer needs: no other language's words, no second layer.
    assert.ok(!files.some((f) => /words-|\.json$|preferences|declaration/.test(f.file)), names(files));
    // Every part was asked for before the first of them arrived: none waited for another.
    const firstArrival = Math.min(...parts.map((f) => f.end));
    const late = parts.filter((f) => f.start >= firstArrival);
    const waterfall = files.map(
      (f) => `${f.file} ${Math.round(f.start - files[0].start)}-${Math.round(f.end - files[0].start)} ms`,
    );
    assert.deepEqual(
      late.map((f) => f.file),
      [],
      `asked for only after another part arrived (a second round trip):\n${waterfall.join('\n')}`,
    );
    await context.close();
  });
}

test('first visit, a Swedish page: its strings (samtykke.sv.json) are asked for with the parts, no other language', async () => {
  const { page, context } = await newPage();
  await page.addInitScript(noteButtons, 'Godkänn alla');
  const files = await visit(page, 'swedish', buttons(page));
  const parts = files.filter((f) => f.file !== 'samtykke.js');
  const strings = files.filter((f) => f.file.endsWith('.json'));
  assert.deepEqual(
    strings.map((f) => f.file),
    ['samtykke.sv.json'],
    names(files),
  );
  const firstArrival = Math.min(...parts.filter((f) => f.file.endsWith('.mjs')).map((f) => f.end));
  assert.ok(strings[0].start < firstArrival, `asked for after a part arrived: ${names(files)}`);
  await context.close();
});

test('the bytes each kind of visit fetches (gzip -9 of each file) stay within the budgets of scripts/size.mjs', async () => {
  const measured = {};
  for (const [kind, notice] of [
    ['firstVisitStamped', 'stamped'],
    ['firstVisit', 'unstamped'],
  ]) {
    const { page, context } = await newPage();
    await page.addInitScript(noteButtons);
    const files = await visit(page, notice, buttons(page));
    measured[kind] = { bytes: sum(files), files: names(files) };
    if (kind === 'firstVisitStamped') {
      // The same visitor decides, then comes back: samtykke.js alone.
      await page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await page.waitForFunction(() => window.samtykke.get()?.method === 'accept-all');
      // Its receipt delivered (none left queued): the next page view has nothing to send.
      await page.waitForFunction(() => localStorage.getItem('samtykke:queued') === '0');
      const settled = () =>
        page
          .waitForFunction(() => window.samtykke.get()?.method === 'accept-all' && performance.timeOrigin + performance.now())
          .then((handle) => handle.jsonValue())
          .then((at) => at + 1000); // and what it fetched in the second after
      const again = await visit(page, notice, settled);
      measured.returning = { bytes: sum(again), files: names(again) };
    }
    await context.close();
  }
  const report = Object.entries(measured).map(([kind, m]) => `${kind}: ${m.bytes} B (budget ${budgets[kind]} B): ${m.files}`);
  console.log(report.join('\n'));
  assert.equal(measured.returning.files, 'samtykke.js');
  for (const [kind, m] of Object.entries(measured)) assert.ok(m.bytes <= budgets[kind], `over budget:\n${report.join('\n')}`);
});
