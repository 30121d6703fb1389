import type { AuditResult, FindingKind } from './types.js';
/** The checks, in the order the report and JUnit list them, with their plain-words names. */
export declare const CHECKS: {
    kind: FindingKind;
    name: string;
    samtykkeOnly: boolean;
}[];
/** JUnit XML: one test case per check, failing with its findings, so a CI server can gate on it. */
export declare function renderJunit(r: AuditResult, errors?: string[]): string;
/** A few lines for the terminal. */
export declare function summary(r: AuditResult): string;
