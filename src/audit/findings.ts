/**
 * From evidence to findings: pure functions that compare what each scenario recorded with the
 * consent given in each of its phases and with what the notice declares, and say in plain words
 * what is wrong, why it matters and what to do. Each finding carries its evidence.
 *
 * The yardstick is the notice: on a samtykke site anything not declared as necessary is treated
 * as non-essential. Without a notice the audit cannot tell necessary from not, so it only flags
 * what it knows to be tracking (the known-tracker list, cross-site cookies).
 */
import type { Config, Consent } from '../widget/types.js';
import { permitted } from './classify.js';
import type {
  Attribution,
  AxeViolation,
  ButtonMeasure,
  CookieRecord,
  DataLayerEntry,
  Finding,
  FindingKind,
  Phase,
  ReceiptRecord,
  RequestRecord,
  ScenarioResult,
} from './types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'withdraw', 'api'];
const MAX_EVIDENCE = 25;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isBoolMap = (v: unknown): v is Record<string, boolean> => isObj(v) && Object.values(v).every((b) => typeof b === 'boolean');
const sameMap = (a: Record<string, boolean>, b: Record<string, boolean>) => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

export interface ReceiptExpectation {
  method: string;
  consent: Consent | null;
  gpc: boolean;
  /** The page the decision was made on. */
  pageUrl: string;
  config: Config;
  /** The receipt this decision replaces (its receiptId), when the scenario made one before. */
  previousReceiptId?: string | null;
}

