/**
 * The words of the audit as types: what it concludes (findings) and its result. What it records
 * in each scenario (evidence) and the options it is run with are the browser recording's words
 * (src/browser/types.ts), re-exported here so the audit's modules and its users name one place.
 * Pure declarations; nothing here runs. The JSON report is `AuditResult` with the screenshots'
 * bytes left out.
 */
import type { Config } from '../widget/types.js';
import type { ScenarioResult } from '../browser/types.js';
export type * from '../browser/types.js';
export type FindingKind = 'without-consent' | 'undeclared' | 'left-after-withdrawal' | 'consent-mode' | 'receipt' | 'button-prominence' | 'accessibility' | 'widget' | 'provenance' | 'notice';
export interface EvidenceItem {
    scenario: string;
    phase?: string;
    text: string;
}
/** What a finding is about, for readers that need the thing itself rather than its id. */
export interface FindingSubject {
    type: 'cookie';
    /** The cookie's name. */
    name: string;
}
export interface Finding {
    /** Stable id: kind + what it is about, e.g. "without-consent:cookie:_lk_uid". */
    id: string;
    /** The thing it is about (a cookie), when the audit names one; the id says the same in words. */
    subject?: FindingSubject;
    kind: FindingKind;
    /** Plain words: what was found. */
    title: string;
    /** Plain words: why it matters. */
    why: string;
    /** Plain words: what to do about it. */
    fix: string;
    scenarios: string[];
    evidence: EvidenceItem[];
}
/** What `audit()` returns and the CLI writes as report.json (and renders as HTML and JUnit). */
export interface AuditResult {
    /** The audited page, as normalised by URL parsing. */
    url: string;
    /** When the audit started (ISO 8601). */
    startedAt: string;
    /** When it finished (ISO 8601). */
    finishedAt: string;
    /** The tool and its version ("samtykke audit 1.0.0"). */
    tool: string;
    /** The browser it ran in ("Chromium 156.0…"). */
    browser: string;
    /** The page uses samtykke: all scenarios ran. Otherwise only "no interaction". */
    samtykke: boolean;
    /** The notice, validated (null: none found, or invalid). */
    config: Config | null;
    /** Why the page's notice is invalid, one message per problem (empty when valid or absent). */
    configErrors: string[];
    /** The language the widget showed itself in, when the page uses samtykke. */
    language: string | null;
    /** What each scenario did and saw, "no interaction" first. */
    scenarios: ScenarioResult[];
    /** What breaks the notice, the law or accessibility, with its evidence: empty means none found. */
    findings: Finding[];
    /** What the reader should know that is no finding: scenarios that stopped, minor axe issues, receipts. */
    notes: string[];
}
