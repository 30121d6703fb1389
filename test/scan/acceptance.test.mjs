// The promise of `samtykke scan`, end to end in Chromium: a shop with GA4 through gtag, Meta
// Pixel, a YouTube embed, Hotjar, a login cookie and a cookie no catalogue knows is scanned as
// it is; the draft fails validation until the owner fills in the controller and the one $todo;
// then it validates without warnings, and the same shop, tagged with that notice, audits clean.
// The services come from the package's own catalogue (catalogue/*.json). Third parties are
// answered locally (nothing leaves the machine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, launch, describe, ROOT } from '../audit/helpers.mjs';
import { startSite, thirdParty } from './helpers.mjs';

let site;
let browser;
let scan, draftFrom, packageCatalogue, audit, validate;
before(async () => {
  build();
  ({ scan } = await import(ROOT + 'dist/audit-build/scan/scan.js'));
  ({ draftFrom, packageCatalogue } = await import(ROOT + 'dist/audit-build/scan/cli.js'));
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  ({ validate } = await import(ROOT + 'dist/audit-build/widget/notice/config.js'));
  site = await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Warnings the validator of this build still gives for fields SPEC §3 has since added. */
const NEWER_FIELDS = /^services\[\d+\]\.(preset|role|hosts|cookieless)$/;

test('scan → draft → the owner fills in what the validator names → a valid notice → a clean audit', async () => {
  const tp = thirdParty();
  const { observations } = await scan(`${site.origin}/before/index.html`, {
    browser,
    route: tp.hook,
    interceptThirdParty: true,
    pages: 3,
    settleMs: 250,
  });
  assert.deepEqual(
    observations.pages,
    ['index.html', 'om-oss.html', 'personvern.html'].map((p) => `${site.origin}/before/${p}`),
  );
  for (const r of observations.requests.filter((r) => r.thirdParty))
    assert.ok(tp.seen.includes(r.url), `${r.url} was not answered locally`);

  const { notice: draft, report } = await draftFrom(observations, packageCatalogue, {
    tool: 'samtykke scan',
    browser: 'Chromium',
  });
  const ids = draft.services.map((s) => s.id);
  assert.deepEqual([...ids].sort(), ['google-analytics', 'hotjar', 'meta-pixel', 'site', 'youtube']);
  for (const id of ['google-analytics', 'hotjar', 'meta-pixel', 'youtube'])
    assert.match(draft.services.find((s) => s.id === id).preset, new RegExp(`^${id}@\\d+$`));
  const own = draft.services.find((s) => s.id === 'site');
  assert.deepEqual(own.cookies.map((c) => c.name).sort(), ['besok_teller', 'sid']);
  assert.match(own.$todo, /“sid” \(HttpOnly, set by the server: looks like a login or session cookie\)/);
  assert.match(own.$todo, /“besok_teller” \(set by the script http:\/\/127\.0\.0\.1:\d+\/site\/app\.js\)/);
  assert.deepEqual(
    report.todos.map((t) => t.path),
    ['controller.$todo', `services[${ids.indexOf('site')}].$todo`],
  );

  // What was found where: the script that set each cookie, the page, the embed.
  const evidence = (id) =>
    report.services
      .find((s) => s.id === id)
      .evidence.map((e) => `${e.page} ${e.text}`)
      .join('\n');
  assert.match(
    evidence('google-analytics'),
    /cookie “_ga_FJORD01” .* set by the script https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-FJORD01/,
  );
  assert.match(
    evidence('google-analytics'),
    /sent a beacon to https:\/\/region1\.google-analytics\.com\/g\/collect.* \(by https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-FJORD01\)/,
  );
  assert.match(evidence('meta-pixel'), /connect\.facebook\.net\/en_US\/fbevents\.js \(by an inline script of the page\)/);
  assert.match(evidence('youtube'), /youtube-nocookie\.com\/embed\/fjordbakst01 \(written in its HTML\)/);
  assert.match(
    evidence('youtube'),
    /\/before\/index\.html the page embedded \(iframe\) https:\/\/www\.youtube-nocookie\.com\/embed\/fjordbakst01/,
  );
  assert.match(
    evidence('site'),
    /cookie “sid” .*HttpOnly\), set by the Set-Cookie header of http:\/\/127\.0\.0\.1:\d+\/before\/index\.html/,
  );
  assert.deepEqual(report.tags.map((t) => t.service).sort(), [
    'google-analytics',
    'google-analytics',
    'google-analytics',
    'google-analytics',
    'hotjar',
    'meta-pixel',
    'youtube',
  ]);

  // The draft is not a notice yet: the validator names what the owner must decide.
  const errors = validate(draft).errors.map((e) => e.path);
  assert.deepEqual(errors.sort(), ['controller.name', `services[${ids.indexOf('site')}].category`]);

  // The owner's part: who they are, and that the two cookies of their own are necessary.
  // The shop frames YouTube (a tracker) and nothing else: the draft turns the frame policy on
  // with an empty list (test/scan/frames.test.mjs audits a shop with it). This owner tags every
  // iframe, as the report's tags say, and so, as the report offers, turns the policy off again
  // to spare visitors its reload.
  assert.deepEqual(draft.autoBlock, { frames: [] });
  assert.deepEqual(report.frames.trackers, [{ host: 'www.youtube-nocookie.com', service: 'youtube' }]);
  const notice = structuredClone(draft);
  delete notice.$todo;
  delete notice.controller.$todo;
  delete notice.autoBlock;
  Object.assign(notice.controller, {
    name: 'Fjordbakst AS',
    orgNumber: '974451204',
    email: 'personvern@fjordbakst.example',
    policyUrl: '/before/personvern.html',
  });
  const mine = notice.services.find((s) => s.id === 'site');
  delete mine.$todo;
  Object.assign(mine, {
    category: 'necessary',
    legalBasis: 'contract',
    purpose: { nb: 'Innlogging og besøkstelling', nn: 'Innlogging og besøksteljing', en: 'Logging in and counting visits' },
  });
  // Since the amended SPEC §3 the validator also asks (as warnings) how long each provider keeps
  // the data, and for the joint controller's arrangement: facts only the owner can give.
  const asked = validate(notice).warnings.map((w) => w.path);
  for (const [index, service] of notice.services.entries()) {
    assert.ok(asked.includes(`services[${index}].retention`), `retention asked for ${service.id}`);
    service.retention = { nb: '14 måneder', nn: '14 månader', en: '14 months' };
    if (service.role === 'joint-controller') {
      assert.ok(asked.includes(`services[${index}].arrangement`));
      service.arrangement = {
        nb: 'Felles ansvar for innsamlingen.',
        nn: 'Felles ansvar for innsamlinga.',
        en: 'Joint responsibility for the collection.',
      };
    }
  }
  const checked = validate(notice);
  assert.deepEqual(checked.errors, []);
  assert.deepEqual(
    checked.warnings.filter((w) => !NEWER_FIELDS.test(w.path)),
    [],
    'no warnings',
  );

  // The same shop, tagged, with that notice: nothing to report in any consent state.
  site.state.notice = notice;
  const tp2 = thirdParty();
  const r = await audit(`${site.origin}/after/index.html`, {
    browser,
    route: tp2.hook,
    interceptThirdParty: true,
    settleMs: 250,
    pages: 2,
    concurrency: 2,
  });
  assert.equal(r.samtykke, true);
  assert.deepEqual(r.configErrors, []);
  for (const s of r.scenarios) assert.equal(s.error, undefined, `${s.title}: ${s.error}`);
  assert.deepEqual(r.findings, [], describe(r));
  const all = r.scenarios.find((s) => s.id === 'accept-all');
  assert.deepEqual(
    [...new Set(all.cookies.map((c) => c.name))].sort(),
    ['_fbp', '_ga', '_ga_FJORD01', '_hjSessionUser_3100200', '_hjSession_3100200', 'besok_teller', 'samtykke', 'sid'],
    'after Accept all every service ran: the audit saw what the scan saw',
  );
});
