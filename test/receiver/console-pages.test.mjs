// The controller's console in Chromium, on the file log: signing in by keyboard, the overview's
// numbers against a seeded log with known counts, search by consent id and by subject, paging,
// one person's history with every field, and the CSV download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, makeReceipt, post, tempDir } from './helpers.mjs';
import { launch, seed, signIn, startConsole, tableRows } from './console-helpers.mjs';

let srv;
let browser;
let seeded;
before(async () => {
  await build();
  srv = await startConsole({ dataDir: tempDir() });
  seeded = await seed(srv.url);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

test('the overview shows the seeded rates in its tables and its SVG charts', async () => {
  const { page, context } = await signIn(browser, srv.admin);
  assert.match(await page.textContent('#total'), /Decisions: 10\b/);
  const categories = await tableRows(page, '#categories');
  const analytics = categories.find((row) => row[0] === 'analytics');
  assert.deepEqual(analytics, ['analytics', '10', '6', '60%']);
  assert.deepEqual(
    categories.find((row) => row[0] === 'marketing'),
    ['marketing', '10', '0', '0%'],
  );
  assert.deepEqual(await tableRows(page, '#services'), [['google-analytics', '10', '6', '60%']]);
  // The chart says the same, in its description and in the bar's own title.
  assert.match(await page.textContent('#categories-chart desc'), /analytics: 60%/);
  assert.match(await page.textContent('#services-chart rect.bar title'), /google-analytics: 60%/);
  // By revision: 5 and 5, analytics accepted by all of A and one of B.
  const revisions = await tableRows(page, '#revisions');
  assert.deepEqual(
    revisions.map((row) => row.slice(0, 3)),
    [
      ['2026-01-01', '5', '100%'],
      ['2026-06-01', '5', '20%'],
    ],
  );
  const vias = Object.fromEntries((await tableRows(page, '#vias')).map((row) => [row[0], row[1]]));
  assert.deepEqual(vias, { api: '3', banner: '3', dialog: '4' });
  assert.deepEqual(await tableRows(page, '#api'), [['api', '3', '2', '66.7%']]);
  // Decisions per day: today has all 10.
  const today = await tableRows(page, '#per-day');
  assert.equal(today.length, 30);
  assert.equal(today.at(-1)[1], '10');
  assert.equal(await page.locator('#per-day-chart rect.bar').count(), 30);
  // No personal data on the overview.
  const text = await page.textContent('main');
  assert.ok(!text.includes(seeded.subject) && !text.includes(seeded.person), 'no id or subject on the overview');
  // A period without decisions.
  await page.fill('#from', '2020-01-01');
  await page.fill('#to', '2020-01-31');
  await page.click('form.period button');
  await page.waitForURL(/from=2020-01-01/);
  assert.match(await page.textContent('#total'), /Decisions: 0\b/);
  await context.close();
});

test('search by consent id and by subject, one person’s history with every field, and the CSV download', async () => {
  const { page, context } = await signIn(browser, srv.admin);
  await page.click('nav.pages >> text=Search');
  await page.locator('#consentId').focus();
  await page.keyboard.type(seeded.person);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#results');
  assert.equal((await tableRows(page, '#results')).length, 2);

  await page.goto(`${srv.admin}/controller/search?subject=${seeded.subject}`);
  const rows = await tableRows(page, '#results');
  assert.equal(rows.length, 2);
  assert.ok(rows.every((row) => row[1] === seeded.person && row[5] === seeded.subject));

  await page.click(`#results a >> nth=0`);
  await page.waitForURL(/\/controller\/person\?consentId=/);
  const first = seeded.receipts[0];
  const field = (name) => page.locator(`section.receipt >> nth=0 >> dd[data-field="${name}"]`).textContent();
  assert.equal((await field('receiptId')).trim(), first.receiptId);
  assert.equal((await field('url')).trim(), first.url);
  assert.equal((await field('ip')).trim(), '127.0.0.0');
  assert.equal((await field('via')).trim(), 'api');
  assert.equal((await field('userActivation')).trim(), 'yes');
  assert.equal((await field('subject')).trim(), seeded.subject);
  assert.equal((await field('revision')).trim(), first.revision);
  assert.equal((await field('noticeHash')).trim(), first.noticeHash);
  assert.match(await field('services'), /google-analytics: yes/);
  assert.match(await field('receivedAt'), /\d{4}/);
  assert.equal(await page.locator('section.receipt').count(), 2);

  const href = await page.getAttribute('a[href*="format=csv"]', 'href');
  const csv = await context.request.get(`${srv.admin}${href}`);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()['content-type'], /text\/csv/);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^receivedAt,receiptId,consentId,/);
  assert.ok(lines[1].includes(first.receiptId) && lines[2].includes(seeded.receipts[1].receiptId));
  const json = await context.request.get(`${srv.admin}${href.replace('format=csv', 'format=json')}`);
  assert.deepEqual(
    (await json.json()).receipts.map((r) => r.receiptId),
    [first.receiptId, seeded.receipts[1].receiptId],
  );
  await context.close();
});

test('a search is paged 50 at a time, with next and previous', async () => {
  const subject = 'many-receipts';
  for (let i = 0; i < 55; i += 1) await post(srv.url, makeReceipt({ subject }));
  const { page, context } = await signIn(browser, srv.admin);
  await page.goto(`${srv.admin}/controller/search?subject=${subject}`);
  assert.equal((await tableRows(page, '#results')).length, 50);
  assert.match(await page.textContent('#results-heading'), /1–50/);
  assert.equal(await page.locator('a[rel=prev]').count(), 0);
  await page.click('a[rel=next]');
  await page.waitForURL(/page=1/);
  assert.equal((await tableRows(page, '#results')).length, 5);
  assert.match(await page.textContent('#results-heading'), /51–55/);
  assert.equal(await page.locator('a[rel=next]').count(), 0);
  await page.click('a[rel=prev]');
  await page.waitForURL(/page=0/);
  assert.equal((await tableRows(page, '#results')).length, 50);
  await context.close();
});
