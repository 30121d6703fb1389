import type { Receipt, Service } from '../types.js';
import { type View } from './view.js';
export interface PreferencesState {
    choices: Record<string, boolean>;
    /** The visitor's receipts, newest first; undefined while loading. */
    history: Receipt[] | undefined;
}
export interface PreferencesActions {
    close(): void;
    save(): void;
    accept(): void;
    reject(): void;
    category(id: string, on: boolean): void;
    service(s: Service, on: boolean): void;
}
export declare function preferences(v: View, st: PreferencesState, a: PreferencesActions): import("lit-html").TemplateResult<1>;
