/**
 * `samtykke expand <notice.json> [--out FILE] [--lang nb,nn,en]`: writes the notice with every
 * preset service expanded from the service catalogue (presets.ts), to FILE or stdout.
 *
 * Exit codes: 0 written; 1 the notice cannot be read or a preset cannot be expanded (each
 * problem named with its field); 2 bad usage. It writes nothing when anything is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expandNotice, getEntry, PresetError } from './catalogue.js';

export const USAGE = `Usage: samtykke expand <notice.json> [options]

Writes the notice with every service written as { "preset": "<catalogue id>" } expanded into a
full service from samtykke's service catalogue (provider, purpose, cookies and their durations,
transfers, hosts), recording the version as "preset": "<id>@<version>". Fields the service gives
itself replace the catalogue's. Services already expanded ("<id>@<version>") are left as they are.

Options:
  --out FILE        write to FILE instead of stdout
  --lang LIST       keep only these languages of the catalogue's texts, e.g. nb,nn,en
                    (default: every language the catalogue has)
  -h, --help        this text

Exit code: 0 written, 1 a problem with the notice or a preset, 2 bad usage.
`;

class UsageError extends Error {}

interface Options {
  file: string;
  out?: string;
  languages?: string[];
}

function parse(argv: string[]): Options | null {
  const [command, ...rest] = argv;
  if (command !== 'expand') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  const positionals: string[] = [];
  const options: Partial<Options> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-h' || arg === '--help') return null;
    if (arg === '--out' || arg === '--lang') {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') options.out = value;
      else
        options.languages = value
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean);
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else positionals.push(arg);
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one notice file');
  if (options.languages && !options.languages.every((l) => /^[a-z]{2,3}$/.test(l)))
    throw new UsageError('--lang takes language codes like nb,nn,en');
  return { file: positionals[0], ...options };
}

/**
 * Tells the owner, on stderr, what the catalogue could not source for each service it just
 * expanded (a role, a transfer, cookies…): the notice is theirs to complete before publishing.
 */
function reportUnsourced(notice: unknown): void {
  const services = (notice as { services?: unknown }).services;
  if (!Array.isArray(services)) return;
  const lines: string[] = [];
  services.forEach((service, i) => {
    const preset = (service as { preset?: unknown } | null)?.preset;
    if (typeof preset !== 'string' || preset.includes('@')) return;
    const unsourced = getEntry(preset)?.unsourced ?? [];
    if (unsourced.length) lines.push(`  services[${i}] (${preset}): ${unsourced.join('; ')}`);
  });
  if (lines.length)
    console.error('samtykke expand: check before publishing; the catalogue has no source for:\n' + lines.join('\n'));
}

/** Runs `samtykke expand …` with the arguments after the program name; returns the exit code. */
export function main(argv: string[]): number {
  let options: Options | null;
  try {
    options = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`samtykke expand: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  let notice: unknown;
  try {
    notice = JSON.parse(readFileSync(options.file, 'utf8'));
  } catch (e) {
    console.error(`samtykke expand: cannot read ${options.file}: ${(e as Error).message}`);
    return 1;
  }
  let expanded: unknown;
  try {
    expanded = expandNotice(notice as Record<string, unknown>, options.languages);
  } catch (e) {
    if (!(e instanceof PresetError)) throw e;
    console.error(
      `samtykke expand: ${options.file}:\n` + e.problems.map((p) => `  ${p.path || '(notice)'}: ${p.message}`).join('\n'),
    );
    return 1;
  }
  reportUnsourced(notice);
  const json = JSON.stringify(expanded, null, 2) + '\n';
  if (!options.out) {
    console.log(json.trimEnd());
    return 0;
  }
  try {
    writeFileSync(options.out, json);
  } catch (e) {
    console.error(`samtykke expand: cannot write ${options.out}: ${(e as Error).message}`);
    return 1;
  }
  console.error(`samtykke expand: wrote ${options.out}`);
  return 0;
}
