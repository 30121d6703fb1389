// docs/site-owner.md's optional preload links name every file a first visit with a stamped
// notice fetches besides samtykke.js (the size script's reading of the build), and nothing else:
// a page that copies them saves the round trip and fetches nothing it would not have fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { filesOf } from '../../scripts/size.mjs';
import { ensureBuilt } from '../../scripts/built.mjs';

test("docs/site-owner.md's preload links are the stamped first visit's files in dist/", async () => {
  assert.ok(await ensureBuilt(), 'dist/ builds');
  const docs = readFileSync('docs/site-owner.md', 'utf8');
  const block = /<!-- preload-links:start -->([\s\S]*?)<!-- preload-links:end -->/.exec(docs)?.[1];
  assert.ok(block, 'the preload-links block is in docs/site-owner.md');
  const documented = [...block.matchAll(/<link rel="modulepreload" href="\/samtykke\/([^"]+)">/g)].map((m) => m[1]);
  const needed = filesOf('dist', ['samtykke-first.mjs', 'samtykke-first-nb.mjs', 'samtykke-notice.mjs']);
  assert.deepEqual([...documented].sort(), [...needed].sort());
});
