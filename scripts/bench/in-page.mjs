// What the bench runs inside the pages (passed to addInitScript / evaluate as source, so each
// function must be self-contained): banner detection, layout shifts, long tasks, paint, the
// consented script's mark, and the widget files the page fetched.

export function benchInit(kind) {
  // The promises, `laidOut` and `stop` are added below (page-globals.d.ts types the whole).
  const b = (window.__bench = /** @type {Window['__bench']} */ ({
    kind,
    seen: null,
    banner: null,
    cls: 0,
    shifts: 0,
    longTasks: [],
    fcp: null,
    ran: null,
  }));
  let painted, ran;
  b.bannerPainted = new Promise((r) => (painted = r));
  b.consentedRan = new Promise((r) => (ran = r));
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {}
  };
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      b.cls += e.value;
      b.shifts++;
    }
  });
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  observe('mark', (e) => {
    if (e.name === 'consented-ran' && b.ran === null) ran((b.ran = e.startTime));
  });
  const find = {
    samtykke: () => document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('[part~="banner"] .accept-all'),
    vcc: () => document.querySelector('#cc-main .cm [data-role="all"]'),
    klaro: () => document.querySelector('.cookie-notice:not(.cookie-notice-hidden) .cm-btn-success'),
  }[kind];
  // Painted: in the layout with a size, and not hidden by visibility or opacity 0 (the peers
  // fade their banner in). Checked at each frame; the time taken is that of the NEXT frame,
  // i.e. after the frame that contained the button was produced. The rAF loop runs on every
  // page, the baseline too, until settle() ends it, so that all pages produce the same frames.
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const visible = (el) => !el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const tick = () => {
    if (b.stop) return;
    if (find && b.seen === null) {
      let el = null;
      try {
        el = find();
      } catch {}
      if (el && box(el)) {
        if (b.laidOut === null) b.laidOut = performance.now();
        if (visible(el)) {
          b.seen = performance.now();
          requestAnimationFrame(() => painted((b.banner = performance.now())));
        }
      }
    }
    requestAnimationFrame(tick);
  };
  b.laidOut = null;
  b.stop = false;
  requestAnimationFrame(tick);
}

/** Runs in the page after `load`: waits for the banner (widget pages), then for an idle moment. */
export async function settle({ widget, timeout }) {
  const b = window.__bench;
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  if (widget) {
    const t = await Promise.race([b.bannerPainted, wait(timeout).then(() => null)]);
    if (t === null) return { error: `banner buttons not painted within ${timeout / 1000} s` };
  }
  // Let the widget finish what it does after painting (and the peers their fade-in).
  for (let i = 0; i < 2; i++) {
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    await wait(50);
  }
  b.stop = true;
  const tbt = b.longTasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
  const longTaskTime = b.longTasks.reduce((s, [, d]) => s + d, 0);
  return {
    banner: b.banner,
    seen: b.seen,
    laidOut: b.laidOut,
    fcp: b.fcp,
    cls: b.cls,
    shifts: b.shifts,
    longTasks: b.longTasks.length,
    longTaskTime,
    tbt,
  };
}

/**
 * Every resource the page fetched (from the network or the HTTP cache): its URL path, when its
 * fetch started (ms from navigation start), and its body's bytes as sent (`encoded`: gzip when
 * the server compressed it) and as decoded.
 */
export function fetchedResources() {
  const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
  return resources.map((entry) => ({
    path: new URL(entry.name).pathname,
    start: entry.startTime,
    encoded: entry.encodedBodySize,
    decoded: entry.decodedBodySize,
  }));
}
