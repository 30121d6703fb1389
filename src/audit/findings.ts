/**
 * From evidence to findings: pure functions that compare what each scenario recorded with the
 * consent given in each of its phases and with what the notice declares, and say in plain words
 * what is wrong, why it matters and what to do. Each finding carries its evidence.
 *
 * The yardstick is the notice: on a samtykke site anything not declared as necessary is treated
 * as non-essential. Without a notice the audit cannot tell necessary from not, so it only flags
 * what it knows to be tracking (the known-tracker list, cross-site cookies).
 */
import type { Config } from '../widget/types.js';
import { consentModeProblems, isObj, prominenceProblems } from './checks.js';
import { WHY, FIX, what, Cap, requestText, cookieText } from './findings-words.js';
import { permitted } from './classify.js';
import type { AxeViolation, Finding, FindingKind, ScenarioResult } from './types.js';

// Their home is checks.ts; they are exported here too, where the audit's findings come from.
export { consentModeProblems, prominenceProblems, receiptProblems, type ReceiptExpectation } from './checks.js';

const MAX_EVIDENCE = 25;

// ---------------------------------------------------------------------------------------------

interface Ctx {
  strict: boolean;
  scenarioTitles: Map<string, string>;
}

class Findings {
  private readonly map = new Map<string, Finding>();
  private readonly extra = new Map<string, number>();

