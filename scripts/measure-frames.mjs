#!/usr/bin/env node
/**
 * How often a tracker iframe written in the HTML reaches its provider before consent: YouTube,
 * youtube-nocookie, Vimeo and the Google Maps embed, as Hugo's shortcodes and Google's "Embed a
 * map" write them, over many fresh page loads in real Chromium.
 *
 * For each load mode (samtykke.js first in <head>; samtykke-guard.js first with samtykke.js
 * deferred) and each setting of the frame policy (off: the default; on: "autoBlock": { "frames":
 * [...] }), it counts the loads in which any request reached a vendor host:
 *
 * - before consent: a fresh browser context loads the page;
 * - after Reject all: a fresh context loads the page, clicks "Reject all", and reloads; only
 *   the reloaded page's requests count;
 *
 * and, with the policy on, checks that after "Accept all" the page reloads once and every embed's
 * document loads. The vendor hosts are answered by request interception with a local stand-in
 * page (nothing leaves the machine): a request counts when it reaches the browser's network
 * layer, whether or not the frame is detached afterwards.
 *
 * `node scripts/measure-frames.mjs [--loads N] [--json]`: N fresh loads per load mode, policy and
 * phase (default 50, at most 500). Needs a built dist/ (`npm run build`). Progress on a terminal;
 * quiet in CI (CI=true) or when piped. Loopback only, bounded, and stops by itself.
 */
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createStaticServer, listen } from './static.mjs';
import { requireChrome, chromeArgs } from './chrome.mjs';

/** The embeds, as the site generators and the vendors write them. */
export const EMBEDS = {
  youtube: 'https://www.youtube.com/embed/0RKpf3rK57I?autoplay=0&controls=1&end=0&loop=0&mute=0&start=0',
  'youtube-nocookie': 'https://www.youtube-nocookie.com/embed/0RKpf3rK57I?autoplay=0&controls=1&end=0&loop=0&mute=0&start=0',
  vimeo: 'https://player.vimeo.com/video/55073825?dnt=0',
  'google-maps':
    'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1999.0!2d10.75!3d59.91!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sOslo!5e0!3m2!1sno!2sno!4v1700000000000!5m2!1sno!2sno',
};
/** A frame the page has that is no tracker: the frame policy must keep allowing it. */
export const OTHER_FRAME = 'https://booking.example-cdn.test/widget?shop=1';
export const VENDOR_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|vimeo\.com|google\.com)$/;

const NOTICE = (policy) =>
  JSON.stringify({
    revision: '2026-12-01',
    language: 'en',
    controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
    categories: { necessary: { title: 'Necessary' }, functional: { title: 'Functional' }, marketing: { title: 'Marketing' } },
    services: [
      {
        id: 'youtube',
        category: 'marketing',
        name: 'YouTube',
        provider: 'Google Ireland Ltd.',
        cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }],
      },
      {
        id: 'vimeo',
        category: 'marketing',
        name: 'Vimeo',
        provider: 'Vimeo.com, Inc.',
        cookies: [{ name: 'vuid', duration: '2 years' }],
      },
      {
        id: 'google-maps',
        category: 'functional',
        name: 'Google Maps',
        provider: 'Google Ireland Ltd.',
        cookies: [{ name: 'NID', duration: '6 months' }],
      },
    ],
    ...(policy && { autoBlock: { frames: ['booking.example-cdn.test'] } }),
  });

const hugo = (src, title, extra = '') =>
  `<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">
  <iframe ${extra}src="${src.replace(/&/g, '&amp;')}" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" title="${title}"></iframe>
</div>`;
const YT_ATTRS =
  'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" referrerpolicy="strict-origin-when-cross-origin" ';

/** A blog post with the four embeds; `guard`: the guard first, samtykke.js deferred. */
export function framesPage({ guard = false, policy = false } = {}) {
  const widget = guard
    ? '<script src="/dist/samtykke-guard.js"></script>\n<script src="/dist/samtykke.js" defer></script>'
    : '<script src="/dist/samtykke.js"></script>';
  const text = '<p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8) + '</p>\n';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A post with embeds (${guard ? 'guard' : 'samtykke.js'}, frame policy ${policy ? 'on' : 'off'})</title>
<script type="application/json" id="samtykke-config">${NOTICE(policy)}</script>
${widget}
</head>
<body>
<h1>A post with embeds</h1>
${text}${hugo(EMBEDS.youtube, 'YouTube video', YT_ATTRS)}
${text}${hugo(EMBEDS['youtube-nocookie'], 'YouTube video', YT_ATTRS)}
${text}${hugo(EMBEDS.vimeo, 'vimeo video', 'webkitallowfullscreen mozallowfullscreen allowfullscreen ')}
${text}<iframe src="${EMBEDS['google-maps']}" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>
${text}<iframe src="/test/e2e/pages/empty.html" title="our own frame" width="300" height="100"></iframe>
<iframe src="${OTHER_FRAME}" title="booking" width="300" height="100"></iframe>
${text}
</body>
</html>
`;
}

/** Serves the repository and /frames/<guard|head>-<on|off>.html. */
export async function startFramesServer() {
  const server = createStaticServer({
    root: resolve(new URL('..', import.meta.url).pathname),
    handle(req, res, url) {
      const m = url.pathname.match(/^\/frames\/(guard|head)-(on|off)\.html$/);
      if (url.pathname === '/consent-proofs') {
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
        return true;
      }
      if (!m) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(framesPage({ guard: m[1] === 'guard', policy: m[2] === 'on' }));
      return true;
    },
  });
  const origin = await listen(server);
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A fresh context whose third-party requests are answered locally: `vendor` lists every request
 * that reached a vendor host. Stand-in documents say so, so a test can see a frame load.
 */
export async function vendorContext(browser) {
  const context = await browser.newContext();
  const vendor = [];
  await context.route(
    (url) => url.protocol === 'https:',
    (route) => {
      const url = route.request().url();
      if (VENDOR_HOSTS.test(new URL(url).hostname)) vendor.push(url);
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><title>stand-in</title><p>stand-in for ${new URL(url).host}</p>`,
      });
    },
  );
  return { context, vendor };
}

