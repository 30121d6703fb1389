import type { Config, ConsentModeOptions, CookieOptions } from '../types.js';
import type { TrackerRule } from './trackers.generated.js';
/** The parts of a notice the fast path reads: a validated Config, or `readNotice`'s reading. */
export type NoticeParts = Pick<Config, 'revision' | 'language' | 'controller' | 'categories' | 'services' | 'cookie' | 'googleConsentMode' | 'autoBlock' | 'gpc' | 'reloadOnWithdraw' | 'theme' | 'proof'>;
/**
 * The category of a known tracker that the notice does not declare. No notice can have it (a
 * category id is lower-case letters, digits, "_" and "-"), so nothing can ever grant it: the
 * visitor was never told about that tracker (SPEC §2, §4).
 */
export declare const UNDECLARED = "(undeclared)";
export interface RuntimeNotice {
    revision: string;
    /** Category ids, `necessary` first. */
    categories: string[];
    /** Declared service id → its category id. */
    services: Record<string, string>;
    expiresAfterDays: number;
    cookie: CookieOptions;
    consentMode: false | ConsentModeOptions;
    /** Auto-blocking rules, first match wins; empty when auto-blocking is off. */
    rules: TrackerRule[];
    /** The notice itself, for names and titles (the placeholder, the re-open control). */
    parts: NoticeParts;
}
/** The facts the fast path decides with. Throws on a shape it cannot read (the caller fails closed). */
export declare function runtimeNotice(parts: NoticeParts): RuntimeNotice;
/**
 * The raw notice read without the validator, with the defaults the fast path uses, or null.
 * Refuses what the validator certainly refuses in the fields read here: no revision, no
 * categories, no controller name, a forbidden key anywhere.
 */
export declare function readNotice(text: string | null | undefined): NoticeParts | null;
/**
 * A cheap, synchronous fingerprint of the notice's text (two 32-bit FNV-1a variants, 64 bits
 * in all): equal texts give equal fingerprints, and an edited text almost surely does not.
 */
export declare function fingerprint(text: string): string;
/** Did this exact notice text pass this edition of the full validator in this browser before? */
export declare function wasValidated(text: string): boolean;
/** Remembers that this notice text passed the full validator. */
export declare function rememberValidated(text: string): void;
