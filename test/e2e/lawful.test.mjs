// Lawful by construction (SPEC §3, §4, §5, §7): no page script, stylesheet or careless notice
// can make samtykke grant without a recorded decision, pass a script's "consent" off as a click,
// hide Reject all, or grant what the notice does not describe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const open = async (file) => {
  const session = await newPage();
  await session.page.goto(`${server.origin}/test/e2e/pages/${file}.html`);
  return session;
};

test('get() is a frozen snapshot: changing it grants nothing, and a later gate stays closed', async () => {
  const { page, context } = await open('basic');
  await click(page, 'Reject all');
  const result = await page.evaluate(() => {
    const snapshot = window.samtykke.get();
    let threw = false;
    try {
      ('use strict');
      snapshot.categories.analytics = true;
    } catch {
      threw = true;
    }
    return {
      frozen: Object.isFrozen(snapshot) && Object.isFrozen(snapshot.categories),
      granted: window.samtykke.granted('analytics'),
      threw,
    };
  });
  assert.equal(result.frozen, true);
  assert.equal(result.granted, false);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-consent', 'analytics');
    s.text = "window.__ran.push('late')";
    document.head.append(s);
  });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  await context.close();
});

test('set() with an id the notice does not have rejects with a TypeError naming it, and records nothing', async () => {
  const { page, context, receipts } = await open('basic').then(async (s) => ({ ...s, receipts: server.receipts }));
  const before = receipts.length;
  const outcome = await page.evaluate(() =>
    window.samtykke.set({ nonexistent: true }).then(
      () => 'resolved',
      (e) => `${e.name}: ${e.message}`,
    ),
  );
  assert.match(outcome, /^TypeError: .*"nonexistent"/);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.samtykke.get()), null);
  assert.equal(receipts.length, before);
  assert.equal((await context.cookies()).filter((c) => c.name === 'samtykke').length, 0);
  await context.close();
});

/**
 * Waits, in Node (touching the page would count as a user gesture), for the next receipt whose
 * decision was made after this test began: an earlier test's receipt re-sent late is skipped.
 */
async function nextReceipt(count, seconds = 20) {
  const since = new Date(Date.now() - 1000).toISOString();
  const fresh = () => server.receipts.slice(count).filter((r) => r.receipt?.timestamp >= since);
  for (let i = 0; i < seconds * 10 && fresh().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  return fresh().at(-1)?.receipt;
}

test('a click on Accept all is recorded as the banner, with user activation', async () => {
  const { page, context } = await open('basic');
  const before = server.receipts.length;
  await click(page, 'Accept all');
  const receipt = await nextReceipt(before);
  assert.equal(receipt.method, 'accept-all');
  assert.equal(receipt.via, 'banner');
  assert.equal(receipt.userActivation, true);
  assert.equal(receipt.subject, null);
  await context.close();
});

test("a page script's decision from a timer is recorded as the API without user activation, with identify()'s subject", async () => {
  const before = server.receipts.length;
  const { context } = await open('api-timer');
  // The page's own script decides 6 s after load; nothing here touches the page meanwhile.
  const receipt = await nextReceipt(before);
  assert.equal(receipt.method, 'reject-all');
  assert.equal(receipt.via, 'api');
  assert.equal(receipt.userActivation, false);
  assert.equal(receipt.subject, 'customer-hash-42');
  await context.close();
});

test("a page script's click() on the widget's own button is not a visitor's click", async () => {
  const { page, context } = await open('basic');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  const before = server.receipts.length;
  await page.evaluate(() => {
    const root = document.querySelector('samtykke-widget').shadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Accept all').click();
  });
  for (let i = 0; i < 50 && server.receipts.length === before; i++) await page.waitForTimeout(100);
  const receipt = server.receipts.at(-1).receipt;
  assert.equal(receipt.via, 'api');
  await context.close();
});

test('page CSS cannot hide Reject all or the re-open control; Accept all leaves an undeclared tracker blocked, named in one warning', async () => {
  const { page, context, requests, console: log } = await open('lawful');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  const reject = page.getByRole('button', { name: 'Reject all', exact: true });
  assert.equal(await reject.isVisible(), true);
  await click(page, 'Accept all');
  await page.waitForFunction(() => window.__ran.includes('inline-ga-config'));
  await page.waitForTimeout(500);
  // Meta Pixel is not in the notice: the visitor was never told about it.
  assert.ok(!requests.some((u) => u.includes('facebook')), requests.join());
  assert.equal(
    await page.evaluate(() => window.samtykke.granted('marketing', 'meta-pixel')),
    true,
    'granted() answers for the category…',
  );
  assert.equal(
    await page.evaluate(() => document.querySelector('script[data-service="meta-pixel"]')?.getAttribute('type')),
    'text/plain',
    '…but the undeclared tracker stays inert',
  );
  const warnings = log.filter((m) => m.type === 'warning' && m.text.includes('meta-pixel'));
  assert.equal(warnings.length, 1, JSON.stringify(log));
  assert.equal(await page.getByRole('button', { name: 'Privacy choices' }).isVisible(), true);
  await context.close();
});

test('a page script that "consents" on scroll is refused with NotAllowedError: nothing recorded, nothing runs', async () => {
  const since = new Date().toISOString();
  const { page, context, requests, console: log } = await open('lawful');
  // Let any activation from loading the page lapse (it lasts about 5 s), touching nothing.
  await new Promise((r) => setTimeout(r, 6000));
  await page.mouse.wheel(0, 800);
  for (let i = 0; i < 100 && !log.some((m) => m.text.startsWith('scroll ')); i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(
    log.filter((m) => m.text.startsWith('scroll ')).map((m) => m.text),
    ['scroll rejected NotAllowedError'],
  );
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(
    server.receipts.filter((r) => r.receipt.timestamp >= since),
    [],
  );
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.deepEqual(requests, []);
  await context.close();
});

for (const [file, field] of [
  ['tracker-necessary', 'services[0].category'],
  ['li-analytics', 'services[0].legalBasis'],
]) {
  test(`${file}: the notice is refused (one console error naming ${field}); nothing runs, even after acceptAll()`, async () => {
    const { page, context, requests, console: log } = await open(file);
    for (let i = 0; i < 100 && !log.some((m) => m.type === 'error'); i++) await page.waitForTimeout(100);
    const errors = log.filter((m) => m.type === 'error' && m.text.includes('samtykke'));
    assert.equal(errors.length, 1, JSON.stringify(log));
    assert.ok(errors[0].text.includes(field), errors[0].text);
    assert.equal(
      await page.evaluate(() =>
        window.samtykke.acceptAll().then(
          () => 'resolved',
          () => 'rejected',
        ),
      ),
      'rejected',
    );
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__ran), []);
    assert.deepEqual(requests, []);
    assert.equal(await page.evaluate(() => window.samtykke.granted('necessary', 'google-analytics')), false);
    await context.close();
  });
}
