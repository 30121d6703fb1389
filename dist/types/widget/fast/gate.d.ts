import type { TrackerRule } from './trackers.generated.js';
import type { FramePolicy } from './frames.js';
export interface GateOptions {
    granted(category: string, service?: string): boolean;
    /** The nonce of samtykke's own script tag, for activated inline scripts under a strict CSP. */
    nonce?: string;
    /** Auto-blocking rules; empty to turn it off. */
    rules: TrackerRule[];
    /** A gate that stays closed for now (the UI puts placeholders on iframes). */
    onBlocked?(el: Element): void;
    /** The page's frame policy, when the notice turns it on: a frame it refuses needs a reload. */
    framePolicy?: FramePolicy;
}
export interface Gates {
    /** Activates every granted gate in the document, in document order. */
    scan(): Promise<void>;
    options: GateOptions;
}
type Policy = {
    createScriptURL(s: string): string;
    createScript(s: string): string;
};
/**
 * A Trusted Types policy where the page has them, so activation works under a strict CSP; else
 * (or when the page's CSP forbids our policy name) the plain strings, and a page that requires
 * Trusted Types then shows the refused activation in its console.
 */
export declare function trusted(): Policy;
export declare function createGates(o: GateOptions): Gates;
export {};
