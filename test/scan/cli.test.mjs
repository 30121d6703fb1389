// `npx samtykke scan` as a site owner runs it: the command, its files, what it prints, its exit
// codes. Every third-party request is answered locally (--intercept-third-party).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, ROOT } from '../audit/helpers.mjs';
import { startSite } from './helpers.mjs';

let site;
before(async () => {
  build();
  site = await startSite();
});
after(() => site?.close());

function cli(args, env = {}) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [ROOT + 'bin/samtykke.mjs', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('scan writes the draft and its report, prints the tags, and stays quiet when not on a terminal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-scan-'));
  const out = join(dir, 'notice.draft.json');
  const r = await cli([
    'scan',
    `${site.origin}/before/index.html`,
    '--pages',
    '2',
    '--intercept-third-party',
    '--settle',
    '250',
    '--out',
    out,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr.replace(/^.*unexpected operator\n/gm, ''), '', 'no progress lines in a pipe');
  const draft = JSON.parse(readFileSync(out, 'utf8'));
  const presets = Object.fromEntries(draft.services.filter((s) => s.preset).map((s) => [s.id, s.preset]));
  for (const id of ['google-analytics', 'meta-pixel', 'youtube', 'hotjar'])
    assert.match(presets[id] ?? '', new RegExp(`^${id}@\\d+$`), `${id} from the catalogue`);
  assert.ok(
    draft.services.some((s) => s.id === 'site' && s.cookies.some((c) => c.name === 'sid')),
    'the login cookie is for the owner to confirm',
  );
  assert.match(draft.controller.$todo, /add "name"/);
  const report = JSON.parse(readFileSync(join(dir, 'notice.draft.report.json'), 'utf8'));
  assert.deepEqual(report.pages, [`${site.origin}/before/index.html`, `${site.origin}/before/om-oss.html`]);
  const html = readFileSync(join(dir, 'notice.draft.report.html'), 'utf8');
  assert.match(html, /google-analytics@\d+/);
  assert.match(html, /Set-Cookie header of http:\/\/127\.0\.0\.1:\d+\/before\/index\.html/);
  assert.doesNotMatch(html, /<script(?! type=&)/i, 'the report runs no script (tags are shown escaped)');
  assert.match(r.stdout, /Draft notice: .*notice\.draft\.json/);
  assert.match(r.stdout, /<script src="\/samtykke\.js"><\/script>/);
  assert.match(
    r.stdout,
    /<script type="text\/plain" data-consent="analytics" data-service="google-analytics" data-src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-FJORD01" async><\/script>/,
  );
  assert.match(
    r.stdout,
    /<iframe data-consent="marketing" data-service="youtube" data-src="https:\/\/www\.youtube-nocookie\.com\/embed\/fjordbakst01"/,
  );
  assert.match(r.stdout, /npx samtykke validate/);
  assert.match(report.notes.join('\n'), /answered locally \(--intercept-third-party\)/);
  assert.match(r.stdout, /Note: Every third-party request was answered locally/);
});

/** Runs the command under a pseudo-terminal (util-linux `script`), so its stderr is a TTY. */
function onTerminal(args, env) {
  const line = [process.execPath, ROOT + 'bin/samtykke.mjs', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    const p = spawn('script', ['-qec', line, '/dev/null'], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code, out }));
  });
}

test('progress on a terminal, none in CI', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-scan-'));
  const args = [
    'scan',
    `${site.origin}/before/index.html`,
    '--pages',
    '2',
    '--intercept-third-party',
    '--settle',
    '0',
    '--out',
    join(dir, 'd.json'),
  ];
  const tty = await onTerminal(args, { CI: '' });
  assert.equal(tty.code, 0, tty.out);
  assert.match(tty.out, /scan: page 1\/2: http:\/\/127\.0\.0\.1:\d+\/before\/index\.html/);
  assert.match(tty.out, /scan: page 2\/2: /);
  const ci = await onTerminal(args, { CI: 'true' });
  assert.equal(ci.code, 0, ci.out);
  assert.doesNotMatch(ci.out, /scan: page/);
  assert.match(ci.out, /Draft notice: /);
});

test('usage and run errors exit 2; --help exits 0', async () => {
  assert.equal((await cli(['scan'])).code, 2);
  assert.equal((await cli(['scan', 'not a url'])).code, 2);
  assert.equal((await cli(['scan', site.origin + '/before/index.html', '--pages', '0'])).code, 2);
  const missing = await cli([
    'scan',
    site.origin + '/no-such-page.html',
    '--intercept-third-party',
    '--out',
    join(mkdtempSync(join(tmpdir(), 'samtykke-scan-')), 'd.json'),
  ]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /HTTP 404/);
  const help = await cli(['scan', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: samtykke scan <url>/);
});
