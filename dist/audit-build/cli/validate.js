/**
 * `npx samtykke validate notice.json […]` (SPEC §1): checks notices as the widget does, so a
 * site's CI can refuse a notice before it reaches a page. It prints the same messages the browser
 * console shows and exits 1 when any notice has an error (the widget would fail closed), 0 when
 * every notice is valid (warnings or not), 2 on a usage or read error.
 *
 * The file system and the terminal are passed in by bin/samtykke.mjs, so this module is tested
 * by calling `main` with plain functions.
 */
import { formatProblems, parseConfig } from '../widget/notice/validate.js';
import { stampFor } from '../widget/notice/stamp.js';
import { parseCommand, usage, UsageError } from './options.js';
/** `samtykke validate`'s command line, described once: parsing and --help come from it. */
export const VALIDATE_COMMAND = {
    name: 'validate',
    operands: '<notice.json | -> […]',
    about: `Checks each notice (the widget's config, SPEC §3; "-" reads standard input) and prints its
errors and warnings.`,
    options: [
        {
            name: 'json',
            help: "print [{ file, valid, errors, warnings }] instead of text; each problem\nhas its path, message, a stable code and the code's parameters",
        },
        {
            name: 'stamp',
            help: 'write each valid notice back with its "validated" stamp (SPEC §1: a\nvisitor\'s browser trusts a notice whose stamp matches its text); a notice\nwith errors is not stamped. With "-" the stamped notice is printed instead.',
        },
    ],
    footer: 'Exit code: 0 every notice valid (warnings allowed), 1 a notice has errors, 2 usage or read error.',
};
const USAGE = usage(VALIDATE_COMMAND);
export async function main(args, io) {
    let command;
    try {
        command = parseCommand(VALIDATE_COMMAND, args);
        if (!command.help && !command.operands.length)
            throw new UsageError('name a notice file');
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.err(`samtykke validate: ${e.message}\n\n${USAGE}`);
        return 2;
    }
    if (command.help) {
        io.out(USAGE.trimEnd());
        return 0;
    }
    const json = command.flag('json');
    const stamp = command.flag('stamp');
    const files = command.operands;
    const results = [];
    let unreadable = false;
    for (const file of files) {
        let text;
        try {
            text = io.readFile(file);
        }
        catch (e) {
            io.err(`samtykke validate: cannot read ${file}: ${e.message}`);
            unreadable = true;
            continue;
        }
        // Codes and parameters for --json, so a site's CI can tell problems apart without reading words.
        const { errors, warnings } = parseConfig(text, { codes: json });
        results.push({ file, valid: errors.length === 0, errors, warnings });
        if (stamp && !errors.length && !(await writeStamped(file, text, io)))
            unreadable = true;
    }
    if (json)
        io.out(JSON.stringify(results, null, 2));
    else
        for (const r of results) {
            if (r.errors.length)
                io.err(`${r.file}:\n${formatProblems('error', r.errors)}`);
            if (r.warnings.length)
                io.err(`${r.file}:\n${formatProblems('warning', r.warnings)}`);
            if (!r.errors.length)
                io.out(`${r.file}: valid${r.warnings.length ? `, ${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''}` : ', nothing to warn about'}`);
        }
    if (unreadable)
        return 2;
    return results.some((r) => !r.valid) ? 1 : 0;
}
/**
 * Writes a valid notice back with its stamp (SPEC §1), the `validated` member last. The stamp is
 * over the notice's canonical JSON, so the file's own layout does not matter to it; the file is
 * written as two-space JSON. False when the file cannot be written.
 */
async function writeStamped(file, text, io) {
    const { validated: _old, ...notice } = JSON.parse(text);
    const stamped = `${JSON.stringify({ ...notice, validated: await stampFor(notice) }, null, 2)}\n`;
    if (file === '-') {
        io.out(stamped.trimEnd());
        return true;
    }
    try {
        io.writeFile(file, stamped);
        return true;
    }
    catch (e) {
        io.err(`samtykke validate: cannot write ${file}: ${e.message}`);
        return false;
    }
}
