/**
 * `samtykke expand <notice.json> [--out FILE] [--lang nb,nn,en]`: writes the notice with every
 * preset service expanded from the service catalogue (presets.ts), to FILE or stdout.
 *
 * Exit codes: 0 written; 1 the notice cannot be read or a preset cannot be expanded (each
 * problem named with its field); 2 bad usage. It writes nothing when anything is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expandNotice, getEntry, PresetError } from './catalogue.js';
import { parseCommand, usage, UsageError } from '../cli/options.js';
/** `samtykke expand`'s command line, described once: parsing, checks and --help come from it. */
export const EXPAND_COMMAND = {
    name: 'expand',
    operands: '<notice.json>',
    about: `Writes the notice with every service written as { "preset": "<catalogue id>" } expanded into a
full service from samtykke's service catalogue (provider, purpose, cookies and their durations,
transfers, hosts), recording the version as "preset": "<id>@<version>". Fields the service gives
itself replace the catalogue's. Services already expanded ("<id>@<version>") are left as they are.`,
    options: [
        { name: 'out', value: 'FILE', help: 'write to FILE instead of stdout' },
        {
            name: 'lang',
            value: 'LIST',
            help: "keep only these languages of the catalogue's texts, e.g. nb,nn,en\n(default: every language the catalogue has)",
        },
    ],
    footer: 'Exit code: 0 written, 1 a problem with the notice or a preset, 2 bad usage.',
};
export const USAGE = usage(EXPAND_COMMAND);
/** The command line, read: the options, or null for --help; a UsageError names what is wrong. */
function parse(argv) {
    const command = parseCommand(EXPAND_COMMAND, argv, { command: true });
    if (command.help)
        return null;
    if (command.operands.length !== 1)
        throw new UsageError('give exactly one notice file');
    const languages = command
        .text('lang')
        ?.split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    if (languages && !languages.every((l) => /^[a-z]{2,3}$/.test(l)))
        throw new UsageError('--lang takes language codes like nb,nn,en');
    return { file: command.operands[0], out: command.text('out'), languages };
}
/**
 * Tells the owner, on stderr, what the catalogue could not source for each service it just
 * expanded (a role, a transfer, cookies…): the notice is theirs to complete before publishing.
 */
function reportUnsourced(notice) {
    const services = notice.services;
    if (!Array.isArray(services))
        return;
    const lines = [];
    services.forEach((service, i) => {
        const preset = service?.preset;
        if (typeof preset !== 'string' || preset.includes('@'))
            return;
        const unsourced = getEntry(preset)?.unsourced ?? [];
        if (unsourced.length)
            lines.push(`  services[${i}] (${preset}): ${unsourced.join('; ')}`);
    });
    if (lines.length)
        console.error('samtykke expand: check before publishing; the catalogue has no source for:\n' + lines.join('\n'));
}
/** Runs `samtykke expand …` with the arguments after the program name; returns the exit code. */
export function main(argv) {
    let options;
    try {
        options = parse(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        console.error(`samtykke expand: ${e.message}\n\n${USAGE}`);
        return 2;
    }
    if (!options) {
        console.log(USAGE);
        return 0;
    }
    let notice;
    try {
        notice = JSON.parse(readFileSync(options.file, 'utf8'));
    }
    catch (e) {
        console.error(`samtykke expand: cannot read ${options.file}: ${e.message}`);
        return 1;
    }
    let expanded;
    try {
        expanded = expandNotice(notice, options.languages);
    }
    catch (e) {
        if (!(e instanceof PresetError))
            throw e;
        console.error(`samtykke expand: ${options.file}:\n` + e.problems.map((p) => `  ${p.path || '(notice)'}: ${p.message}`).join('\n'));
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
    }
    catch (e) {
        console.error(`samtykke expand: cannot write ${options.out}: ${e.message}`);
        return 1;
    }
    console.error(`samtykke expand: wrote ${options.out}`);
    return 0;
}
