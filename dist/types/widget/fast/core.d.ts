import { type Early } from './early.js';
import type { Config, Consent, Receipt } from '../types.js';
import type { WidgetHost } from '../ui/host.js';
type EventName = 'ready' | 'change' | 'proof';
export interface SamtykkeAPI {
    get(): Consent | null;
    granted(category: string, service?: string): boolean;
    whenGranted(category: string, service?: string): Promise<void>;
    on(event: EventName, fn: (detail: any) => void): () => void;
    acceptAll(): Promise<Consent>;
    rejectAll(): Promise<Consent>;
    set(choices: Record<string, boolean>): Promise<Consent>;
    withdraw(): Promise<Consent>;
    show(): void;
    history(): Promise<Receipt[]>;
}
/** The view the core drives; `ui/widget.ts` implements it. */
export interface View extends HTMLElement {
    host?: WidgetHost;
    show(): void;
}
export interface CoreOptions {
    /** A guard that already ran, to adopt instead of starting another. */
    early?: Early;
    nonce?: string;
    language(config: Config): string;
    /** Creates the widget element (not yet in the document). Omitted: headless (tests, API only). */
    view?(): View;
    /** Where the language files (samtykke.<lang>.json) are: samtykke's own URL. */
    assetBase?: string;
    /** Mounts a placeholder on a blocked iframe; returns its remover. */
    placeholder?(iframe: HTMLIFrameElement, host: WidgetHost, api: SamtykkeAPI): () => void;
}
/** `samtykke.on`: document events with their detail, and an unsubscribe function. */
export declare function on(event: EventName, fn: (detail: any) => void): () => void;
export declare function startCore(config: Config | null, o: CoreOptions): SamtykkeAPI;
export {};