/** What is wrong with a receipt against SPEC §7 and the decision it records (empty: nothing). */
export function receiptProblems(r: ReceiptRecord, e: ReceiptExpectation): string[] {
  const p: string[] = [];
  const b = r.body;
  if (!isObj(b)) return ['the body is not a JSON object'];
  const str = (k: string) => typeof b[k] === 'string' && (b[k] as string).length > 0;
  if (b.v !== 1) p.push(`"v" must be 1 (got ${JSON.stringify(b.v)})`);
  for (const k of ['receiptId', 'consentId']) if (!(typeof b[k] === 'string' && UUID.test(b[k] as string))) p.push(`"${k}" must be a UUID`);
  for (const k of ['timestamp', 'expiresAt']) if (!(typeof b[k] === 'string' && ISO.test(b[k] as string))) p.push(`"${k}" must be an ISO 8601 date-time`);
  if (!METHODS.includes(b.method as string)) p.push(`"method" must be one of ${METHODS.join(', ')}`);
  else if (b.method !== e.method) p.push(`"method" is "${b.method}", but the visitor's choice was "${e.method}"`);
  if (!str('revision')) p.push('"revision" must be a string');
  else if (b.revision !== e.config.revision) p.push(`"revision" is "${b.revision}", but the notice's is "${e.config.revision}"`);
  if (!(typeof b.noticeHash === 'string' && /^sha256:[0-9a-f]{64}$/.test(b.noticeHash))) p.push('"noticeHash" must be "sha256:" and 64 hex digits');
  if (!str('language')) p.push('"language" must be a language tag');
  if (!isObj(b.controller) || typeof b.controller.name !== 'string') p.push('"controller" must be an object with a "name"');
  else {
    if (b.controller.name !== e.config.controller.name) p.push(`"controller.name" is "${b.controller.name}", not the notice's "${e.config.controller.name}"`);
    const org = e.config.controller.orgNumber;
    if (org && b.controller.orgNumber !== org) p.push(`"controller.orgNumber" is ${JSON.stringify(b.controller.orgNumber)}, not the notice's "${org}"`);
  }
  if (!isBoolMap(b.categories) || b.categories.necessary !== true) p.push('"categories" must map category ids to true/false, with necessary: true');
  if (!isBoolMap(b.services)) p.push('"services" must map service ids to true/false');
  if (typeof b.gpc !== 'boolean') p.push('"gpc" must be true or false');
  else if (b.gpc !== e.gpc) p.push(`"gpc" is ${b.gpc}, but the browser ${e.gpc ? 'sent' : 'did not send'} Global Privacy Control`);
  if (typeof b.url !== 'string') p.push('"url" must be a string');
  else {
    if (/[?#]/.test(b.url)) p.push('"url" must be origin and path only (no query, no fragment)');
    const page = new URL(e.pageUrl);
    if (b.url.replace(/[?#].*$/, '') !== page.origin + page.pathname) p.push(`"url" is ${b.url}, but the decision was made on ${page.origin + page.pathname}`);
  }
  if (!str('userAgent')) p.push('"userAgent" must be a string');
  if (!(typeof b.widget === 'string' && /^[\w.-]+@\S+$/.test(b.widget))) p.push('"widget" must name the widget and its version, like "samtykke@1.0.0"');
  if (!(b.previousReceiptId === null || (typeof b.previousReceiptId === 'string' && UUID.test(b.previousReceiptId)))) p.push('"previousReceiptId" must be a UUID or null');
  else if (e.previousReceiptId !== undefined && b.previousReceiptId !== e.previousReceiptId)
    p.push(`"previousReceiptId" is ${JSON.stringify(b.previousReceiptId)}, but the decision it replaces has receipt ${JSON.stringify(e.previousReceiptId)}`);
  const c = e.consent;
  if (c) {
    if (b.consentId !== c.id) p.push(`"consentId" is not the visitor's consent id (${c.id})`);
    if (b.timestamp !== c.timestamp) p.push(`"timestamp" is not the decision's (${c.timestamp})`);
    if (isBoolMap(b.categories) && !sameMap(b.categories, c.categories)) p.push(`"categories" ${JSON.stringify(b.categories)} differ from the decision ${JSON.stringify(c.categories)}`);
    if (isBoolMap(b.services) && !sameMap(b.services, c.services)) p.push(`"services" ${JSON.stringify(b.services)} differ from the decision ${JSON.stringify(c.services)}`);
  }
  if (typeof b.timestamp === 'string' && typeof b.expiresAt === 'string') {
    const days = (Date.parse(b.expiresAt) - Date.parse(b.timestamp)) / 86400000;
    if (!(Math.abs(days - e.config.cookie.expiresAfterDays) <= 1))
      p.push(`"expiresAt" is ${Math.round(days)} days after the decision, not the notice's ${e.config.cookie.expiresAfterDays}`);
  }
  if (r.idempotencyKey !== b.receiptId) p.push(`the Idempotency-Key header (${JSON.stringify(r.idempotencyKey)}) must equal "receiptId"`);
  if (!/^application\/json\b/i.test(r.contentType ?? '')) p.push(`the Content-Type must be application/json (got ${JSON.stringify(r.contentType)})`);
  return p;
}

/** Problems with Consent Mode in a dataLayer (empty: fine). */
export function consentModeProblems(dl: DataLayerEntry[] | null, expectDefault: boolean): { title: string; text: string }[] {
  if (!dl) return expectDefault ? [{ title: 'Google Consent Mode default is missing', text: 'the page has no window.dataLayer' }] : [];
  const isDefault = (e: DataLayerEntry) => e.kind === 'command' && e.command === 'consent' && e.arg === 'default';
  const isTag = (e: DataLayerEntry) => (e.kind === 'command' && (e.command === 'js' || e.command === 'config')) || (e.kind === 'object' && e.event === 'gtm.js');
  const d = dl.findIndex(isDefault);
  const t = dl.findIndex(isTag);
  const describe = (e: DataLayerEntry) => (e.kind === 'command' ? `gtag('${e.command}'${e.arg ? `, '${e.arg}'` : ''})` : `{ event: '${e.event}' }`);
  if (d < 0 && (t >= 0 || expectDefault))
    return [
      {
        title: 'Google Consent Mode default is missing',
        text: t >= 0 ? `dataLayer has ${describe(dl[t])} at position ${t} but no gtag('consent', 'default', …)` : "dataLayer has no gtag('consent', 'default', …)",
      },
    ];
  if (t >= 0 && d > t)
    return [
      {
        title: 'A Google tag ran before the Consent Mode default',
        text: `dataLayer has ${describe(dl[t])} at position ${t}, before gtag('consent', 'default', …) at position ${d}`,
      },
    ];
  return [];
}

/** Differences between the three first-layer buttons (empty: equal). */
export function prominenceProblems(buttons: ButtonMeasure[]): string[] {
  if (buttons.length < 2) return [];
  const p: string[] = [];
  const [a, ...rest] = buttons;
  for (const b of rest) {
    if (Math.abs(a.width - b.width) > 1 || Math.abs(a.height - b.height) > 1)
      p.push(`“${a.name}” is ${fmt(a.width)}×${fmt(a.height)} px, “${b.name}” ${fmt(b.width)}×${fmt(b.height)} px`);
    for (const k of Object.keys(a.style))
      if (a.style[k] !== b.style[k]) p.push(`${k}: “${a.name}” ${a.style[k]}, “${b.name}” ${b.style[k]}`);
  }
  return p;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

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
  undeclaredCookie: 'Add the cookie to the notice under the service that sets it (services[].cookies; use "pattern" for names that vary), or stop setting it.',
  undeclaredThirdParty: 'Add the service to the notice (provider, purpose, cookies, transfers), or remove it from the page.',
  leftBehind:
    'List the cookie in the notice under its service (by name, or with a "pattern"), so samtykke deletes it on withdrawal; or make the service delete it when it is refused.',
  consentMode: 'Load samtykke (or samtykke-guard.js) as the first script in <head>, before any Google tag, and keep "googleConsentMode" on.',
  receipt: 'Give the notice a "proof": { "endpoint": … } and make sure the widget can reach it; see SPEC §7 for the receipt format.',
  buttons: 'Give “Accept all”, “Reject all” and “Choose” the same size, font, weight and colours (do not restyle one of them through ::part).',
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
  add(id: string, kind: FindingKind, title: string, why: string, fix: string, scenario: string, text: string, phase?: string, once = false): void {
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
  a.service ? ` (service: ${a.service}${a.category ? `, category: ${a.category}` : ''})` : a.category ? ` (category: ${a.category})` : ' (not a service the audit knows)';
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
  const by = c.setBy.length ? `set by ${c.setBy.join('; ')}` : 'its writer could not be traced (set before the page’s scripts, or by the browser)';
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
        out.add(`undeclared:host:${subject}`, 'undeclared', `${r.service ? `${r.service} (${r.host})` : r.host} is not in the notice`, WHY.undeclaredThirdParty, FIX.undeclaredThirdParty, s.id, text, phase.id, true);
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
          out.add(`left-after-withdrawal:cookie:${c.name}`, 'left-after-withdrawal', `Cookie “${c.name}” is left behind after consent was withdrawn`, WHY.leftBehind, FIX.leftBehind, s.id, cookieText(c, phase), pid);
        } else {
          const again = phase.withdrawn ? ' (written again after the withdrawal)' : '';
          out.add(`without-consent:cookie:${c.name}`, 'without-consent', `Cookie “${c.name}” was stored without consent`, WHY.withoutConsent, FIX.withoutConsent, s.id, cookieText(c, phase) + again, pid);
        }
      }
      if (ctx.strict && !c.declared) {
        const phase = phaseOf(c.phases[0]);
        out.add(`undeclared:cookie:${c.name}`, 'undeclared', `Cookie “${c.name}” is not in the notice`, WHY.undeclaredCookie, FIX.undeclaredCookie, s.id, cookieText(c, phase), phase.id, true);
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
        out.add('receipt:no-endpoint', 'receipt', 'Decisions are not logged: the notice has no proof endpoint', WHY.receipt, FIX.receipt, s.id, 'the notice has no "proof": { "endpoint": … }');
      } else {
        for (const r of s.receipts) {
          if (r.problems.length)
            out.add(`receipt:invalid:${s.id}:${(r.body as { receiptId?: string })?.receiptId ?? r.url}`, 'receipt', `A receipt does not match the proof format (${ctx.scenarioTitles.get(s.id)})`, WHY.receipt, FIX.receipt, s.id, r.problems.join('; '), r.phase);
        }
        for (const d of s.decisions) {
          const got = s.receipts.some((r) => isObj(r.body) && r.body.method === d.method && (!d.consent || r.body.timestamp === d.consent.timestamp));
          if (!got) {
            const seen = s.receipts.length ? `receipts received: ${s.receipts.map((r) => (isObj(r.body) ? String(r.body.method) : 'not JSON')).join(', ')}` : 'nothing was POSTed to the proof endpoint';
            out.add(`receipt:missing:${s.id}:${d.method}`, 'receipt', `No receipt was logged for the decision “${d.method}” (${ctx.scenarioTitles.get(s.id)})`, WHY.receipt, FIX.receipt, s.id, `${seen} (endpoint ${config.proof?.endpoint})`, d.phase);
          }
        }
        if (!s.decisions.length)
          for (const r of s.receipts)
            out.add(`receipt:unexpected:${s.id}`, 'receipt', 'A receipt was sent although the visitor decided nothing', WHY.receipt, FIX.receipt, s.id, `POST ${r.url}: ${JSON.stringify(r.body).slice(0, 300)}`, r.phase);
      }
    }

    if (s.buttons) {
      const p = prominenceProblems(s.buttons);
      if (p.length)
        out.add('button-prominence', 'button-prominence', 'The first-layer buttons are not equally prominent', WHY.buttons, FIX.buttons, s.id, p.join('; '));
    }

    for (const v of s.axe ?? []) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      out.add(`accessibility:${v.id}`, 'accessibility', `Accessibility: ${v.help} (${v.id}, ${v.impact})`, WHY.a11y, FIX.a11y, s.id, axeText(v));
    }

    for (const p of s.problems) out.add(`widget:${p.title}`, 'widget', p.title, WHY.widget, FIX.widget, s.id, p.detail);
  }
  return out.list();
}

export const axeText = (v: AxeViolation) => `${v.layer}: ${v.help} — ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ' …' : ''} (${v.helpUrl})`;
