import type { AuditResult } from './types.js';
export declare const USAGE = "Usage: samtykke audit <url> [options]\n\nLoads <url> in headless Chromium as a new visitor in each consent state (no interaction,\nReject all, each category alone, Accept all, Global Privacy Control, withdrawal) and reports\nwhat the site stores and sends, compared with the visitor's choice and the site's notice.\n\nOptions:\n  --out DIR                 where to write report.html, report.json and screenshots\n                            (default: ./samtykke-audit)\n  --pages N                 pages per visit: the URL and same-site links on it (default 1)\n  --json                    print the JSON report to stdout instead of a summary\n  --junit FILE              also write JUnit XML (one test case per check)\n  --intercept-third-party   answer every third-party request locally with an empty response:\n                            see what the page attempts without contacting anyone\n  --notice FILE             the notice, for an app that starts samtykke with init(config) and\n                            has no notice in the page to read\n  --settle MS               time to let the page settle after each load or click (default 1500)\n  --timeout MS              navigation timeout (default 30000)\n  -h, --help                this text\n\nChromium: CHROME_PATH, else the usual install locations.\nExit code: 0 no problems found, 1 problems found, 2 the audit could not run.\n";
/** How the command finds Chromium; injected by bin/samtykke.mjs (scripts/chrome.mjs). */
export interface Chrome {
    findChrome(): string | null;
    chromeArgs: string[];
}
/** Writes report.html, report.json and screenshots/*.png into `dir`; returns the HTML's path. */
export declare function writeReport(r: AuditResult, dir: string): Promise<string>;
export declare function main(argv: string[], chrome: Chrome): Promise<number>;
