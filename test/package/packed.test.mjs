// The package as a developer gets it: `npm pack`, then the tarball installed into a fresh Vite +
// React 19 app (test/package/app) with npm itself, offline. The app's lock file is cut from this
// repository's (same versions, the tarballs `npm ci` already put in npm's cache), so the install
// is bounded and needs no network; npm still checks it against each package.json, the tarball's
// included. Then: `npm ls --omit=dev` pulls nothing the browser never uses, the installed CLI
// and `import('samtykke')` work in Node, `tsc --strict` passes on a consumer of every public type,
// the Vite build passes, and the app works in Chromium (scenario.mjs). `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApp } from './scenario.mjs';

const repo = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'samtykke-packed-'));
const app = join(work, 'app');
test.after(() => process.env.SAMTYKKE_KEEP || rmSync(work, { recursive: true, force: true }));

/** @type {{ stdio: ('ignore' | 'pipe')[], encoding: 'utf8', env: NodeJS.ProcessEnv }} */
const quiet = {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
  env: { ...process.env, npm_config_update_notifier: 'false' },
};
const npm = (args, cwd) => execFileSync('npm', args, { ...quiet, cwd });

/**
 * A lock file for `app` whose root depends on `rootDeps`, with every package taken from the
 * repository's lock at the same place in the tree, found the way Node resolves: a package at
 * `P` requiring `D` gets `P/node_modules/D`, else the same one level up, up to the top.
 */
