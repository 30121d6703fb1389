// One measured visit to a bench page: a first visit in a fresh browser context, or a returning one.
import { VARIANTS } from './variants.mjs';
import { fetchedResources, settle } from './in-page.mjs';
import { applyCondition, clearCondition } from './conditions.mjs';

/** How long a page may take to show its banner or run the consented script. */
export const PAGE_TIMEOUT = 20_000;

/**
 * One first visit under `condition` ({ cpu, network }, conditions.mjs): `newContext(name)` gives
 * a fresh context (empty cache, no cookies), closed after the visit; reads the banner's timings,
 * the main thread's time and the widget's bytes.
 */
export async function firstVisit(newContext, url, name, condition) {
  const context = await newContext(name);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await applyCondition(cdp, condition);
    const before = metrics(await cdp.send('Performance.getMetrics'));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const result = await page.evaluate(settle, { widget: name !== 'baseline', timeout: PAGE_TIMEOUT });
    const after = metrics(await cdp.send('Performance.getMetrics'));
    if (errors.length) result.pageErrors = errors;
    if (result.error) {
      if (errors.length) result.error += ` (page error: ${firstLine(errors[0])})`;
      return result;
    }
    result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
    result.task = (after.TaskDuration - before.TaskDuration) * 1000;
    const resources = await page.evaluate(fetchedResources);
    result.bytes = widgetBytes(name, resources);
    // What the page had asked for by the frame in which the buttons were found visible.
    result.bytesUntilButtons = widgetBytes(name, resources, result.seen);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One returning visit under `condition`: reload, wait for the consented script (widgets) or
 * load and idle (baseline), and read the main thread's script time and long tasks over that
 * window. The session's page is throttled only while measured: the other variants' pages wait
 * at full speed.
 */
export async function returningVisit(session, url, name, condition) {
  const { page, cdp } = session;
  try {
    await applyCondition(cdp, condition);
    const before = metrics(await cdp.send('Performance.getMetrics'));
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
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
        return {
          ran: widget ? ran : null,
          bannerShown: bench.laidOut !== null,
          longTasks: bench.longTasks.length,
          longTaskTime: bench.longTasks.reduce((sum, [, duration]) => sum + duration, 0),
        };
      },
      { timeout: PAGE_TIMEOUT, widget: name !== 'baseline' },
    );
    const after = metrics(await cdp.send('Performance.getMetrics'));
    if (!result.error) {
      result.script = (after.ScriptDuration - before.ScriptDuration) * 1000;
      result.bytes = widgetBytes(name, await page.evaluate(fetchedResources));
    }
    return result;
  } catch (e) {
    return { error: firstLine(e) };
  } finally {
    await clearCondition(cdp, condition);
  }
}

/**
 * The widget's own files among the resources a page fetched (those whose fetch started by
 * `until`, ms from navigation start, when given), with their bytes as sent summed (`gzip`:
 * the server sends gzip -9) and whether every one of them came compressed.
 */
export function widgetBytes(name, resources, until = Infinity) {
  const seen = new Map();
  for (const r of resources)
    if (r.start <= until && VARIANTS[name].assets.some((prefix) => r.path.startsWith(prefix)) && !seen.has(r.path))
      seen.set(r.path, r);
  const files = [...seen.values()];
  return {
    gzip: files.reduce((sum, r) => sum + r.encoded, 0),
    files: files.map((r) => r.path),
    compressed: files.every((r) => r.encoded < r.decoded),
  };
}

const metrics = (m) => Object.fromEntries(m.metrics.map(({ name, value }) => [name, value]));
/** The first line of an error's message, for one-line progress and notes. */
export const firstLine = (e) => String(e?.message ?? e).split('\n')[0];
