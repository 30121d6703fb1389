/**
 * Driving a samtykke widget the way a visitor does: its buttons and switches in the shadow DOM,
 * found by role and by the words it shows in the page's language (Playwright's role queries
 * pierce open shadow roots), with samtykke's documented `::part` names as the fallback. The API
 * (`window.samtykke`) is only read, as the cross-check of what a click did.
 *
 * The labels are the audit's own copy of the widget's words (SPEC §4 names them), so the audit
 * keeps working against a site that runs another version of samtykke than this repository.
 */
import type { Locator, Page } from 'playwright-core';
import type { Consent } from '../widget/types.js';
import type { AxeViolation, ButtonMeasure } from './types.js';
export interface Labels {
    acceptAll: string;
    rejectAll: string;
    choose: string;
    save: string;
    reopen: string;
}
export declare const LABELS: Record<string, Labels>;
/** Is this a samtykke page? The API, the element, or the inline notice. */
export declare function detect(page: Page): Promise<boolean>;
/** The notice's text (inline JSON, else fetched from `data-config`), or null. */
export declare function readNotice(page: Page): Promise<{
    text: string | null;
    source: string | null;
}>;
/** The URLs of the page's samtykke scripts (src of scripts named samtykke*.js). */
export declare function ownScripts(page: Page): Promise<string[]>;
/** Waits for samtykke's `ready` (bounded): start-up done, the first decision (GPC) made. */
export declare function waitReady(page: Page, ms?: number): Promise<boolean>;
export declare function getConsent(page: Page): Promise<Consent | null>;
/** Polls samtykke.get() until `ok` holds (bounded); returns the last value. */
export declare function waitConsent(page: Page, ok: (c: Consent | null) => boolean, ms?: number): Promise<Consent | null>;
/** The widget, as the visitor meets it in one page. */
export declare class Widget {
    readonly page: Page;
    readonly labels: Labels;
    readonly root: Locator;
    constructor(page: Page, labels: Labels);
    /**
     * The language the widget speaks (its shadow root's `lang`), or null when it rendered nothing.
     * The interface arrives as a file of its own after start-up, so it is given a few seconds.
     */
    static language(page: Page, timeout?: number): Promise<string | null>;
    static open(page: Page): Promise<Widget>;
    /** A button by its words (first match), else by its ::part; within `scope` (default: the widget). */
    button(key: keyof Labels, scope?: Locator, timeout?: number): Promise<Locator>;
    dialog(): Locator;
    /** The first layer is showing (its Accept all button is visible). */
    bannerVisible(timeout?: number): Promise<boolean>;
    click(key: keyof Labels, scope?: Locator): Promise<void>;
    /** Opens the second layer: "Choose" on the first layer, else the re-open button. */
    openChoices(): Promise<void>;
    /** Sets a category's switch in the open second layer (its accessible name is the category title). */
    setCategory(title: string, on: boolean): Promise<void>;
    /** The three first-layer buttons' boxes and computed styles, before any hover or focus. */
    measureFirstLayer(): Promise<ButtonMeasure[]>;
}
/**
 * Runs axe-core on the widget (its shadow root included) and returns the violations. Injected
 * as a script tag; under a page policy that forbids that, it says so (thrown Error with
 * `axeBlocked`) rather than weakening the page's policy for the audit.
 */
export declare function runAxe(page: Page, axePath: string, layer: string): Promise<AxeViolation[]>;
