// The frame policy ("autoBlock": { "frames": [...] }): tracker iframes written in the HTML
// (YouTube, youtube-nocookie, Vimeo, Google Maps, as Hugo and Google write them) send no request
// at all before consent or after Reject all, in both load modes; the page's own frames and the
// hosts the notice lists keep loading; Accept all reloads the page once and every embed loads.
// scripts/measure-frames.mjs runs the same pages over hundreds of loads; this is its short form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startFramesServer, vendorContext, afterAccept } from '../../scripts/measure-frames.mjs';
import { launch, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startFramesServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** The frames whose document loaded, by host (stand-ins say so; our own page says "Empty"). */
async function loadedFrames(page) {
  const hosts = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const html = await f.content().catch(() => '');
    if (html.includes('stand-in') || html.includes('<h1>Empty</h1>')) hosts.push(new URL(f.url()).host);
  }
  return hosts.sort();
}

for (const mode of ['head', 'guard']) {
  const how = mode === 'head' ? 'samtykke.js first in <head>' : 'guard first, samtykke.js deferred';

  test(`${how}: no request to a tracker frame's host before consent or after Reject all; other frames load`, async () => {
    const browser = await launch();
    for (let i = 0; i < 5; i++) {
      const { context, vendor } = await vendorContext(browser);
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__refused = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(e.blockedURI));
      });
      await page.goto(`${server.origin}/frames/${mode}-on.html`);
      await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
      await page.waitForTimeout(200);
      assert.deepEqual(vendor, [], 'before consent');
      // The frame policy's own frames: our origin and the host the notice lists.
      const host = new URL(server.origin).host;
      assert.deepEqual(await loadedFrames(page), ['booking.example-cdn.test', host].sort());
      // The browser refused them itself (the map is lazy: below the fold it is never asked for).
      const refused = await page.evaluate(() => window.__refused.map((u) => new URL(u).host).sort());
      assert.deepEqual([...new Set(refused)], ['player.vimeo.com', 'www.youtube-nocookie.com', 'www.youtube.com']);
      await page.getByRole('button', { name: 'Reject all', exact: true }).click();
      await page.waitForFunction(() => window.samtykke.get()?.method === 'reject-all');
      await page.reload();
      await page.waitForTimeout(300);
      assert.deepEqual(vendor, [], 'after Reject all and a reload');
      await context.close();
    }
  });

  test(`${how}: Accept all reloads the page once, then every embed loads`, async () => {
    const { reloads, hosts } = await afterAccept(await launch(), `${server.origin}/frames/${mode}-on.html`);
    assert.equal(reloads, 1);
    assert.deepEqual(hosts, [
      'booking.example-cdn.test',
      'player.vimeo.com',
      'www.google.com',
      'www.youtube-nocookie.com',
      'www.youtube.com',
    ]);
  });
}

test('frame policy: "Allow and show" on one video grants it, reloads once, and only that service loads', async () => {
  const { context, vendor } = await vendorContext(await launch());
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(`${server.origin}/frames/head-on.html`);
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  const reloaded = page.waitForEvent('load');
  await page
    .getByRole('button', { name: /Allow and show/ })
    .first()
    .click();
  await reloaded;
  const deadline = Date.now() + 10000;
  while (!vendor.length && Date.now() < deadline) await page.waitForTimeout(100);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  assert.equal(loads, 2, 'one reload');
  const granted = await page.evaluate(() => window.samtykke.get().services);
  const services = Object.keys(granted).filter((s) => granted[s]);
  assert.equal(services.length, 1);
  // Requests went to the granted service's hosts only.
  const hostsOf = { youtube: /youtube(-nocookie)?\.com$/, vimeo: /vimeo\.com$/, 'google-maps': /google\.com$/ };
  assert.ok(vendor.length > 0);
  for (const url of vendor) assert.match(new URL(url).hostname, hostsOf[services[0]]);
  await context.close();
});

test('without the frame policy (the default), no Content-Security-Policy is added', async () => {
  const { context } = await vendorContext(await launch());
  const page = await context.newPage();
  await page.goto(`${server.origin}/frames/head-off.html`);
  await page.getByRole('button', { name: 'Reject all', exact: true }).waitFor();
  assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 0);
  await context.close();
});
