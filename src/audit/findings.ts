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
import { permitted } from './classify.js';
import type {
  Attribution,
  AxeViolation,
  CookieRecord,
  Finding,
  FindingKind,
  Phase,
  RequestRecord,
  ScenarioResult,
} from './types.js';

// Their home is checks.ts; they are exported here too, where the audit's findings come from.
export { consentModeProblems, prominenceProblems, receiptProblems, type ReceiptExpectation } from './checks.js';

const MAX_EVIDENCE = 25;

// ---------------------------------------------------------------------------------------------

const WHY = {
  withoutConsent:
    'Before a visitor agrees, and after they say no, a site may only store or send what is strictly necessary (ePrivacy Directive art. 5(3); in Norway ekomloven § 3-15). Anything the notice does not declare as necessary counts as non-essential. Every request to a third party also hands it the visitor’s IP address and the page they are reading.',
  undeclaredCookie:
    'Visitors can only consent to what they are told about: the notice must name each cookie, what it is for and how long it lasts. A cookie missing from the notice was never consented to, and samtykke cannot delete it when consent is withdrawn.',
  undeclaredThirdParty:
    'Visitors must be told who receives their data before they consent. A third party the notice does not name receives the visitor’s IP address and the page address without the visitor ever being told.',
  leftBehind:
    'Withdrawing consent must be as easy and as effective as giving it (GDPR art. 7(3)). A cookie left behind keeps identifying the visitor to a service they have said no to.',
  consentMode:
    'Google’s tags read the Consent Mode state when they start. If the default “denied” state is not there first, they may start as if consent had been given.',
  receipt:
    'The site owner must be able to show that a visitor consented, to what, and when (GDPR art. 7(1)). Each decision should leave a receipt at the owner’s proof endpoint in the agreed format (samtykke SPEC §7).',
  buttons:
    'Refusing must be as easy as accepting. Regulators (EDPB guidelines 03/2022 on deceptive design; Datatilsynet) treat an “Accept” button that stands out more than “Reject” as steering visitors towards consent, which makes the consent invalid.',
  a11y: 'Everyone must be able to read the notice and make a choice, also with a screen reader or a keyboard (WCAG 2.2 AA; in Norway required by likestillings- og diskrimineringsloven).',
  widget: 'The consent choice only counts if the visitor can make it and the site then does what they chose.',
};

const FIX = {
  withoutConsent:
    'Tag it so samtykke runs it only after consent (type="text/plain" data-consent="…" data-service="…"), or remove it. If it really is strictly necessary, declare it in the notice as a service in “necessary” (with an autoBlock.trackers rule for a third-party host).',
  undeclaredCookie:
    'Add the cookie to the notice under the service that sets it (services[].cookies; use "pattern" for names that vary), or stop setting it.',
  undeclaredThirdParty: 'Add the service to the notice (provider, purpose, cookies, transfers), or remove it from the page.',
  leftBehind:
    'List the cookie in the notice under its service (by name, or with a "pattern"), so samtykke deletes it on withdrawal; or make the service delete it when it is refused.',
  consentMode:
    'Load samtykke (or samtykke-guard.js) as the first script in <head>, before any Google tag, and keep "googleConsentMode" on.',
  receipt:
    'Give the notice a "proof": { "endpoint": … } and make sure the widget can reach it; see SPEC §7 for the receipt format.',
  buttons:
    'Give “Accept all”, “Reject all” and “Choose” the same size, font, weight and colours (do not restyle one of them through ::part).',
  a11y: 'Fix the markup or the colours named in the evidence; axe-core’s help page explains each rule.',
  widget: 'Check the notice and the page’s console for errors from samtykke.',
};

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

const party = (thirdParty: boolean) => (thirdParty ? 'third party' : 'first party');
const expiry = (d: number | null) => (d === null ? 'deleted when the browser closes' : `kept for ${d} days`);
const what = (a: Attribution) =>
  a.service
    ? ` (service: ${a.service}${a.category ? `, category: ${a.category}` : ''})`
    : a.category
      ? ` (category: ${a.category})`
      : ' (not a service the audit knows)';
const Cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a request did, in plain words. */
const DOING: Record<string, string> = {
  script: 'loaded a script from',
  image: 'loaded an image (possibly a tracking pixel) from',
  ping: 'sent a beacon (navigator.sendBeacon) to',
  beacon: 'sent a beacon (navigator.sendBeacon) to',
  fetch: 'sent a request (fetch) to',
  xhr: 'sent a request (XMLHttpRequest) to',
  document: 'loaded a page (an iframe) from',
  stylesheet: 'loaded a stylesheet from',
  font: 'loaded a font from',
  media: 'loaded audio or video from',
  websocket: 'opened a connection to',
};

function requestText(r: RequestRecord, phase: Phase): string {
  return `${Cap(phase.label)}: the page ${DOING[r.resourceType] ?? 'made a request to'} ${r.url}${r.method !== 'GET' ? ` (${r.method})` : ''}${what(r)}`;
}

function cookieText(c: CookieRecord, phase: Phase): string {
  const by = c.setBy.length
    ? `set by ${c.setBy.join('; ')}`
    : 'its writer could not be traced (set before the page’s scripts, or by the browser)';
  return `${Cap(phase.label)}: cookie “${c.name}” on ${c.domain}${c.path} (${party(c.thirdParty)}, ${expiry(c.expiresDays)}), ${by}${what(c)}`;
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
