/**
 * `samtykke audit <url> [--out DIR] [--pages N] [--json] [--junit FILE] …`: runs `audit()` and
 * writes its report (report.html, report.json and the screenshots in DIR; JUnit XML on request).
 *
 * Exit codes, so a site's CI can gate on it: 0 only when there are no findings, 1 with
 * findings, 2 when the audit could not run (bad usage, no browser, page unreachable, or a
 * scenario that stopped early). It never reports "no findings" for an audit that did not finish.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { audit, AuditError, incomplete } from './audit.js';
import { renderHtml, renderJunit, summary, toJson } from './report.js';
import { parseCommand, usage, UsageError } from '../cli/options.js';
/** The audit's command line, described once: parsing, checks and --help come from it. */
export const AUDIT_COMMAND = {
    name: 'audit',
    operands: '<url>',
    about: `Loads <url> in headless Chromium as a new visitor in each consent state (no interaction,
Reject all, each category alone, Accept all, Global Privacy Control, withdrawal) and reports
what the site stores and sends, compared with the visitor's choice and the site's notice.`,
    options: [
        { name: 'out', value: 'DIR', help: 'where to write report.html, report.json and screenshots\n(default: ./samtykke-audit)' },
        { name: 'pages', value: 'N', integer: { min: 1 }, help: 'pages per visit: the URL and same-site links on it (default 1)' },
        { name: 'json', help: 'print the JSON report to stdout instead of a summary' },
        { name: 'junit', value: 'FILE', help: 'also write JUnit XML (one test case per check)' },
        {
            name: 'intercept-third-party',
            help: 'answer every third-party request locally with an empty response:\nsee what the page attempts without contacting anyone',
        },
        {
            name: 'local-proof',
            help: "answer the receipts at the proof endpoint here: none of the\naudit's receipts reaches your proof log, and the endpoint is not\ntested (by default they go to it, and a failing endpoint is a finding)",
        },
        {
            name: 'notice',
            value: 'FILE',
            help: 'the notice, for an app that starts samtykke with init(config) and\nhas no notice in the page to read',
        },
        {
            name: 'settle',
            value: 'MS',
            integer: { min: 0 },
            help: 'time to let the page settle after each load or click (default 1500)',
        },
        { name: 'timeout', value: 'MS', integer: { min: 1000 }, help: 'navigation timeout (default 30000)' },
    ],
    footer: `Chromium: CHROME_PATH, else the usual install locations.
Exit code: 0 no problems found, 1 problems found, 2 the audit could not run.`,
};
export const USAGE = usage(AUDIT_COMMAND);
/** Writes report.html, report.json and screenshots/*.png into `dir`; returns the HTML's path. */
export async function writeReport(r, dir) {
    await mkdir(join(dir, 'screenshots'), { recursive: true });
    for (const s of r.scenarios) {
        for (const [i, shot] of s.screenshots.entries()) {
            if (!shot.png)
                continue;
            shot.file = `screenshots/${s.id}-${i + 1}.png`;
            await writeFile(join(dir, shot.file), shot.png);
        }
    }
    const html = join(dir, 'report.html');
    await writeFile(html, renderHtml(r));
    await writeFile(join(dir, 'report.json'), toJson(r));
    return html;
}
/** The --notice file, parsed; a file that cannot be read or is no JSON is a usage error. */
async function readNotice(file) {
    let text;
    try {
        text = await readFile(resolve(file), 'utf8');
    }
    catch (e) {
        throw new UsageError(`--notice: cannot read ${file}: ${e.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new UsageError(`--notice: ${file} is not valid JSON: ${e.message}`);
    }
}
/** The command line, read: the options, or 'help'; a UsageError names what is wrong. */
async function auditArguments(argv) {
    const command = parseCommand(AUDIT_COMMAND, argv, { command: true });
    if (command.help)
        return 'help';
    const [url, ...more] = command.operands;
    if (!url)
        throw new UsageError('no URL given');
    if (more.length)
        throw new UsageError(`unexpected argument "${more[0]}"`);
    const notice = command.text('notice');
    const junit = command.text('junit');
    return {
        url,
        out: resolve(command.text('out') ?? 'samtykke-audit'),
        pages: command.number('pages') ?? 1,
        json: command.flag('json'),
        junit: junit ? resolve(junit) : undefined,
        intercept: command.flag('intercept-third-party'),
        localProof: command.flag('local-proof'),
        notice: notice === undefined ? undefined : await readNotice(notice),
        settle: command.number('settle'),
        timeout: command.number('timeout'),
    };
}
/** Runs `samtykke audit …` (the arguments after the program name); returns the exit code. */
export async function main(argv, chrome) {
    const err = (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n');
    let opts;
    try {
        opts = await auditArguments(argv);
    }
    catch (e) {
        err(`samtykke: ${e.message}\n\n${USAGE}`);
        return 2;
    }
    if (opts === 'help') {
        process.stdout.write(USAGE);
        return 0;
    }
    const executablePath = chrome.findChrome();
    if (!executablePath) {
        err('samtykke: no Chromium found. Set CHROME_PATH, or on Debian/Ubuntu run: sudo apt-get install -y chromium');
        return 2;
    }
    let result;
    try {
        result = await audit(opts.url, {
            executablePath,
            launchArgs: chrome.chromeArgs,
            pages: opts.pages,
            interceptThirdParty: opts.intercept,
            localProof: opts.localProof,
            notice: opts.notice,
            settleMs: opts.settle,
            timeoutMs: opts.timeout,
            // Progress on a terminal; quiet in CI and when stderr is a file or a pipe.
            log: process.stderr.isTTY && !process.env.CI ? (line) => err(line) : undefined,
        });
    }
    catch (e) {
        err(`samtykke: ${e instanceof AuditError ? e.message : `the audit failed: ${e.stack ?? e}`}`);
        return 2;
    }
    const errors = incomplete(result);
    try {
        const html = await writeReport(result, opts.out);
        if (opts.junit)
            await writeFile(opts.junit, renderJunit(result, errors));
        if (opts.json)
            process.stdout.write(toJson(result) + '\n');
        else
            process.stdout.write(summary(result) + `Report: ${html}\n`);
    }
    catch (e) {
        err(`samtykke: could not write the report: ${e.message}`);
        return 2;
    }
    if (errors.length) {
        err(`samtykke: the audit is incomplete:\n  ${errors.join('\n  ')}`);
        return 2;
    }
    return result.findings.length ? 1 : 0;
}