  /** Adds evidence to a finding (made on first use). `once`: one item per scenario is enough. */
  add(
    id: string,
    kind: FindingKind,
    title: string,
    why: string,
    fix: string,
    scenario: string,
    text: string,
    phase?: string,
    once = false,
  ): void {
    let f = this.map.get(id);
    if (!f) this.map.set(id, (f = { id, kind, title, why, fix, scenarios: [], evidence: [] }));
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

/** Every finding of an audit. `config` null: not a samtykke site, or an invalid notice. */
export function findings(scenarios: ScenarioResult[], config: Config | null, samtykke: boolean): Finding[] {
  const out = new Findings();
  const ctx: Ctx = { strict: samtykke && !!config, scenarioTitles: new Map(scenarios.map((s) => [s.id, s.title])) };

  for (const s of scenarios) {
    const phases = new Map(s.phases.map((p) => [p.id, p]));
    const phaseOf = (id: string) => phases.get(id) ?? s.phases[0];

    // Requests to third parties.
    for (const r of s.requests) {
      if (!r.thirdParty || r.own) continue;
      const phase = phaseOf(r.phase);
      const text = requestText(r, phase);
      const subject = r.service ?? r.host;
      const known = r.category !== null;
      if ((ctx.strict || known) && !permitted(r, phase)) {
        out.add(
          `without-consent:host:${subject}`,
          'without-consent',
          `${r.service ? `${r.service} (${r.host})` : r.host} was contacted without consent`,
          WHY.withoutConsent,
          FIX.withoutConsent,
          s.id,
          text,
          phase.id,
        );
      }
      if (ctx.strict && !r.declared) {
        out.add(
          `undeclared:host:${subject}`,
          'undeclared',
          `${r.service ? `${r.service} (${r.host})` : r.host} is not in the notice`,
          WHY.undeclaredThirdParty,
          FIX.undeclaredThirdParty,
          s.id,
          text,
          phase.id,
          true,
        );
      }
    }

    // Cookies, phase by phase.
    for (const c of s.cookies) {
      if (c.own) continue;
      const known = c.category !== null || c.thirdParty;
      for (const pid of c.phases) {
        const phase = phaseOf(pid);
        if (!(ctx.strict || known) || permitted(c, phase)) continue;
        const rewritten = c.writtenIn.includes(pid);
        if (phase.withdrawn && !rewritten) {
          out.add(
            `left-after-withdrawal:cookie:${c.name}`,
            'left-after-withdrawal',
            `Cookie “${c.name}” is left behind after consent was withdrawn`,
            WHY.leftBehind,
            FIX.leftBehind,
            s.id,
            cookieText(c, phase),
            pid,
          );
        } else {
          const again = phase.withdrawn ? ' (written again after the withdrawal)' : '';
          out.add(
            `without-consent:cookie:${c.name}`,
            'without-consent',
            `Cookie “${c.name}” was stored without consent`,
            WHY.withoutConsent,
            FIX.withoutConsent,
            s.id,
            cookieText(c, phase) + again,
            pid,
          );
        }
      }
      if (ctx.strict && !c.declared) {
        const phase = phaseOf(c.phases[0]);
        out.add(
          `undeclared:cookie:${c.name}`,
          'undeclared',
          `Cookie “${c.name}” is not in the notice`,
          WHY.undeclaredCookie,
          FIX.undeclaredCookie,
          s.id,
          cookieText(c, phase),
          phase.id,
          true,
        );
      }
    }

    // Web Storage and IndexedDB of known trackers (or of a category the visitor did not grant).
    for (const st of s.storage) {
      if (st.own || st.category === null) continue;
      for (const pid of st.phases) {
        const phase = phaseOf(pid);
        if (permitted(st, phase)) continue;
        out.add(
          `without-consent:storage:${st.kind}:${st.name}`,
          'without-consent',
          `${st.kind} “${st.name}” was written without consent`,
          WHY.withoutConsent,
          FIX.withoutConsent,
          s.id,
          `${Cap(phase.label)}: ${st.kind} “${st.name}” on ${st.origin}, written by ${st.setBy.join('; ') || 'a script the audit could not trace'}${what(st)}`,
          pid,
        );
      }
    }

    // Consent Mode: a samtykke notice with googleConsentMode on promises the default on every page.
    const expectDefault = !!config && config.googleConsentMode !== false;
    for (const p of consentModeProblems(s.dataLayer, expectDefault))
      out.add(`consent-mode:${p.title}`, 'consent-mode', p.title, WHY.consentMode, FIX.consentMode, s.id, p.text);

    // Receipts: one per decision, each valid.
    if (config && samtykke) {
      if (!config.proof?.endpoint && s.decisions.length) {
        out.add(
          'receipt:no-endpoint',
          'receipt',
          'Decisions are not logged: the notice has no proof endpoint',
          WHY.receipt,
          FIX.receipt,
          s.id,
          'the notice has no "proof": { "endpoint": … }',
        );
      } else {
        for (const r of s.receipts) {
          if (r.problems.length)
            out.add(
              `receipt:invalid:${s.id}:${(r.body as { receiptId?: string })?.receiptId ?? r.url}`,
              'receipt',
              `A receipt does not match the proof format (${ctx.scenarioTitles.get(s.id)})`,
              WHY.receipt,
              FIX.receipt,
              s.id,
              r.problems.join('; '),
              r.phase,
            );
        }
        for (const d of s.decisions) {
          const got = s.receipts.some(
            (r) => isObj(r.body) && r.body.method === d.method && (!d.consent || r.body.timestamp === d.consent.timestamp),
          );
          if (!got) {
            const seen = s.receipts.length
              ? `receipts received: ${s.receipts.map((r) => (isObj(r.body) ? String(r.body.method) : 'not JSON')).join(', ')}`
              : 'nothing was POSTed to the proof endpoint';
            out.add(
              `receipt:missing:${s.id}:${d.method}`,
              'receipt',
              `No receipt was logged for the decision “${d.method}” (${ctx.scenarioTitles.get(s.id)})`,
              WHY.receipt,
              FIX.receipt,
              s.id,
              `${seen} (endpoint ${config.proof?.endpoint})`,
              d.phase,
            );
          }
        }
        if (!s.decisions.length)
          for (const r of s.receipts)
            out.add(
              `receipt:unexpected:${s.id}`,
              'receipt',
              'A receipt was sent although the visitor decided nothing',
              WHY.receipt,
              FIX.receipt,
              s.id,
              `POST ${r.url}: ${JSON.stringify(r.body).slice(0, 300)}`,
              r.phase,
            );
      }
    }

    if (s.buttons) {
      const p = prominenceProblems(s.buttons);
      if (p.length)
        out.add(
          'button-prominence',
          'button-prominence',
          'The first-layer buttons are not equally prominent',
          WHY.buttons,
          FIX.buttons,
          s.id,
          p.join('; '),
        );
    }

    for (const v of s.axe ?? []) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      out.add(
        `accessibility:${v.id}`,
        'accessibility',
        `Accessibility: ${v.help} (${v.id}, ${v.impact})`,
        WHY.a11y,
        FIX.a11y,
        s.id,
        axeText(v),
      );
    }

    for (const p of s.problems) out.add(`widget:${p.title}`, 'widget', p.title, WHY.widget, FIX.widget, s.id, p.detail);
  }
  return out.list();
}

export const axeText = (v: AxeViolation) =>
  `${v.layer}: ${v.help} — ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ' …' : ''} (${v.helpUrl})`;
