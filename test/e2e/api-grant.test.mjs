// A grant needs the visitor (SPEC §5): a page script's acceptAll() on load, from a timer, a
// scroll handler's set(), or its click() on the widget's own Accept all rejects with
// NotAllowedError and records and runs nothing; the page's
// own consent button, whose click handler calls acceptAll(), grants. Playwright's evaluate and
// locator calls give the page user activation for about five seconds, so while the page's own
// script acts this test keeps its hands off the page and listens to its console from Node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** Waits, in Node, for a console message of the page that starts with `who`; answers it. */
async function outcome(log, who, seconds = 15) {
  const found = () => log.find((m) => m.text.startsWith(`${who} `))?.text;
  for (let i = 0; i < seconds * 10 && !found(); i++) await new Promise((r) => setTimeout(r, 100));
  return found() ?? `${who}: no outcome`;
}

/** Opens the page; `withoutUserActivationApi` deletes navigator.userActivation first (Safari < 16.4, older Firefox). */
async function open({ withoutUserActivationApi = false } = {}) {
  const session = await newPage();
  if (withoutUserActivationApi)
    await session.context.addInitScript(() => delete (/** @type {any} */ (Navigator.prototype).userActivation));
  await session.page.goto(`${server.origin}/test/e2e/pages/api-grant.html`);
  return session;
}

for (const withoutUserActivationApi of [false, true]) {
  const where = withoutUserActivationApi ? ' (a browser without navigator.userActivation)' : '';
  test(`acceptAll() on load and from a timer, a script's click() on Accept all and a scroll handler's set() reject with NotAllowedError and run nothing${where}`, async () => {
    const since = new Date().toISOString();
    const { page, context, requests, console: log } = await open({ withoutUserActivationApi });
    assert.equal(await outcome(log, 'load'), 'load rejected NotAllowedError');
    assert.equal(await outcome(log, 'timer'), 'timer rejected NotAllowedError');
    assert.equal(await outcome(log, 'widget-click'), 'widget-click done');
    // The wheel is the visitor's, but scrolling gives no user activation.
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 800);
    assert.equal(await outcome(log, 'scroll'), 'scroll rejected NotAllowedError');
    await page.waitForTimeout(500);
    // (An earlier test's receipt may arrive again late, sent on its page's way out: not counted.)
    const made = server.receipts.filter((r) => r.receipt.timestamp >= since);
    assert.deepEqual(made, [], 'nothing recorded');
    assert.equal((await context.cookies()).filter((c) => c.name === 'samtykke').length, 0);
    assert.deepEqual(await page.evaluate(() => window.__ran), []);
    assert.deepEqual(requests, []);
    assert.equal(
      await page.getByRole('button', { name: 'Accept all', exact: true }).isVisible(),
      true,
      'the visitor is still asked',
    );
    await context.close();
  });

  test(`the page's own button, whose click handler calls acceptAll(), grants as the visitor's act${where}`, async () => {
    const before = server.receipts.length;
    const { page, context, console: log } = await open({ withoutUserActivationApi });
    await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
    await page.locator('#our-accept').click();
    assert.equal(await outcome(log, 'button'), 'button granted accept-all');
    await page.waitForFunction(() => window.__ran.includes('inline-ga-config') && window.__ran.includes('inline-marketing'));
    for (let i = 0; i < 100 && server.receipts.length === before; i++) await page.waitForTimeout(100);
    const receipt = server.receipts.at(-1).receipt;
    assert.equal(receipt.method, 'accept-all');
    assert.equal(receipt.via, 'api');
    assert.equal(receipt.userActivation, true);
    await context.close();
  });
}
