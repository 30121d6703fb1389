// The audit tests the owner's real proof endpoint (issue #26, point 5): the receipts of its
// visits go to `proof.endpoint` as the site serves it, and a receipt the endpoint does not accept
// (here: 501, as a site whose receiver was never deployed answers) is a finding naming the
// status; "every decision leaves a valid receipt" passes only when the endpoint accepted. With
// the real receiver (createReceiver) behind the same address, the receipts are stored and the
// check passes. `localProof` keeps the old behaviour: answered by the audit, the endpoint untested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, launch, describe, ROOT } from './helpers.mjs';
import { createStaticServer, listen } from '../../scripts/static.mjs';

let browser;
let audit;
let createReceiver;
const closers = [];
before(async () => {
  build();
  ({ audit } = await import(ROOT + 'dist/audit-build/audit/audit.js'));
  ({ createReceiver } = await import(ROOT + 'dist/receiver/index.js'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const close of closers) await close();
});

/** test/audit/pages/proof.html with the widget from dist/, and `endpoint(req, res)` at /consent-proofs. */
async function site(endpoint) {
  const posts = [];
  const server = createStaticServer({
    root: ROOT,
    handle(req, res, url) {
      if (url.pathname === '/consent-proofs') {
        posts.push(req.method);
        endpoint(req, res);
        return true;
      }
      // The widget and the parts it fetches from beside itself (dist/ whole), and the page.
      if (/^\/samtykke[\w.-]*\.(js|mjs|json)$/.test(url.pathname)) url.pathname = '/dist' + url.pathname;
      else if (url.pathname === '/proof.html') url.pathname = '/test/audit/pages/proof.html';
      return false;
    },
  });
  const origin = await listen(server);
  const close = () => new Promise((ok) => (server.closeAllConnections?.(), server.close(ok)));
  closers.push(close);
  return { url: `${origin}/proof.html`, posts, close };
}

const run = (url, o = {}) => audit(url, { browser, settleMs: 250, only: ['reject-all', 'accept-all'], ...o });
const receiptFindings = (r) => r.findings.filter((f) => f.kind === 'receipt');

test('an endpoint that answers 501 is a finding naming the status, and no decision counts as logged', async () => {
  const s = await site((req, res) => res.writeHead(501, { 'content-type': 'text/plain' }).end('Not Implemented'));
  const r = await run(s.url);
  assert.equal(r.samtykke, true);
  for (const sc of r.scenarios) assert.equal(sc.error, undefined, `${sc.title}: ${sc.error}`);
  assert.ok(s.posts.includes('POST'), 'the receipts reached the site’s endpoint');
  const ids = receiptFindings(r).map((f) => f.id);
  assert.ok(ids.includes('receipt:endpoint:HTTP 501'), describe(r));
  const endpoint = r.findings.find((f) => f.id === 'receipt:endpoint:HTTP 501');
  assert.match(endpoint.title, /did not accept receipts: HTTP 501/);
  assert.match(endpoint.evidence[0].text, /POST http:\/\/127\.0\.0\.1:\d+\/consent-proofs .*: HTTP 501/);
  assert.match(endpoint.fix, /2xx/);
  // The receipt check fails for each decision: sent, but not accepted.
  for (const method of ['reject-all', 'accept-all']) {
    const missing = r.findings.find((f) => f.id.startsWith('receipt:missing:') && f.id.endsWith(`:${method}`));
    assert.ok(missing, `${method}: ${describe(r)}`);
    assert.match(missing.evidence[0].text, /did not accept it: HTTP 501/);
  }
  await s.close();
});

test('an endpoint that never answers is a finding too (no answer before the visit ended)', async () => {
  const s = await site(() => undefined);
  const r = await run(s.url, { only: ['reject-all'] });
  assert.ok(
    receiptFindings(r).some((f) => /^receipt:endpoint:(no answer|network error)/.test(f.id)),
    describe(r),
  );
  await s.close();
});

test('with the real receiver at the endpoint the receipts are stored and the receipt check passes', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samtykke-audit-proofs-'));
  closers.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const receiver = createReceiver({ dataDir, logger: () => undefined });
  await receiver.ready;
  closers.push(() => receiver.close());
  const s = await site((req, res) => receiver(req, res));
  const r = await run(s.url);
  for (const sc of r.scenarios) assert.equal(sc.error, undefined, `${sc.title}: ${sc.error}`);
  assert.deepEqual(receiptFindings(r), [], describe(r));
  const stored = readFileSync(join(dataDir, 'proofs-000001.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).record.method)
    .sort();
  assert.deepEqual(stored, ['accept-all', 'reject-all'], 'each decision’s receipt is in the owner’s log');
  for (const sc of r.scenarios) for (const rec of sc.receipts) assert.equal(rec.delivery.status, 201);
  await s.close();
});

test('localProof: the audit answers the receipts itself, so a broken endpoint is not seen (and nothing reaches it)', async () => {
  const s = await site((req, res) => res.writeHead(501).end());
  const r = await run(s.url, { localProof: true, only: ['reject-all'] });
  assert.deepEqual(receiptFindings(r), [], describe(r));
  assert.deepEqual(s.posts, []);
  assert.equal(r.scenarios.find((sc) => sc.id === 'reject-all').receipts[0].delivery.local, true);
  await s.close();
});
