// `samtykke expand notice.json [--out FILE] [--lang …]` as a site owner runs it: the compiled tool
// through bin/samtykke.mjs (npm test builds first). Presets come out as full services, the file
// is written only when everything expands, and every problem is named with its field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'samtykke-expand-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function expand(notice, ...args) {
  const file = join(dir, `notice-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof notice === 'string' ? notice : JSON.stringify(notice));
  return spawnSync(process.execPath, ['bin/samtykke.mjs', 'expand', file, ...args], { encoding: 'utf8' });
}

const notice = {
  revision: '1',
  controller: { name: 'Eksempel AS' },
  categories: { necessary: {}, analytics: {}, marketing: {} },
  services: [
    { preset: 'google-analytics' },
    { preset: 'youtube', category: 'marketing' },
    { id: 'own', category: 'necessary', cookieless: true },
  ],
};

test('prints the notice with presets expanded, in the languages asked for', () => {
  const r = expand(notice, '--lang', 'nb,nn');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.services.map((s) => s.id),
    ['google-analytics', 'youtube', 'own'],
  );
  assert.match(out.services[0].preset, /^google-analytics@\d+$/);
  assert.deepEqual(Object.keys(out.services[0].purpose), ['nb', 'nn']);
  assert.deepEqual(out.services[2], notice.services[2]);
  // What the catalogue could not source is the owner's to check, and is said.
  assert.match(r.stderr, /check before publishing[^]*services\[1\] \(youtube\): role/);
});

test('--out writes the file; a second run over it changes nothing', () => {
  const out = join(dir, 'expanded.json');
  assert.equal(expand(notice, '--out', out).status, 0);
  const first = readFileSync(out, 'utf8');
  const again = join(dir, 'again.json');
  const r = spawnSync(process.execPath, ['bin/samtykke.mjs', 'expand', out, '--out', again], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(again, 'utf8'), first);
});

test('an unknown preset: exit 1, the field named, nothing written', () => {
  const out = join(dir, 'never.json');
  const r = expand({ ...notice, services: [{ preset: 'no-such-service' }] }, '--out', out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /services\[0\]\.preset: "no-such-service" is not in the service catalogue/);
  assert.equal(existsSync(out), false);
});

test('a file that is not JSON: exit 1; bad usage: exit 2 with the usage', () => {
  assert.equal(expand('{ not json').status, 1);
  const r = spawnSync(process.execPath, ['bin/samtykke.mjs', 'expand'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage: samtykke expand/);
  assert.equal(expand(notice, '--lang', 'norsk!').status, 2);
});
