/**
 * The list the audit's findings are collected in (findings.ts, findings-receipts.ts): one finding
 * per id, made on first use, with a bounded amount of evidence each.
 */
import type { Finding, FindingKind, FindingSubject, Phase, ScenarioResult } from './types.js';
/** What the checks of every scenario share. */
export interface Ctx {
    /** A samtykke site with a valid notice: anything not declared as necessary is non-essential. */
    strict: boolean;
    scenarioTitles: Map<string, string>;
}
/** One scenario being checked, with its phases looked up by id (an unknown id: the first phase). */
export interface ScenarioCheck {
    s: ScenarioResult;
    phaseOf: (id: string) => Phase;
}
/** A finding's id with the thing it is about: `${kind}:cookie:${name}`, and the cookie itself. */
export declare const aboutCookie: (kind: FindingKind, name: string) => {
    id: string;
    subject: FindingSubject;
};
export declare class Findings {
    private readonly map;
    private readonly extra;
    /**
     * Adds evidence to a finding (made on first use). `about` is its id, or its id with its
     * subject (aboutCookie). `once`: one item per scenario is enough.
     */
    add(about: string | {
        id: string;
        subject: FindingSubject;
    }, kind: FindingKind, title: string, why: string, fix: string, scenario: string, text: string, phase?: string, once?: boolean): void;
    list(): Finding[];
}
