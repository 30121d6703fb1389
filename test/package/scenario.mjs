// The React 19 test app (test/package/app) in Chromium, once built: what a visitor and the app's
// own re-renders do to it. Shared by the React test (the app built against this repository's
// dist/) and the packed-package test (the app built from the installed tarball).
import assert from 'node:assert/strict';
import { createStaticServer, listen } from '../../scripts/static.mjs';
import { testBrowser } from '../../scripts/test/browser.mjs';

/** Waits until `fn` (run in the page) returns something truthy, or fails naming what it waited for. */
async function until(page, what, fn, arg) {
  await page.waitForFunction(fn, arg, { timeout: 15000 }).catch((e) => {
    throw new Error(`timed out waiting until ${what}: ${e.message.split('\n')[0]}`);
  });
}

const ran = (page) => page.evaluate(() => [...window.__ran]);
const count = (list, name) => list.filter((x) => x === name).length;

/**
 * Serves the built app in `dir` and checks: the banner asks; the hooks say "no decision"; the
 * blocked video has one placeholder that goes with its iframe and comes back once on remount;
 * after "Accept all" the gated scripts run once, the gate renders its children and the hooks
 * update; each unmount/remount runs each script exactly once more; and nothing is logged as an
 * error (React throws NotFoundError when a node it created has been swapped out).
 */
export async function checkApp(dir) {
  const server = createStaticServer({ root: dir });
  const origin = await listen(server);
  const browser = await testBrowser();
  try {
    const context = await browser.newContext();
    await context.route(/youtube/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>video</p>' }));
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(origin + '/');

    // Before any decision.
    await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ timeout: 15000 });
    assert.equal(await page.textContent('#method'), 'none');
    assert.equal(await page.textContent('#video'), 'refused');
    assert.ok(await page.isVisible('#fallback'));
    assert.equal(await page.locator('#gated').count(), 0);
    await until(page, 'the video has its placeholder', () => document.querySelectorAll('samtykke-placeholder').length === 1);

    // The app unmounts and remounts its embeds: the placeholder goes with its iframe, then one again.
    await page.click('#toggle');
    await until(
      page,
      'the placeholder has gone with its iframe',
      () => !document.querySelector('#embeds') && !document.querySelector('samtykke-placeholder'),
    );
    await page.click('#toggle');
    await until(
      page,
      'the remounted video has one placeholder',
      () => document.querySelectorAll('samtykke-placeholder').length === 1,
    );
    await page.waitForTimeout(200);
    assert.equal(await page.locator('samtykke-placeholder').count(), 1, 'no second placeholder');
    assert.deepEqual(await ran(page), [], 'nothing gated ran before consent');

    // The visitor accepts.
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await until(page, 'the gated scripts have run', () => window.__ran.includes('inline') && window.__ran.includes('stats'));
    await until(page, 'the hooks re-rendered', () => document.querySelector('#method')?.textContent === 'accept-all');
    assert.equal(await page.textContent('#video'), 'granted');
    assert.ok(await page.isVisible('#gated'));
    assert.equal(await page.locator('#fallback').count(), 0);
    await until(
      page,
      'the placeholder has gone and the video loads',
      () =>
        !document.querySelector('samtykke-placeholder') &&
        document.querySelector('iframe')?.getAttribute('src')?.includes('youtube'),
    );

    // Unmount and remount three times: each mount runs each script exactly once.
    for (let mount = 2; mount <= 4; mount++) {
      await page.click('#toggle');
      await until(page, 'the embeds are unmounted', () => !document.querySelector('#embeds'));
      await page.click('#toggle');
      await until(
        page,
        `mount ${mount} has run its scripts`,
        (n) => window.__ran.filter((x) => x === 'stats').length === n && window.__ran.filter((x) => x === 'inline').length === n,
        mount,
      );
    }
    await page.waitForTimeout(300);
    const after = await ran(page);
    assert.equal(count(after, 'inline'), 4, 'the inline script ran once per mount');
    assert.equal(count(after, 'stats'), 4, 'the external script ran once per mount');
    assert.equal(await page.locator('script[src="/stats.js"]').count(), 1, "only the current mount's live script is in the page");
    assert.deepEqual(problems, [], 'no console error, no uncaught exception');
  } finally {
    await browser.close();
    server.close();
  }
}
