// The fast path (src/widget/fast/, run first in <head> on every page view) imports no Lit, no
// validator and no interface code, and touches no DOM while it is imported: everything heavy
// is a part fetched when a visit needs it. Checked on the source's import graph, and by
// importing every module in Node, where any DOM access at import time throws.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const fast = join(root, 'src/widget/fast');

/** The modules a file imports at run time (type-only imports are erased by the compiler). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!m[2]) found.push(m[3]);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]);
  return found;
}

/** Every source file the entry reaches through run-time imports, as paths relative to the repository. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) {
        external.add(spec);
        continue;
      }
      visit(normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))));
    }
  };
  visit(entry);
  return [...[...seen].map((f) => relative(root, f)), ...[...external].map((e) => `package:${e}`)];
}

describe('the fast path', () => {
  const entry = join(root, 'src/widget/index.ts');
  const modules = reachable(entry);

  it('reaches only the fast path, the defaults, the rules edition, text lookup and the language choice', () => {
    for (const m of modules) {
      expect(m, m).toMatch(
        /^src\/widget\/(index\.ts|fast\/[\w.-]+\.ts|notice\/(defaults|text|stamp)\.ts|i18n\/(language|fast|format)\.ts|types\.ts)$/,
      );
    }
  });

  it('imports no Lit, no idb-keyval, no validator and no interface', () => {
    expect(modules.filter((m) => m.startsWith('package:'))).toEqual([]);
    expect(modules.some((m) => /notice\/(validate|schema|rules|wording|known)/.test(m))).toBe(false);
    expect(modules.some((m) => /\/(ui|decide|proof)\//.test(m))).toBe(false);
  });

  it('touches no DOM while imported (in Node, where there is none)', async () => {
    expect(typeof document).toBe('undefined');
    for (const file of readdirSync(fast).filter((f) => f.endsWith('.ts'))) {
      await expect(import(/* @vite-ignore */ join(fast, file)), file).resolves.toBeTruthy();
    }
  });
});
