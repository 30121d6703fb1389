// The samtykke notices the bench pages carry: bench/samtykke-config.json as written, and the same
// notice stamped the way an owner ships it, by the command an owner runs (SPEC §1):
// `npx samtykke validate --stamp notice.json` (bin/samtykke.mjs, built into dist/audit-build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOTICE_FILE, read, root } from './variants.mjs';

/**
 * `{ stamped, unstamped }`: the notice's text both ways, each on one line (inline JSON as a
 * minifying site would print it; the stamp is over the canonical JSON, so layout does not
 * matter to it). Throws with the CLI's own words when the notice cannot be stamped.
 */
export function benchNotices() {
  const written = read(NOTICE_FILE);
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-bench-'));
  try {
    const file = join(dir, 'notice.json');
    writeFileSync(file, written);
    const cli = spawnSync(process.execPath, [join(root, 'bin/samtykke.mjs'), 'validate', '--stamp', file], {
      cwd: root,
      encoding: 'utf8',
    });
    const stamped = JSON.parse(readFileSync(file, 'utf8'));
    if (cli.status !== 0 || !stamped.validated)
      throw new Error(
        `\`samtykke validate --stamp ${NOTICE_FILE}\` did not stamp the notice (exit ${cli.status}): ${(cli.stderr || cli.stdout).trim()}`,
      );
    return { stamped: JSON.stringify(stamped), unstamped: JSON.stringify(JSON.parse(written)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
