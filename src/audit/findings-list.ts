/**
 * The list the audit's findings are collected in (findings.ts, findings-receipts.ts): one finding
 * per id, made on first use, with a bounded amount of evidence each.
 */
import type { Finding, FindingKind, FindingSubject, Phase, ScenarioResult } from './types.js';

const MAX_EVIDENCE = 25;

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
export const aboutCookie = (kind: FindingKind, name: string): { id: string; subject: FindingSubject } => ({
  id: `${kind}:cookie:${name}`,
  subject: { type: 'cookie', name },
});

export class Findings {
  private readonly map = new Map<string, Finding>();
  private readonly extra = new Map<string, number>();

  /**
   * Adds evidence to a finding (made on first use). `about` is its id, or its id with its
   * subject (aboutCookie). `once`: one item per scenario is enough.
   */
  add(
    about: string | { id: string; subject: FindingSubject },
    kind: FindingKind,
    title: string,
    why: string,
    fix: string,
    scenario: string,
    text: string,
    phase?: string,
    once = false,
  ): void {
    const { id, subject } = typeof about === 'string' ? { id: about, subject: undefined } : about;
    let f = this.map.get(id);
    if (!f) this.map.set(id, (f = { id, ...(subject && { subject }), kind, title, why, fix, scenarios: [], evidence: [] }));
    const known = f.scenarios.includes(scenario);
    if (!known) f.scenarios.push(scenario);
    if ((once && known) || f.evidence.some((e) => e.scenario === scenario && e.text === text)) return;
    if (f.evidence.length < MAX_EVIDENCE) f.evidence.push({ scenario, phase, text });
    else this.extra.set(id, (this.extra.get(id) ?? 0) + 1);
  }

  list(): Finding[] {
    for (const [id, n] of this.extra) this.map.get(id)!.evidence.push({ scenario: '', text: `… and ${n} more like these` });
    return [...this.map.values()];
  }
}
