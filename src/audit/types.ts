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

export type FindingKind =
  | 'without-consent'
  | 'undeclared'
  | 'left-after-withdrawal'
  | 'consent-mode'
  | 'receipt'
  | 'button-prominence'
  | 'accessibility'
  | 'widget'
  | 'provenance'
  | 'notice';

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

export interface AuditResult {
  url: string;
  startedAt: string;
  finishedAt: string;
  tool: string;
  browser: string;
  /** The page uses samtykke: all scenarios ran. Otherwise only "no interaction". */
  samtykke: boolean;
  /** The notice, validated (null: none found, or invalid). */
  config: Config | null;
  configErrors: string[];
  language: string | null;
  scenarios: ScenarioResult[];
  findings: Finding[];
  notes: string[];
}
