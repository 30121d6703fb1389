/** A problem with how the audit or the scan was asked to run (exit code 2), not with the site. */
export class AuditError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AuditError';
    }
}
/**
 * playwright-core, loaded when a browser is first needed rather than with the command: it takes
 * over a second to load, which `--help` and a mistyped option need not wait for. It is an
 * optional package: when it is missing, the error says how to install it.
 */
async function playwright() {
    try {
        return await import('playwright-core');
    }
    catch (e) {
        if (e.code !== 'ERR_MODULE_NOT_FOUND')
            throw e;
        throw new AuditError('this command needs the "playwright-core" package, which is not installed: run `npm install --save-dev playwright-core`');
    }
}
/** Starts Chromium for an audit or a scan of `url` (with `interceptThirdParty`, nothing else resolves). */
export async function launch(options, url) {
    const { chromium } = await playwright();
    const executablePath = options.executablePath ?? process.env.CHROME_PATH;
    if (!executablePath)
        throw new AuditError('no Chromium found: set CHROME_PATH (on Debian/Ubuntu: sudo apt-get install -y chromium)');
    const args = [...(options.launchArgs ?? [])];
    // Belt and braces for "no traffic leaves": every host but the audited one resolves to nothing.
    if (options.interceptThirdParty)
        args.push(`--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${url.hostname}, EXCLUDE localhost`);
    try {
        return await chromium.launch({ executablePath, headless: true, args });
    }
    catch (e) {
        throw new AuditError(`could not start Chromium at ${executablePath}: ${e.message.split('\n')[0]}`);
    }
}
/**
 * Where `samtykke audit` and `samtykke scan` start, checked: an http(s) URL and how many pages
 * to visit from it (1 unless told).
 * @throws AuditError naming what is wrong with either.
 */
export function crawlTarget(url, pages) {
    let start;
    try {
        start = new URL(url);
    }
    catch {
        throw new AuditError(`not a URL: ${url}`);
    }
    if (start.protocol !== 'http:' && start.protocol !== 'https:')
        throw new AuditError(`not an http(s) URL: ${url}`);
    const count = pages ?? 1;
    if (!Number.isInteger(count) || count < 1)
        throw new AuditError('pages must be a whole number ≥ 1');
    return { start, pages: count };
}
