// SPEC §2 auto-blocking and §6 Consent Mode on a page carrying the vendors' own snippets,
// unmodified: Google Tag Manager, gtag.js, Meta Pixel, Hotjar and a YouTube iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startServer, newPage, closeBrowser, click } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

const GTM = 'https://www.googletagmanager.com/gtm.js?id=GTM-TEST123';
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST123';
const FB = 'https://connect.facebook.net/en_US/fbevents.js';
const HJ = 'https://static.hotjar.com/c/hotjar-1234567.js?sv=6';
const YT = 'https://www.youtube.com/embed/dQw4w9WgXcQ';

const loaders = [['samtykke.js alone, first in <head>', 'vendors']];
if (existsSync(new URL('../../dist/samtykke-guard.js', import.meta.url))) {
  loaders.push(['guard first, samtykke.js deferred', 'vendors-guard']);
}

/** Did a YouTube document load into a frame (its code would run there)? */
async function embedLoaded(page) {
  for (const f of page.frames()) {
    if (f.url().includes('youtube') && (await f.content().catch(() => '')).includes('embed')) return true;
  }
  return false;
}

async function trackerCookies(context) {
  return (await context.cookies()).filter((c) => c.name.startsWith('__tracker_')).map((c) => c.name);
}

/**
 * Opens a test page and checks the state before any decision: no tracker code ran, none of
 * their cookies is set, and nothing was requested but `writtenInHtml` (what SPEC §2 and the docs
 * allow: the browser itself may start fetching a <script src> or an <iframe src> written in the
 * HTML before any script runs; neither ever executes). Nothing injected by script is requested.
 */
async function openBeforeConsent(file, writtenInHtml) {
  const { page, context, requests } = await newPage();
  await page.goto(`${server.origin}/test/e2e/pages/${file}.html`);
  await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__ran ?? []), []);
  assert.deepEqual(await trackerCookies(context), []);
  assert.deepEqual(
    requests.filter((u) => !writtenInHtml.includes(u)),
    [],
  );
  return { page, context, requests };
}

