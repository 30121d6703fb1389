/**
 * Finding a samtykke page's notice, wherever the site keeps it: inline JSON
 * (`#samtykke-config`), a `data-config` file, the notice given to the audit (`--notice FILE`),
 * or, for an app that starts samtykke with `init(config)` from its bundle, the widget itself
 * (`<samtykke-widget>`'s host). A page whose API (`window.samtykke`) is there but whose notice
 * cannot be read is not reported as having no notice: the audit says how to give it one.
 */
import type { Page } from 'playwright-core';
export interface LearnedNotice {
    /** The notice as written (parsed JSON), or undefined when none could be read. */
    raw: unknown;
    /** The URL it was fetched from (data-config), if any: samtykke's own traffic. */
    source: string | null;
    /** Why there is no usable notice: reported as a problem of the widget. */
    errors: string[];
    /** What the audit did to find it: for the report's notes. */
    notes: string[];
}
export declare function learnNotice(page: Page, given?: unknown): Promise<LearnedNotice>;
