/** Pieces several console pages share: the frame, the period form, the error page, the store. */
import type { ProofStore } from '../store.js';
import type { Period } from './format.js';
import type { Frame, Markup } from './html.js';
import type { Visit } from './types.js';
export declare function frameOf(visit: Visit): Frame;
/** The from/to pickers (`type=date`, in the page's language) and a submit button. */
export declare function periodForm(visit: Visit, action: string, period: Period | null, extra?: Markup): Markup;
/** An error page: what was wrong, in the page's language, with the console's frame. */
export declare function problemPage(visit: Visit, status: number, error: string): void;
/** The receiver's store, or null after answering 503 (still opening, or reopening after an erasure). */
export declare function storeOf(visit: Visit): Promise<ProofStore | null>;
