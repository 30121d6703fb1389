import type { Markup } from './html.js';
import type { Visit } from './types.js';
export declare function recordDetails(visit: Visit, record: Record<string, unknown>): Markup;
