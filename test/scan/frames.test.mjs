// The frame policy drafted by `samtykke scan` (issue #26, point 3), end to end in Chromium: a
// shop with a YouTube iframe written in its HTML, a Stripe card form (Stripe.js mounts its frame
// from js.stripe.com) and GA4 is scanned as it is; the draft turns the frame policy on and lists
// js.stripe.com (a necessary payment frame), not YouTube (a tracker the policy allows by grant);
// once the test has filled in its "$todo" notes it validates, and the same shop with that notice
// (GA4 tagged, the video left as it was) audits clean. A finished draft carries the `validated`
// stamp; one with "$todo" notes does not. Third parties are answered locally (no network).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, launch, describe, ROOT } from '../audit/helpers.mjs';
import { startSite, thirdParty } from './helpers.mjs';

let site;
let browser;
let scan, draftFrom, packageCatalogue, audit, validate, hasValidStamp;
before(async () => {
  build();
  ({ scan } = await import(ROOT + 'dist/audit-build/scan/scan.js'));
  ({ draftFrom, packageCatalogue } = await import(ROOT + 'dist/audit-build/scan/cli.js'));
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
  ({ hasValidStamp } = await import(ROOT + 'dist/audit-build/widget/notice/stamp.js'));
  site = await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Stripe.js as a stand-in that does what the real one does on a card form: sets its two
 * first-party cookies and mounts the card field as a frame from js.stripe.com.
 */
const STRIPE_JS = `
document.cookie = '__stripe_mid=' + Date.now() + '; Max-Age=31536000; Path=/';
document.cookie = '__stripe_sid=' + Date.now() + '; Max-Age=1800; Path=/';
window.Stripe = () => ({ elements: () => ({ create: () => ({ mount(selector) {
  const frame = document.createElement('iframe');
  frame.title = 'Secure card payment input frame';
  frame.src = 'https://js.stripe.com/v3/elements-inner-card-19066928f2ed1ba3ffada645e45f5b50.html#componentName=card';
  document.querySelector(selector).append(frame);
} }) }) });`;

/** The scan helpers' stand-ins, with Stripe.js and its card frame. */
function thirdPartyWithStripe() {
  const tp = thirdParty();
  const hook = async (route, request) => {
    const url = request.url();
    if (url === 'https://js.stripe.com/v3/') {
      tp.seen.push(url);
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: STRIPE_JS });
      return true;
    }
    if (url.startsWith('https://js.stripe.com/v3/elements-inner-card-')) {
      tp.seen.push(url);
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>card</title><input>' });
      return true;
    }
    return tp.hook(route, request);
  };
  return { hook, seen: tp.seen };
}

/** What only the owner can say: who they are, and that the login cookie is necessary. */
function finish(draft) {
  const notice = structuredClone(draft);
  delete notice.$todo;
  delete notice.controller.$todo;
  Object.assign(notice.controller, { name: 'Fjellsport AS', orgNumber: '974451204', email: 'personvern@fjellsport.example' });
  for (const service of notice.services.filter((s) => s.$todo)) {
    assert.equal(service.id, 'site', `only the site's own cookies are left to the owner: ${service.$todo}`);
    delete service.$todo;
    Object.assign(service, { category: 'necessary', legalBasis: 'contract', purpose: { en: 'Logging in and the basket' } });
  }
  // How long each provider keeps the data: a fact only the owner can give (a validator warning).
  for (const service of notice.services) service.retention = { nb: '14 måneder', nn: '14 månader', en: '14 months' };
  return notice;
}

let observations;

test('a scanned shop with a YouTube iframe, a Stripe frame and GA4: the draft lists js.stripe.com in the frame policy, not YouTube', async () => {
  const tp = thirdPartyWithStripe();
  ({ observations } = await scan(`${site.origin}/frames/before.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
  }));
  assert.ok(
    tp.seen.some((u) => u.startsWith('https://js.stripe.com/v3/elements-inner-card-')),
    'the card frame loaded',
  );
  const { notice: draft, report } = await draftFrom(observations, packageCatalogue, {
    tool: 'samtykke scan',
    browser: 'Chromium',
  });

  assert.deepEqual(draft.autoBlock, { frames: ['js.stripe.com'] });
  assert.deepEqual(
    report.frames.listed.map((f) => [f.host, f.service]),
    [['js.stripe.com', 'stripe']],
  );
  assert.deepEqual(report.frames.trackers, [{ host: 'www.youtube.com', service: 'youtube' }]);
  const ids = draft.services.map((s) => s.id).sort();
  assert.deepEqual(ids, ['google-analytics', 'site', 'stripe', 'youtube']);
  assert.equal(draft.services.find((s) => s.id === 'stripe').category, 'necessary');

  // The draft still has "$todo" notes: it is not stamped, and the report says why.
  assert.equal(draft.validated, undefined);
  assert.equal(report.stamp.stamped, false);
  assert.match(report.stamp.why, /not stamped: 2 "\$todo" notes left.*validate --stamp/);
});

test('the finished draft validates with the frame policy, and the shop with it audits clean', async () => {
  assert.ok(observations, 'the scan above ran');
  const { notice: draft } = await draftFrom(observations, packageCatalogue, { tool: 'samtykke scan', browser: 'Chromium' });
  const notice = finish(draft);
  assert.deepEqual(validate(notice).errors, []);
  assert.deepEqual(notice.autoBlock.frames, ['js.stripe.com']);

  site.state.notice = notice;
  const tp = thirdPartyWithStripe();
  const r = await audit(`${site.origin}/frames/after.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    settleMs: 250,
    concurrency: 2,
  });
  assert.equal(r.samtykke, true);
  assert.deepEqual(r.configErrors, []);
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);
  // Under the frame policy, granting the video reloads the page: the decision's receipt is kept
  // (and delivered) before that reload, so the shop audits clean, receipts included.
  assert.deepEqual(r.findings, [], describe(r));
  // The policy held the video's request before consent, and let the card frame load.
  const first = r.scenarios.find((s) => s.id === 'no-interaction') ?? r.scenarios[0];
  assert.ok(!first.requests.some((q) => q.host === 'www.youtube.com'), 'no request to YouTube before consent');
  assert.ok(
    first.requests.some((q) => q.host === 'js.stripe.com' && q.resourceType === 'document'),
    'the card frame loaded',
  );
  const all = r.scenarios.find((s) => s.id === 'accept-all');
  assert.ok(
    all.requests.some((q) => q.host === 'www.youtube.com' && q.resourceType === 'document'),
    'the video after Accept all',
  );
});

test('a draft with nothing left to do (the controller given, every service known) carries the validated stamp', async () => {
  assert.ok(observations, 'the scan above ran');
  // The same shop without its login cookie: every service is in the catalogue.
  const known = { ...observations, cookies: observations.cookies.filter((c) => c.name !== 'sid') };
  const { notice, report } = await draftFrom(known, packageCatalogue, {
    tool: 'samtykke scan',
    browser: 'Chromium',
    controller: { name: 'Fjellsport AS', orgNumber: '974451204', email: 'personvern@fjellsport.example' },
  });
  assert.deepEqual(report.todos, []);
  assert.equal(notice.$todo, undefined);
  assert.deepEqual(validate(notice).errors, []);
  assert.equal(report.stamp.stamped, true, report.stamp.why);
  assert.equal(await hasValidStamp(notice), true, 'the stamp matches the notice');
  assert.equal(await hasValidStamp({ ...notice, revision: 'edited' }), false);
});
