// Erasing one person from the console (file log): a confirmation step, the erasure itself (the
// receiver closes its log, erases with the CLI's code and opens it again), its entry in the
// audit log with every sign-in, download, Bearer export and verify, and a chain that still
// verifies, in the console and with `samtykke-receiver verify`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, makeReceipt, post, runCli, send, tempDir } from './helpers.mjs';
import { TOKEN, launch, seed, signIn, startConsole, tableRows } from './console-helpers.mjs';

let srv;
let browser;
let dir;
before(async () => {
  await build();
  dir = tempDir();
  srv = await startConsole({ dataDir: dir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

const fingerprint = (text) => `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

test('erase one subject with confirmation; the audit log has it; verify is ok after, in the console and on the command line', async () => {
  const seeded = await seed(srv.url);
  const { page, context } = await signIn(browser, srv.admin);
  await page.goto(`${srv.admin}/controller/person?subject=${seeded.subject}`);
  assert.equal(await page.locator('section.receipt').count(), 2);
  const csv = await context.request.get(`${srv.admin}${await page.getAttribute('a[href*="format=csv"]', 'href')}`);
  assert.equal(csv.status(), 200);

  await page.click('a.danger');
  await page.waitForURL(/\/controller\/erase\?subject=/);
  assert.match(await page.textContent('#confirm-text'), new RegExp(seeded.subject));
  // Nothing is erased by the confirmation page itself.
  const still = await context.request.get(`${srv.admin}/controller/search?subject=${seeded.subject}`);
  assert.ok((await still.text()).includes(seeded.person));
  await page.click('button.danger');
  await page.waitForSelector('.notice');
  assert.match(await page.textContent('.notice'), /^2 receipts erased/);

  // The person's receipts are gone; everyone else's are there.
  await page.goto(`${srv.admin}/controller/search?subject=${seeded.subject}`);
  assert.equal(await page.locator('#results').count(), 0);
  await page.goto(`${srv.admin}/controller/overview`);
  assert.match(await page.textContent('#total'), /Decisions: 8\b/);
  // The receiver took receipts again after the erasure.
  assert.equal((await post(srv.url, makeReceipt())).status, 201);

  await page.goto(`${srv.admin}/controller/chain`);
  await page.click('text=Verify the chain now');
  await page.waitForSelector('#verdict');
  assert.match(await page.textContent('#verdict'), /^ok/);
  assert.equal((await page.textContent('#tombstones')).trim(), '2');
  assert.equal((await page.textContent('#removals')).trim(), '1');
  assert.match(await page.textContent('#head'), /^[0-9a-f]{64}$/);

  // A Bearer export is audited too.
  const exported = await send(`${srv.admin}/consent-proofs?from=2020-01-01&format=csv`, {
    method: 'GET',
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(exported.status, 200);

  await page.goto(`${srv.admin}/controller/audit`);
  const rows = await tableRows(page, '#audit');
  const actions = rows.map((row) => row[1]);
  assert.deepEqual(actions.slice(0, 5), ['export', 'verify', 'erase', 'download', 'sign-in']);
  const erase = rows[2];
  assert.match(erase[2], /^token [0-9a-f]{12} · 127\.0\.0\.0 · /);
  assert.ok(erase[3].includes(`subject: ${fingerprint(seeded.subject)}`) && erase[3].includes('removed: 2'), erase[3]);
  assert.ok(!rows.some((row) => row.join(' ').includes(seeded.subject)), 'the erased subject is not in the audit log in clear');
  assert.match(rows[0][3], /api: bearer, format: csv/);

  // The audit log is a private file beside the log.
  const audit = join(dir, 'audit.jsonl');
  assert.equal(statSync(audit).mode & 0o777, 0o600);
  const entries = readFileSync(audit, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(entries.filter((e) => e.action === 'erase').length, 1);
  await context.close();

  await srv.close();
  const verified = await runCli(['verify', dir]);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /2 tombstones, 1 removal record/);
  srv = null;
});
