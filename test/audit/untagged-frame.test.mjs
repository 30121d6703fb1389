// `samtykke audit` and a tracker iframe the parser inserts (issue #26, point 3): a YouTube embed
// pasted untagged, on a notice without the frame policy, is a finding that names the two fixes
// (tag it with data-src + data-consent/data-service, or turn on "autoBlock": { "frames": [...] });
// the same page with the policy on is not, and no request reaches YouTube before consent there.
// Third parties are answered locally (nothing leaves the machine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, startServer, launch, thirdParty, describe, ROOT } from './helpers.mjs';

let server;
let browser;
let audit;
before(async () => {
  build();
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const run = (page) =>
  audit(`${server.origin}/audit-pages/${page}`, {
    browser,
    route: thirdParty().hook,
    interceptThirdParty: true,
    settleMs: 250,
    only: ['reject-all'],
  });

test('an untagged YouTube iframe without the frame policy: a finding naming both fixes', async () => {
  const r = await run('untagged-frame.html');
  assert.equal(r.samtykke, true);
  const f = r.findings.find((x) => x.id === 'without-consent:untagged-frame:youtube');
  assert.ok(f, describe(r));
  assert.equal(f.kind, 'without-consent');
  assert.match(f.title, /youtube iframe is written in the HTML untagged, so its request can leave before consent/);
  assert.match(
    f.evidence[0].text,
    /held by auto-blocking after the parser inserted it: https:\/\/www\.youtube\.com\/embed\/untagged01/,
  );
  // The two fixes: tag it, or turn on the policy.
  assert.match(f.fix, /data-src="…" data-consent="marketing" data-service="youtube"/);
  assert.match(f.fix, /"autoBlock": \{ "frames": \[/);
});

test('the same page with "autoBlock": { "frames": [] }: no finding, and no request to YouTube before consent', async () => {
  const r = await run('untagged-frame-policy.html');
  assert.equal(r.samtykke, true);
  assert.deepEqual(
    r.findings.filter((x) => x.id.startsWith('without-consent:')),
    [],
    describe(r),
  );
  for (const s of r.scenarios)
    for (const q of s.requests.filter((q) => q.host === 'www.youtube.com'))
      assert.notEqual(q.phase, 'before', `a request to YouTube before consent: ${q.url}`);
});
