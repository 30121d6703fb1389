/**
 * Who asked for each request: Chromium's own account of it (DevTools `Network.requestWillBeSent`
 * → `initiator`): the script whose code made it (the top of its stack, async parents included),
 * or the document whose HTML the parser found it in. Both the scan (the report's "loaded by")
 * and the audit (a request made by a gated script belongs to that gate) read it.
 *
 * It only listens; a page whose protocol session cannot be opened simply has no initiators.
 */
import type { BrowserContext, Page } from 'playwright-core';
export declare class Initiators {
    /** Request URL → who asked for it (the first account wins; a URL asked for again is usually asked by the same). */
    private readonly by;
    /** Request URLs the HTML parser found (written in a page's HTML, not made by a script). */
    private readonly parsed;
    /** Starts listening on a page (its main frame and same-process frames). */
    attach(context: BrowserContext, page: Page): Promise<void>;
    /** The script (or the document) that asked for `url`, or null. */
    of(url: string): string | null;
    /** The request was written in a page's HTML (the parser asked for it), not made by a script. */
    fromHtml(url: string): boolean;
    /** `url`'s initiator, its initiator's, … (at most `depth`), nearest first, without loops. */
    chain(url: string, depth?: number): string[];
}
