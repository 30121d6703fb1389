import type { AuditResult, FindingKind } from './types.js';
/** The checks, in the order the report and JUnit list them, with their plain-words names. */
export declare const CHECKS: {
    kind: FindingKind;
    name: string;
    samtykkeOnly: boolean;
}[];
/** The result as JSON: screenshots by file name (when written), never their bytes. */
export declare function toJson(r: AuditResult): string;
export declare function renderHtml(r: AuditResult): string;
export declare function renderJunit(r: AuditResult, errors?: string[]): string;
/** A few lines for the terminal. */
export declare function summary(r: AuditResult): string;
