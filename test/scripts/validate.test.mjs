// `npx samtykke validate` (SPEC §1) run as a site's CI runs it: the real bin, the built tool.
// Exit 1 and the field's message for an invalid notice; exit 0 for each demo notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const validate = (...args) => spawnSync(process.execPath, ['bin/samtykke.mjs', 'validate', ...args], { encoding: 'utf8' });
const validateStdin = (input) => spawnSync(process.execPath, ['bin/samtykke.mjs', 'validate', '-'], { encoding: 'utf8', input });

function withNotice(notice, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-validate-'));
  const file = join(dir, 'notice.json');
  writeFileSync(file, typeof notice === 'string' ? notice : JSON.stringify(notice));
  try {
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

test('an invalid notice: exit 1, each bad field named with the console message', () => {
  const notice = {
    revision: '1',
    controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
    categories: { analytics: {} },
    services: [
      { id: 'google-analytics', category: 'necessary', cookies: [{ name: '_ga', duration: '2 years' }], retention: '14 months' },
    ],
    proof: { endpoint: '/consent-proofs' },
  };
  withNotice(notice, (file) => {
    const r = validate(file);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(
      r.stderr,
      `${file}:\nsamtykke: the notice (config) is invalid, so nothing gated will run:\n` +
        `  - services[0].category: "google-analytics" is a known tracker and cannot be "necessary": trackers need the visitor's consent (ekomloven § 3-15). Put it in a category such as "analytics".\n`,
    );
    assert.equal(r.stdout, '');
  });
});

test('not JSON: exit 1 with the parser error', () => {
  withNotice('{ "revision": ', (file) => {
    const r = validate(file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /- \(root\): is not valid JSON: /);
  });
});

test('warnings only: exit 0, the warnings printed', () => {
  withNotice({ revision: '1', controller: { name: 'Eksempel AS' }, categories: {}, proof: { endpoint: '/p' } }, (file) => {
    const r = validate(file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stderr,
      /samtykke: the notice \(config\) has problems:\n {2}- controller: gives no way to reach the controller\./,
    );
    assert.equal(r.stdout, `${file}: valid, 1 warning\n`);
  });
});

test('each demo notice: exit 0 with nothing to warn about', () => {
  const files = readdirSync('demo/notices')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `demo/notices/${f}`);
  assert.equal(files.length, 5);
  const r = validate(...files);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, files.map((f) => `${f}: valid, nothing to warn about\n`).join(''));
});

test('--json: one result per file; usage and read errors exit 2', () => {
  const r = validate('--json', 'demo/notices/vestbo.json');
  assert.equal(r.status, 0);
  assert.deepEqual(JSON.parse(r.stdout), [{ file: 'demo/notices/vestbo.json', valid: true, errors: [], warnings: [] }]);
  assert.equal(validate().status, 2);
  assert.equal(validate('--strict', 'x.json').status, 2);
  const missing = validate('no/such/notice.json');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read no\/such\/notice\.json/);
});

test('--json gives each problem its stable code and parameters, and the law it cites in the message', () => {
  const notice = {
    revision: '1',
    controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
    summary: { nb: 'Ved å bruke nettstedet gir du samtykke til informasjonskapsler.' },
    categories: { analytics: {} },
  };
  withNotice(notice, (file) => {
    const r = validate('--json', file);
    assert.equal(r.status, 1);
    const [result] = JSON.parse(r.stdout);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code, e.params?.words]),
      [['summary.nb', 'consent-by-use', '("Ved å bruke" … "gir du samtykke")']],
    );
    assert.deepEqual(
      result.warnings.map((w) => [w.path, w.code]),
      [['proof', 'no-proof']],
    );
    assert.match(result.warnings[0].message, /GDPR art\. 7\(1\)/);
  });
});

test('"-" reads the notice from standard input', () => {
  const ok = validateStdin(readFileSync('demo/notices/resultat24.json', 'utf8'));
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout, '-: valid, nothing to warn about\n');
  const bad = validateStdin(
    JSON.stringify({
      revision: '1',
      controller: { name: 'A', email: 'a@b.no' },
      categories: { analytics: { legalBasis: 'legitimate-interests' } },
    }),
  );
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /- categories\.analytics\.legalBasis: "analytics" claims the legal basis "legitimate-interests"/);
});

test('--stamp writes a valid notice back with the stamp its canonical JSON earns; an invalid notice is not stamped', async () => {
  const { hasValidStamp, RULES_EDITION } = await import('../../dist/audit-build/widget/notice/stamp.js');
  const demo = readFileSync('demo/notices/vekstly.json', 'utf8');
  withNotice(demo, (file) => {
    const r = validate('--stamp', file);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const stamped = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(stamped.validated.rules, RULES_EDITION);
    assert.match(stamped.validated.sha256, /^[0-9a-f]{64}$/);
    const { validated: _stamp, ...rest } = stamped;
    assert.deepEqual(rest, JSON.parse(demo), 'the notice itself is unchanged');
    // Stamping again (the stamp already there) gives the same stamp, and the file still validates clean.
    assert.equal(validate('--stamp', file).status, 0);
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).validated, stamped.validated);
    assert.match(validate(file).stdout, /valid, nothing to warn about/);
    return hasValidStamp(stamped).then((ok) => assert.equal(ok, true));
  });
  const invalid = JSON.stringify({ revision: '1', controller: {}, categories: {} });
  withNotice(invalid, (file) => {
    const r = validate('--stamp', file);
    assert.equal(r.status, 1);
    assert.equal(readFileSync(file, 'utf8'), invalid, 'an invalid notice cannot be stamped');
  });
});