const settle = (page) => page.waitForTimeout(150);

/** One fresh load before consent: did any request reach a vendor host? */
async function beforeConsent(browser, url) {
  const { context, vendor } = await vendorContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  await context.close();
  return vendor.length > 0;
}

/** Load, Reject all, reload: did the reloaded page send anything to a vendor host? */
async function afterReject(browser, url) {
  const { context, vendor } = await vendorContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await page.waitForFunction(() => window.samtykke.get()?.method === 'reject-all');
  vendor.length = 0;
  await page.reload({ waitUntil: 'load' });
  await settle(page);
  await context.close();
  return vendor.length > 0;
}

/** Load, Accept all: the page reloads once and every embed's document loads. */
export async function afterAccept(browser, url) {
  const { context } = await vendorContext(browser);
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  const loaded = async () => {
    const hosts = [];
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      if ((await f.content().catch(() => '')).includes('stand-in')) hosts.push(new URL(f.url()).hostname);
    }
    return hosts;
  };
  const deadline = Date.now() + 30000;
  let hosts = [];
  while (Date.now() < deadline) {
    // The map is lazy: it loads when scrolled to.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight)).catch(() => undefined);
    hosts = await loaded();
    if (
      ['booking.example-cdn.test', 'www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'www.google.com'].every(
        (h) => hosts.includes(h),
      )
    )
      break;
    await page.waitForTimeout(100);
  }
  await context.close();
  return { reloads: loads - 1, hosts: hosts.sort() };
}

/** Runs `count` jobs, `width` at a time, calling `tick` after each. */
async function pool(count, width, job, tick) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await job(i);
        tick();
      }
    }),
  );
  return results;
}

async function main(args) {
  const at = args.indexOf('--loads');
  const loads = Math.min(500, Math.max(1, at >= 0 ? Number(args[at + 1]) || 50 : 50));
  const json = args.includes('--json');
  const tty = process.stdout.isTTY && !process.env.CI;
  const server = await startFramesServer();
  const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs });
  const cells = [];
  for (const guard of [false, true])
    for (const policy of [false, true])
      for (const phase of ['before consent', 'after Reject all']) cells.push({ guard, policy, phase });
  const total = cells.length * loads;
  let done = 0;
  const tick = () => {
    done++;
    if (tty) process.stdout.write(`\rmeasure-frames: ${done}/${total} page loads`);
  };
  const started = Date.now();
  const rows = [];
  try {
    for (const c of cells) {
      const url = `${server.origin}/frames/${c.guard ? 'guard' : 'head'}-${c.policy ? 'on' : 'off'}.html`;
      const run = c.phase === 'before consent' ? beforeConsent : afterReject;
      // A load that fails (a timeout on a busy machine) is counted apart, never as clean.
      const results = await pool(loads, 2, () => run(browser, url).catch(() => 'error'), tick);
      rows.push({
        ...c,
        loads,
        leaked: results.filter((r) => r === true).length,
        errors: results.filter((r) => r === 'error').length,
      });
    }
    const accepted = [];
    for (const guard of [false, true]) {
      const r = await afterAccept(browser, `${server.origin}/frames/${guard ? 'guard' : 'head'}-on.html`);
      accepted.push({ guard, ...r });
    }
    if (tty) process.stdout.write('\n');
    const seconds = Math.round((Date.now() - started) / 1000);
    if (json) console.log(JSON.stringify({ rows, accepted, seconds }, null, 2));
    else {
      console.log(`measure-frames: ${total} fresh page loads in ${seconds} s (Chromium ${browser.version()})`);
      console.log('load mode                  frame policy  phase             loads with a vendor request');
      for (const r of rows) {
        const mode = (r.guard ? 'guard + deferred bundle' : 'samtykke.js first').padEnd(26);
        const errors = r.errors ? ` (${r.errors} load(s) failed and are not counted)` : '';
        console.log(
          `${mode} ${(r.policy ? 'on' : 'off').padEnd(13)} ${r.phase.padEnd(17)} ${r.leaked}/${r.loads - r.errors} (${Math.round((100 * r.leaked) / (r.loads - r.errors || 1))} %)${errors}`,
        );
      }
      for (const a of accepted) {
        console.log(
          `Accept all, ${a.guard ? 'guard + deferred bundle' : 'samtykke.js first'}, policy on: ${a.reloads} reload(s); frames loaded: ${a.hosts.join(', ')}`,
        );
      }
    }
    const policyLeaks = rows.filter((r) => r.policy).reduce((sum, r) => sum + r.leaked, 0);
    const allLoaded = accepted.every((a) => a.hosts.length >= 5 && a.reloads === 1);
    const errors = rows.reduce((sum, r) => sum + r.errors, 0);
    return policyLeaks === 0 && allLoaded && !errors ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