for (const [how, file] of loaders) {
  test(`${how}: before consent no tracker runs, sets a cookie, or is requested by script`, async () => {
    const { page, context } = await openBeforeConsent(file, [GTAG, YT]);
    assert.equal(await page.locator('iframe[title="YouTube video player"]').getAttribute('src'), null);
    assert.equal(await embedLoaded(page), false, 'no YouTube document was ever loaded');
    // The notice declares each of them, so the visitor is told about each (an undeclared one
    // stays blocked whatever the visitor chooses: lawful.test.mjs).
    await page.evaluate(() => window.samtykke.show());
    await page.getByRole('dialog').getByText('Meta Pixel').first().waitFor({ state: 'attached' });
    await context.close();
  });

  test(`${how}: after Accept all every tracker runs once, the embed loads`, async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.origin}/test/e2e/pages/${file}.html`);
    await click(page, 'Accept all');
    await page.waitForFunction(() => (window.__ran ?? []).length >= 4);
    await page.waitForTimeout(300);
    assert.deepEqual((await page.evaluate(() => window.__ran)).sort(), [FB, GTAG, GTM, HJ].sort());
    assert.equal(await page.locator('iframe[title="YouTube video player"]').getAttribute('src'), YT);
    // gtm and gtag share a host.
    assert.deepEqual((await trackerCookies(context)).sort(), [
      '__tracker_connect_facebook_net',
      '__tracker_static_hotjar_com',
      '__tracker_www_googletagmanager_com',
    ]);
    await page.waitForFunction(() => true);
    assert.ok(await embedLoaded(page));
    await context.close();
  });

  test(`${how}: after set({ analytics: true }) only the analytics trackers run`, async () => {
    const { page, context, requests } = await newPage();
    await page.goto(`${server.origin}/test/e2e/pages/${file}.html`);
    await page.evaluate(() => window.samtykke.set({ analytics: true }));
    await page.waitForFunction(() => (window.__ran ?? []).length >= 3);
    await page.waitForTimeout(300);
    assert.deepEqual((await page.evaluate(() => window.__ran)).sort(), [GTAG, GTM, HJ].sort());
    assert.ok(!requests.includes(FB));
    assert.equal(await page.locator('iframe[title="YouTube video player"]').getAttribute('src'), null);
    await context.close();
  });

  test(`${how}: Consent Mode default comes first, before every Google tag; update follows each decision`, async () => {
    const { page, context } = await newPage();
    await page.goto(`${server.origin}/test/e2e/pages/${file}.html`);
    await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
    const dl = () => page.evaluate(() => window.dataLayer.map((e) => (e && typeof e.length === 'number' ? Array.from(e) : e)));
    let entries = await dl();
    assert.equal(entries[0][0], 'consent');
    assert.equal(entries[0][1], 'default');
    assert.deepEqual(entries[0][2], {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    });
    assert.equal(entries.filter((e) => e[0] === 'consent' && e[1] === 'default').length, 1, 'one default');
    await page.evaluate(() => window.samtykke.set({ analytics: true, marketing: true }));
    entries = await dl();
    const updates = entries.filter((e) => e[0] === 'consent' && e[1] === 'update');
    assert.deepEqual(updates.at(-1)[2], {
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'denied', // needs profiling too
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    await page.evaluate(() => window.samtykke.acceptAll());
    entries = await dl();
    assert.equal(entries.filter((e) => e[0] === 'consent' && e[1] === 'update').at(-1)[2].ad_personalization, 'granted');
    // A returning visitor: the update follows the default at once.
    await page.reload();
    entries = await dl();
    assert.equal(entries[0][1], 'default');
    assert.equal(entries[1][1], 'update');
    assert.equal(entries[1][2].analytics_storage, 'granted');
    await context.close();
  });
}

// The rest of SPEC §2's list, also from the vendors' own snippets: Microsoft Clarity, LinkedIn
// Insight, TikTok Pixel (each injected by its snippet) and a Vimeo iframe written in the HTML.
const CLARITY = 'https://www.clarity.ms/tag/abcdefghij';
const LINKEDIN = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';
const TIKTOK = 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CTESTTESTTESTTESTTEST&lib=ttq';
const VIMEO = 'https://player.vimeo.com/video/76979871?h=8272103f6e';
for (const [how, file] of loaders.map(([how, file]) => [how, file.replace('vendors', 'vendors-more')])) {
  test(`${how}: Clarity, LinkedIn Insight, TikTok Pixel and Vimeo are held back, listed, and released by category`, async () => {
    const { page, context, requests } = await openBeforeConsent(file, [VIMEO]);
    assert.equal(await page.locator('iframe[title="Vimeo video player"]').getAttribute('src'), null);
    // Listed for the visitor by the names the notice declares for them.
    await page.evaluate(() => window.samtykke.show());
    for (const name of ['Microsoft Clarity', 'LinkedIn Insight', 'TikTok Pixel', 'Vimeo']) {
      await page.getByRole('dialog').getByText(name, { exact: true }).first().waitFor({ state: 'attached' });
    }
    // Analytics alone: Clarity runs; the marketing ones stay held back.
    await page.evaluate(() => window.samtykke.set({ analytics: true }));
    await page.waitForFunction(() => (window.__ran ?? []).length >= 1);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__ran), [CLARITY]);
    assert.ok(!requests.includes(LINKEDIN) && !requests.some((u) => u.startsWith('https://analytics.tiktok.com/')));
    assert.equal(await page.locator('iframe[title="Vimeo video player"]').getAttribute('src'), null);
    // Then marketing too: every one of them runs once, and the embed gets its src.
    await page.evaluate(() => window.samtykke.acceptAll());
    await page.waitForFunction(() => (window.__ran ?? []).length >= 3);
    await page.waitForTimeout(300);
    assert.deepEqual((await page.evaluate(() => window.__ran)).sort(), [CLARITY, LINKEDIN, TIKTOK].sort());
    assert.equal(await page.locator('iframe[title="Vimeo video player"]').getAttribute('src'), VIMEO);
    assert.deepEqual((await trackerCookies(context)).sort(), [
      '__tracker_analytics_tiktok_com',
      '__tracker_snap_licdn_com',
      '__tracker_www_clarity_ms',
    ]);
    await context.close();
  });
}

test('Global Privacy Control: no banner, a gpc receipt, marketing and profiling refused, nothing tracked', async () => {
  const { page, context, requests } = await newPage({ gpc: true });
  await page.goto(`${server.origin}/test/e2e/pages/vendors.html`);
  await page.waitForFunction(() => window.samtykke && window.samtykke.get());
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole('button', { name: 'Accept all', exact: true }).count(), 0);
  const c = await page.evaluate(() => window.samtykke.get());
  assert.equal(c.method, 'gpc');
  assert.equal(c.categories.marketing, false);
  assert.equal(c.categories.profiling, false);
  assert.equal(c.categories.analytics, false);
  assert.deepEqual(await page.evaluate(() => window.__ran ?? []), []);
  assert.deepEqual(
    requests.filter((u) => u !== GTAG && u !== YT),
    [],
  );
  assert.deepEqual(await trackerCookies(context), []);
  await page.waitForFunction(() => window.samtykke.history().then((h) => h.length > 0));
  const [receipt] = await page.evaluate(() => window.samtykke.history());
  assert.equal(receipt.method, 'gpc');
  assert.equal(receipt.gpc, true);
  assert.ok(server.receipts.some((r) => r.receipt.receiptId === receipt.receiptId));
  // The visitor may still opt in through the re-open control.
  await page
    .getByRole('button', { name: /privacy/i })
    .first()
    .click();
  await page
    .getByRole('dialog')
    .getByText(/Global Privacy Control/)
    .first()
    .waitFor();
  await context.close();
});

test('a decision in one tab applies in the other at once: gates run, the banner goes', async () => {
  const { page, context } = await newPage();
  await page.goto(`${server.origin}/test/e2e/pages/vendors.html`);
  const other = await context.newPage();
  await other.goto(`${server.origin}/test/e2e/pages/vendors.html`);
  await other.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
  await click(page, 'Accept all');
  await other.waitForFunction(() => (window.__ran ?? []).length >= 4, null, { timeout: 1500 });
  await other.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ state: 'detached', timeout: 1000 });
  assert.equal((await other.evaluate(() => window.samtykke.get())).method, 'accept-all');
  await context.close();
});

test('guard: a returning visitor’s gates open while the page is still parsing; a broken notice opens nothing', async () => {
  const { page, context, console: log } = await newPage();
  await page.goto(`${server.origin}/test/e2e/pages/guard-ok.html`);
  await page.evaluate(() => window.samtykke.acceptAll());
  await page.reload();
  await page.waitForFunction(() => window.__ran.includes('inline'));
  // The next parser-run script already saw it: the guard opened it, not the deferred bundle.
  assert.deepEqual(await page.evaluate(() => window.__whileParsing), ['inline']);
  // The same stored decision, now with a notice that has no controller name.
  await page.goto(`${server.origin}/test/e2e/pages/guard-broken.html`);
  await page.waitForFunction(() => window.samtykke);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  assert.ok(log.some((m) => m.type === 'error' && /controller\.name/.test(m.text)));
  await context.close();
});
