import type { TrackerRule } from '../types.js';
export interface GateOptions {
    granted(category: string, service?: string): boolean;
    /** The nonce of samtykke's own script tag, for activated inline scripts under a strict CSP. */
    nonce?: string;
    /** Auto-blocking rules; empty to turn it off. */
    rules: TrackerRule[];
    /** A gate that stays closed for now (the UI puts placeholders on iframes). */
    onBlocked?(el: Element): void;
}
export interface Gates {
    /** Activates every granted gate in the document, in document order. */
    scan(): Promise<void>;
    options: GateOptions;
}
export declare function createGates(o: GateOptions): Gates;