function lockFor(rootPackage, samtykkeEntry) {
  const repoLock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')).packages;
  const packages = { '': rootPackage, 'node_modules/samtykke': samtykkeEntry };
  const find = (from, name) => {
    for (
      let at = from;
      ;
      at = at.includes('node_modules/') ? at.slice(0, at.lastIndexOf('node_modules/')).replace(/\/$/, '') : ''
    ) {
      const path = `${at ? at + '/' : ''}node_modules/${name}`;
      if (repoLock[path]) return path;
      if (!at) return null;
    }
  };
  const visit = (from, deps, optional) => {
    for (const name of Object.keys(deps ?? {})) {
      const path = find(from, name);
      if (!path) {
        if (optional.has(name)) continue;
        throw new Error(`${name} (needed by ${from || 'the app'}) is not in the repository's lock file`);
      }
      if (packages[path]) continue;
      const { dev, devOptional, peer, ...entry } = repoLock[path];
      packages[path] = entry;
      // npm installs peers too, unless they are marked optional.
      const peers = Object.keys(entry.peerDependencies ?? {}).filter((n) => !entry.peerDependenciesMeta?.[n]?.optional);
      const needed = { ...entry.dependencies, ...entry.optionalDependencies, ...Object.fromEntries(peers.map((n) => [n, '*'])) };
      visit(path, needed, new Set(Object.keys(entry.optionalDependencies ?? {})));
    }
  };
  const { samtykke, ...others } = rootPackage.dependencies; // samtykke: the tarball, placed above
  void samtykke;
  visit('', { ...others, ...rootPackage.devDependencies }, new Set());
  const s = packages['node_modules/samtykke'];
  visit('node_modules/samtykke', s.dependencies, new Set());
  return { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

test(
  'the packed tarball installs, builds, type-checks and runs in a fresh Vite + React 19 app',
  { timeout: 600000 },
  async (t) => {
    // The tarball (dist/ is built already: `npm pack` would run prepack, which builds it again).
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo))[0];
    const tarball = join(work, packed.filename);
    const shipped = packed.files.map((f) => f.path);

    await t.test('the tarball ships what the README links and the exports name, and no internal types', () => {
      for (const file of [
        'LICENSE',
        'README.md',
        'docs/SPEC.md',
        'docs/receipts.md',
        'dist/samtykke.mjs',
        'dist/samtykke.d.ts',
        'dist/core.mjs',
        'dist/react.mjs',
        'dist/i18n/sv.mjs',
        'dist/samtykke-guard.js',
        'dist/samtykke.js',
        'bin/samtykke.mjs',
      ]) {
        assert.ok(shipped.includes(file), `${file} is in the tarball`);
      }
      const readme = readFileSync(join(repo, 'README.md'), 'utf8');
      for (const [, link] of readme.matchAll(/(?:\]\(|src=")(?!https?:)([A-Za-z][^)#\s"]*\.[a-z]+)/g))
        assert.ok(shipped.includes(link), `the README links ${link}, and the tarball has it`);
      assert.ok(
        !shipped.some((f) => f.startsWith('dist/audit-build/') && f.endsWith('.d.ts')),
        'no declarations of the command-line internals',
      );
      assert.ok(!shipped.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests');
      const pictures = shipped.filter((f) => /\.(png|jpe?g|gif|webp|avif)$/i.test(f));
      assert.deepEqual(pictures, [], 'no pictures (the README shows them from the repository)');
    });

    // The app: its files, a package.json like a developer's, and its lock cut from ours.
    cpSync(join(repo, 'test/package/app'), app, { recursive: true, filter: (f) => !/\/(dist|node_modules)$/.test(f) });
    cpSync(tarball, join(app, 'samtykke.tgz'));
    const ours = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const rootPackage = {
      name: 'app',
      version: '1.0.0',
      dependencies: {
        samtykke: 'file:samtykke.tgz',
        react: ours.devDependencies.react,
        'react-dom': ours.devDependencies['react-dom'],
      },
      devDependencies: Object.fromEntries(
        ['vite', 'typescript', '@types/react', '@types/react-dom'].map((n) => [n, ours.devDependencies[n]]),
      ),
    };
    writeFileSync(join(app, 'package.json'), JSON.stringify({ ...rootPackage, private: true, type: 'module' }, null, 2));
    const { name, version, license, dependencies, peerDependencies, peerDependenciesMeta, bin, engines } = ours;
    const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
    const samtykkeEntry = {
      version,
      resolved: 'file:samtykke.tgz',
      integrity,
      license,
      dependencies,
      peerDependencies,
      peerDependenciesMeta,
      bin,
      engines,
    };
    void name;
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockFor(rootPackage, samtykkeEntry), null, 2));

    await t.test('npm installs it offline from the tarball', () => {
      npm(['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
    });

    await t.test('npm ls --omit=dev: the installed package pulls nothing the browser does not use', (t) => {
      const tree = JSON.parse(npm(['ls', '--omit=dev', '--all', '--json'], app));
      const names = new Set();
      // An optional peer that is not installed is listed too ("UNMET OPTIONAL DEPENDENCY", no
      // version): only what is installed counts.
      const walk = (deps) => Object.entries(deps ?? {}).forEach(([n, d]) => (d.version && names.add(n), walk(d.dependencies)));
      walk(tree.dependencies);
      assert.ok(names.has('samtykke') && names.has('react'));
      // The Node programs' packages (receipt schema, metrics, site names) are bundled into them.
      const nodeOnly = ['ajv', 'ajv-formats', 'prom-client', 'tldts'];
      for (const unwanted of ['lit', 'idb-keyval', 'pg', 'playwright-core', ...nodeOnly]) {
        assert.ok(!names.has(unwanted), `${unwanted} is not installed`);
        assert.ok(!existsSync(join(app, 'node_modules', unwanted)), `node_modules/${unwanted} does not exist`);
      }
      t.diagnostic(`installed for the browser app: ${[...names].sort().join(', ')}`);
    });

    await t.test('in Node: import("samtykke") validates, and the CLI validates and names a missing optional package', () => {
      const out = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import('samtykke').then((m) => console.log(JSON.stringify(m.validate({ revison: '1', controler: {} }).errors)))",
        ],
        { ...quiet, cwd: app },
      );
      assert.deepEqual(
        JSON.parse(out).map((e) => e.path),
        ['revision', 'controller', 'categories'],
      );
      const bin = join(app, 'node_modules/.bin/samtykke');
      const good = spawnSync(bin, ['validate', join(repo, 'demo/notices/vestbo.json')], { ...quiet, cwd: app });
      assert.equal(good.status, 0, good.stdout + good.stderr);
      const bad = spawnSync(bin, ['validate', '-'], { ...quiet, cwd: app, stdio: 'pipe', input: '{"revison":"1"}' });
      assert.equal(bad.status, 1);
      const audit = spawnSync(bin, ['audit', 'http://127.0.0.1:9/'], { ...quiet, cwd: app });
      assert.equal(audit.status, 2);
      assert.match(audit.stderr, /needs the "playwright-core" package/);
    });

    await t.test('npx samtykke-receiver runs from the tarball: it checks a receipt and serves its metrics', async () => {
      const data = join(work, 'proofs');
      const receiver = spawn(join(app, 'node_modules/.bin/samtykke-receiver'), ['--port', '0', '--data', data], {
        ...quiet,
        cwd: app,
      });
      try {
        let output = '';
        const origin = await new Promise((resolve, reject) => {
          receiver.stdout.on('data', (chunk) => {
            output += chunk;
            const listening = /listening on (http:\/\/[\d.:]+)\//.exec(output);
            if (listening) resolve(listening[1]);
          });
          receiver.stderr.on('data', (chunk) => (output += chunk));
          receiver.on('exit', (code) => reject(new Error(`samtykke-receiver exited (${code}): ${output}`)));
        });
        // The receipt schema (ajv, bundled) names the missing field.
        const refused = await fetch(`${origin}/consent-proofs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        assert.equal(refused.status, 400);
        assert.match(await refused.text(), /is required/);
        // The metrics (prom-client, bundled) count that refusal.
        const metrics = await (await fetch(`${origin}/metrics`)).text();
        assert.match(metrics, /samtykke_requests_refused_total\{[^}]*reason="schema"[^}]*\} 1/);
      } finally {
        receiver.kill('SIGTERM');
      }
    });

    await t.test('tsc --strict passes on a consumer of every public type (and the typo stays an error)', () => {
      const r = spawnSync(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', app, '--strict'], {
        ...quiet,
        cwd: app,
      });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });

    await t.test('vite build passes, and the app works in Chromium', async () => {
      execFileSync(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build'], { ...quiet, cwd: app });
      await checkApp(join(app, 'dist'));
    });
  },
);
