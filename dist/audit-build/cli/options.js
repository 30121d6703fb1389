/**
 * The one option parser of the `samtykke` commands (audit, scan, expand, validate, studio), on
 * node:util's parseArgs: each command describes its options once, and the same description
 * gives the parsing, the checks of whole numbers, the messages for bad usage and the help text,
 * so every command's `--help` has one layout and every mistake is named the same way.
 */
import { parseArgs } from 'node:util';
/** Bad usage: the command prints the message and its help text, and exits 2. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** A parsed command line from the options' values. */
function parsedCommand(help, operands, values = {}) {
    return {
        help,
        operands,
        text: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
        number: (name) => (typeof values[name] === 'number' ? values[name] : undefined),
        flag: (name) => values[name] === true,
    };
}
const HELP = { name: 'help', short: 'h', help: 'this text' };
/** Where the options' descriptions start in the help text. */
const COLUMN = 28;
/** The command's help text, in the one layout every command shares. */
export function usage(spec) {
    const command = ['Usage: samtykke', spec.name, spec.operands, '[options]'].filter(Boolean).join(' ');
    const lines = [command, '', spec.about, '', 'Options:'];
    for (const option of [...spec.options, HELP]) {
        const names = `${option.short ? `-${option.short}, ` : ''}--${option.name}${option.value ? ` ${option.value}` : ''}`;
        const [first, ...more] = option.help.split('\n');
        lines.push(`  ${names}`.padEnd(COLUMN) + first, ...more.map((line) => ' '.repeat(COLUMN) + line));
    }
    if (spec.footer)
        lines.push('', spec.footer);
    return lines.join('\n') + '\n';
}
/**
 * Parses `args` against the command's options. With `command`, the first operand must be the
 * command's own name (how bin/samtykke.mjs hands on the audit, the scan and expand). Throws a
 * UsageError naming the option or operand that is wrong; `--help` wins over any mistake after it.
 */
export function parseCommand(spec, args, { command = false } = {}) {
    const options = Object.fromEntries([...spec.options, HELP].map((o) => [
        o.name,
        { type: o.value ? 'string' : 'boolean', ...(o.short && { short: o.short }) },
    ]));
    let parsed;
    try {
        parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        // Only parseArgs's verdicts on the command line are usage errors; anything else is a bug.
        if (!String(e.code).startsWith('ERR_PARSE_ARGS_'))
            throw e;
        if (args.includes('--help') || args.includes('-h'))
            return parsedCommand(true, []);
        throw new UsageError(parseArgsMessage(e));
    }
    if (parsed.values.help)
        return parsedCommand(true, []);
    const operands = [...parsed.positionals];
    if (command) {
        const word = operands.shift();
        if (word !== spec.name)
            throw new UsageError(word ? `unknown command "${word}"` : 'no command');
    }
    const values = { ...parsed.values };
    for (const option of spec.options) {
        const value = values[option.name];
        if (option.integer && typeof value === 'string')
            values[option.name] = integer(value, option);
    }
    return parsedCommand(false, operands, values);
}
/** A whole number within the option's bounds, or a UsageError saying which. */
function integer(value, option) {
    const { min, max, message } = option.integer;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || (max !== undefined && number > max))
        throw new UsageError(message ?? `--${option.name} must be a whole number ≥ ${min}`);
    return number;
}
/** parseArgs's own errors, said the way samtykke says them: the option, and what is wrong with it. */
function parseArgsMessage(e) {
    const option = /'(?:-\w, )?(--?[\w-]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option ${option}`;
    if (/does not take an argument/.test(e.message))
        return `${option} takes no value`;
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `${option} needs a value`;
    return e.message;
}
