// Issue 24 point 2, against dist/: a first visit's buttons come from the plain-DOM part
// (samtykke-first.mjs) without Lit; Lit follows when the page is idle, and takes the same
// <samtykke-widget> over on Choose: one first layer at a time, focus into the dialog and back to
// Choose, and a decision from either face records the visitor's own act (`via: "banner"`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** Every request the page makes to /dist/, by file name, in order. */
function distRequests(page) {
  const files = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.push(path.slice('/dist/'.length));
  });
  return files;
}

/** What the widget's shadow root holds: first layers, views' containers, dialog state, the focused element's class. */
const widgetState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('samtykke-widget').shadowRoot;
    return {
      banners: root.querySelectorAll('.banner').length,
      interfaces: root.querySelectorAll('.interface').length,
      dialogOpen: !!root.querySelector('dialog[open]'),
      focused: root.activeElement?.className ?? null,
    };
  });

test('the buttons show before Lit is fetched; Choose hands the element to Lit, focus goes in and comes back', async () => {
  const { page, context } = await newPage();
  const files = distRequests(page);
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  // (That Lit comes only after the buttons is measured to the frame in first-visit.test.mjs.)
  assert.ok(files.includes('samtykke-first.mjs'), files.join());
  // Lit and the second layer arrive while the visitor reads; defining the element upgrades it,
  // but it renders nothing until the fast path hands it the host: one first layer on screen.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith('/samtykke-preferences.mjs')),
  );
  const reading = await widgetState(page);
  assert.equal(reading.banners, 1);
  assert.equal(reading.dialogOpen, false);

  await page.getByRole('button', { name: 'Choose', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  const open = await widgetState(page);
  assert.equal(open.banners, 1, 'one first layer: the plain one gave way to Lit');
  assert.equal(open.interfaces, 1, 'the plain first layer is gone from the shadow root');
  assert.equal(open.dialogOpen, true);
  assert.notEqual(open.focused, 'button choose', 'focus moved into the dialog');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('samtykke-widget').shadowRoot.querySelector('dialog[open]'));
  const closed = await widgetState(page);
  assert.equal(closed.focused, 'button choose', 'focus back on Choose');
  assert.equal(closed.banners, 1, 'closing is no decision: the first layer stays');
  assert.equal(await page.evaluate(() => window.samtykke.get()), null);
  await context.close();
});

test('Reject all on the plain first layer is the visitor own act: via banner, the banner goes, focus to re-open', async () => {
  const { page, context } = await newPage();
  await page.goto(server.origin + '/test/e2e/pages/basic.html');
  const reject = page.getByRole('button', { name: 'Reject all', exact: true });
  await reject.waitFor();
  const before = server.receipts.length;
  await reject.focus();
  await page.keyboard.press('Enter');
  // Waited for in Node: touching the page would count as a user gesture.
  for (let i = 0; i < 200 && server.receipts.length === before; i++) await new Promise((r) => setTimeout(r, 100));
  const receipt = server.receipts.at(-1)?.receipt;
  assert.equal(receipt?.method, 'reject-all');
  assert.equal(receipt.via, 'banner');
  assert.equal(receipt.userActivation, true);
  const state = await widgetState(page);
  assert.equal(state.banners, 0);
  assert.equal(state.focused?.split(' ')[0], 'reopen');
  await context.close();
});
