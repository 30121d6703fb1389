// One measured visit to a bench page: a first visit in a fresh browser context, or a returning one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VARIANTS, root } from './variants.mjs';
import { fetchedPaths, settle } from './in-page.mjs';

/** How long a page may take to show its banner or run the consented script. */
export const PAGE_TIMEOUT = 10_000;

/**
 * One first visit: `newContext(name)` gives a fresh context (empty cache, no cookies), closed
 * after the visit; reads the banner's timings, the main thread's time and the widget's bytes.
 */
export async function firstVisit(newContext, url, name, rate) {
  const context = await newContext(name);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = metrics(await cdp.send('Performance.getMetrics'));
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const result = await page.evaluate(settle, { widget: name !== 'baseline', timeout: PAGE_TIMEOUT });
    const after = metrics(await cdp.send('Performance.getMetrics'));
    if (errors.length) result.pageErrors = errors;
    if (result.error) {
      if (errors.length) result.error += ` (page error: ${firstLine(errors[0])})`;
      return result;
    }
    result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
    result.task = (after.TaskDuration - before.TaskDuration) * 1000;
    result.bytes = widgetBytes(name, await page.evaluate(fetchedPaths));
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One returning visit: reload, wait for the consented script (widgets) or load and idle
 * (baseline), and read the main thread's script time and long tasks over that window.
 */
export async function returningVisit(session, url, name, rate) {
  const { page, cdp } = session;
  try {
    // Throttled only while measured: the other variants' pages wait at full speed.
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const before = metrics(await cdp.send('Performance.getMetrics'));
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const result = await page.evaluate(
      async ({ timeout, widget }) => {
        const bench = window.__bench;
        const ran = widget ? await Promise.race([bench.consentedRan, new Promise((done) => setTimeout(done, timeout, null))]) : 0;
        await new Promise((done) => requestIdleCallback(done, { timeout: 2000 }));
        // Two more frames for the banner check, then stop this page's rAF loop: the other
        // variants' pages stay open meanwhile and must not burn CPU.
        for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
        bench.stop = true;
        if (ran === null) return { error: `the consented script did not run within ${timeout / 1000} s` };
        const longest = bench.longTasks.reduce((max, [, duration]) => Math.max(max, duration), 0);
        return {
          ran: widget ? ran : null,
          bannerShown: bench.laidOut !== null,
          longTasks: bench.longTasks.length,
          longestTask: longest,
        };
      },
      { timeout: PAGE_TIMEOUT, widget: name !== 'baseline' },
    );
    const after = metrics(await cdp.send('Performance.getMetrics'));
    if (!result.error) {
      result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.bytes = widgetBytes(name, await page.evaluate(fetchedPaths));
    }
    return result;
  } catch (e) {
    return { error: firstLine(e) };
  } finally {
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
  }
}

const gzipSizes = new Map();
/** The widget's own files among the paths a page fetched, and their gzip -9 sizes summed. */
function widgetBytes(name, paths) {
  const files = [...new Set(paths)].filter((path) => VARIANTS[name].assets.some((prefix) => path.startsWith(prefix)));
  let gzip = 0;
  for (const path of files) {
    if (!gzipSizes.has(path)) {
      const file = join(root, decodeURIComponent(path));
      gzipSizes.set(path, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    }
    gzip += gzipSizes.get(path);
  }
  return { gzip, files };
}

const metrics = (m) => Object.fromEntries(m.metrics.map(({ name, value }) => [name, value]));
/** The first line of an error's message, for one-line progress and notes. */
export const firstLine = (e) => String(e?.message ?? e).split('\n')[0];
