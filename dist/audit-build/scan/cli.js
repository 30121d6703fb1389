/**
 * `samtykke scan <url> [--pages N] [--out notice.draft.json] [--intercept-third-party]`: scans
 * the site as it is, writes a draft notice built from the service catalogue, a report beside it
 * (`<draft>.report.html` and `.report.json`), and prints the tags to paste and to change.
 *
 * Exit codes: 0 the draft was written (it still has "$todo" notes for the owner), 2 the scan
 * could not run (bad usage, no browser, the page unreachable, the files not writable).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { expandPreset, loadCatalogue } from '../catalogue/catalogue.js';
import { AuditError } from '../browser/launch.js';
import { parseCommand, usage, UsageError } from '../cli/options.js';
import { scan } from './scan.js';
import { buildDraft } from './draft.js';
import { framesText } from './frames.js';
import { renderScanHtml } from './report.js';
import { gateTags, headTags } from './tags.js';
import { validate } from '../widget/notice/config.js';
import { stampFor } from '../widget/notice/stamp.js';
/** The scan's command line, described once: parsing, checks and --help come from it. */
export const SCAN_COMMAND = {
    name: 'scan',
    operands: '<url>',
    about: `Loads <url> in headless Chromium as a first-time visitor, before samtykke, follows same-site
links, and records the cookies, storage, third-party requests and embeds it finds. Writes a draft
notice with the services it recognised from the catalogue, and "$todo" notes for what only you
can say (who you are, and anything the catalogue does not know). The draft fails validation
until each "$todo" is done.`,
    options: [
        {
            name: 'out',
            value: 'FILE',
            help: 'the draft notice (default: notice.draft.json); the report goes\nbeside it (FILE without .json + .report.html and .report.json)',
        },
        { name: 'pages', value: 'N', integer: { min: 1 }, help: 'pages to visit: the URL and same-site links (default 1)' },
        {
            name: 'controller',
            value: 'FILE',
            help: 'who is responsible for the site: a JSON file with the notice\'s\n"controller" object (or a notice to take it from); without it the\ndraft has a "$todo" for it',
        },
        {
            name: 'intercept-third-party',
            help: 'answer every third-party request locally with an empty response:\nsee what the page attempts without contacting anyone',
        },
        { name: 'settle', value: 'MS', integer: { min: 0 }, help: 'time to let each page settle after it loaded (default 1500)' },
        { name: 'timeout', value: 'MS', integer: { min: 1000 }, help: 'navigation timeout (default 30000)' },
    ],
    footer: 'Exit code: 0 the draft was written, 2 the scan could not run.',
};
export const SCAN_USAGE = usage(SCAN_COMMAND);
/** The loader's result as a list of entries, whether it gives a list, a Map or an object by id. */
export async function entriesOf(api) {
    const all = await api.loadCatalogue();
    const list = Array.isArray(all) ? all : all instanceof Map ? [...all.values()] : Object.values((all ?? {}));
    return list.filter((e) => !!e && typeof e === 'object' && typeof e.id === 'string');
}
/** The draft, the report and the tags, from what a scan observed. */
export async function draftFrom(observations, api, meta) {
    const entries = await entriesOf(api);
    const { notice, services, todos, frames } = buildDraft(observations, {
        entries,
        expand: (s) => ({ ...api.expandPreset(s) }),
        revision: new Date().toISOString().slice(0, 10),
        controller: meta.controller,
    });
    const stamp = await stampDraft(notice, todos.length);
    const site = new URL(observations.url).hostname;
    const report = {
        url: observations.url,
        scannedAt: new Date().toISOString(),
        tool: meta.tool,
        browser: meta.browser,
        pages: observations.pages,
        services,
        tags: gateTags(observations.elements, services, entries, site),
        head: headTags(notice),
        todos,
        frames,
        stamp,
        notes: [],
    };
    if (meta.intercepted)
        report.notes.push('Every third-party request was answered locally (--intercept-third-party), so third-party scripts did not run: the cookies they set and the requests they make are missing here. Scan without it to see them.');
    if (meta.pagesAsked && observations.pages.length < meta.pagesAsked)
        report.notes.push(`Only ${observations.pages.length} of the ${meta.pagesAsked} pages asked for were reached by following same-site links from ${observations.url}.`);
    return { notice, report };
}
/**
 * A finished draft (no "$todo" left, no validation error) gets the `validated` stamp (SPEC §1),
 * as `samtykke validate --stamp` would write it; an unfinished one does not, and the report says so.
 */
async function stampDraft(notice, todos) {
    if (todos)
        return {
            stamped: false,
            why: `not stamped: ${todos} "$todo" note${todos === 1 ? '' : 's'} left. Once you have done them, run \`npx samtykke validate --stamp\` on the notice to stamp it.`,
        };
    const errors = validate(notice).errors;
    if (errors.length)
        return {
            stamped: false,
            why: `not stamped: the validator refuses it (${errors.map((e) => `${e.path} ${e.message}`).join('; ')}).`,
        };
    notice.validated = await stampFor(notice);
    return { stamped: true, why: 'stamped "validated": it has no "$todo" left and the validator passes it (SPEC §1).' };
}
/** The notice's controller from `--controller FILE`: the object itself, or a notice's `controller`. */
async function readController(file) {
    let json;
    try {
        json = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (e) {
        throw new Error(`--controller ${file}: not a readable JSON file (${e.message.split('\n')[0]})`);
    }
    const obj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
    const controller = obj(json) && obj(json.controller) ? json.controller : json;
    if (!obj(controller) || typeof controller.name !== 'string')
        throw new Error(`--controller ${file}: controller.name is missing (the legal entity responsible for the site)`);
    return controller;
}
/** What the terminal shows once the files are written. */
function summary(report, out, html) {
    const found = report.services.map((s) => `  ${s.preset ? '✓' : '?'} ${s.id}${s.preset ? ` (${s.preset}, ${s.category})` : ': not in the catalogue, for you to fill in'}`);
    const tags = report.tags.map((t) => `  on ${t.page}:\n    ${t.original}\n  becomes\n    ${t.tagged}`);
    return [
        `Scanned ${report.pages.length} page${report.pages.length === 1 ? '' : 's'} of ${report.url}.`,
        `Services found:`,
        ...(found.length ? found : ['  none']),
        '',
        `Draft notice: ${out}`,
        report.todos.length
            ? `Still to do (${report.todos.length}): ${report.todos.map((t) => t.path.replace(/\.\$todo$/, '')).join(', ')}`
            : 'Nothing left to do.',
        `Stamp: ${report.stamp.why}`,
        `Report: ${html}`,
        '',
        ...framesText(report.frames),
        ...report.notes.map((n) => `Note: ${n}`),
        '',
        'Then validate it: npx samtykke validate ' + out,
        '',
        'Put these two tags first in every page’s <head> (the first holds your finished notice):',
        `  <script type="application/json" id="samtykke-config">…the notice…</script>`,
        `  <script src="/samtykke.js"></script>`,
        ...(tags.length ? ['', 'and make these wait for consent:', ...tags] : []),
        '',
    ].join('\n');
}
/** The package's own catalogue. */
export const packageCatalogue = { loadCatalogue: () => loadCatalogue(), expandPreset: (s) => expandPreset(s) };
/** The command line, read: the options, or 'help'; a UsageError names what is wrong. */
async function scanArguments(argv) {
    const command = parseCommand(SCAN_COMMAND, argv, { command: true });
    if (command.help)
        return 'help';
    const [url, ...more] = command.operands;
    if (!url)
        throw new UsageError('no URL given');
    if (more.length)
        throw new UsageError(`unexpected argument "${more[0]}"`);
    const controller = command.text('controller');
    return {
        url,
        out: resolve(command.text('out') ?? 'notice.draft.json'),
        pages: command.number('pages') ?? 1,
        intercept: command.flag('intercept-third-party'),
        settle: command.number('settle'),
        timeout: command.number('timeout'),
        controller: controller === undefined ? undefined : await readController(controller),
    };
}
export async function main(argv, chrome, api = packageCatalogue) {
    const err = (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n');
    let opts;
    try {
        opts = await scanArguments(argv);
    }
    catch (e) {
        err(`samtykke: ${e.message}\n\n${SCAN_USAGE}`);
        return 2;
    }
    if (opts === 'help') {
        process.stdout.write(SCAN_USAGE);
        return 0;
    }
    const executablePath = chrome.findChrome();
    if (!executablePath) {
        err('samtykke: no Chromium found. Set CHROME_PATH, or on Debian/Ubuntu run: sudo apt-get install -y chromium');
        return 2;
    }
    // Progress on a terminal; quiet in CI and when stderr is a file or a pipe.
    const progress = !!process.stderr.isTTY && !process.env.CI;
    let notice;
    let report;
    try {
        const result = await scan(opts.url, {
            executablePath,
            launchArgs: chrome.chromeArgs,
            pages: opts.pages,
            interceptThirdParty: opts.intercept,
            settleMs: opts.settle,
            timeoutMs: opts.timeout,
            log: progress ? (line) => err(line) : undefined,
        });
        ({ notice, report } = await draftFrom(result.observations, api, {
            tool: 'samtykke scan',
            browser: result.browser,
            intercepted: opts.intercept,
            pagesAsked: opts.pages,
            controller: opts.controller,
        }));
    }
    catch (e) {
        err(`samtykke: ${e instanceof AuditError ? e.message : `the scan failed: ${e.stack ?? e}`}`);
        return 2;
    }
    const base = opts.out.replace(/\.json$/i, '');
    const html = `${base}.report.html`;
    try {
        await mkdir(dirname(opts.out), { recursive: true });
        await writeFile(opts.out, JSON.stringify(notice, null, 2) + '\n');
        await writeFile(`${base}.report.json`, JSON.stringify(report, null, 2) + '\n');
        await writeFile(html, renderScanHtml(report));
    }
    catch (e) {
        err(`samtykke: could not write the draft: ${e.message}`);
        return 2;
    }
    process.stdout.write(summary(report, opts.out, html));
    return 0;
}
