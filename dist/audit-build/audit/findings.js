import { consentModeProblems, prominenceProblems } from './checks.js';
import { WHY, FIX, what, Cap, requestText, cookieText } from './findings-words.js';
import { permitted } from '../browser/classify.js';
import { aboutCookie, Findings } from './findings-list.js';
import { receiptFindings } from './findings-receipts.js';
// Their home is checks.ts; they are exported here too, where the audit's findings come from.
export { consentModeProblems, prominenceProblems, receiptProblems } from './checks.js';
/** Every finding of an audit. `config` null: not a samtykke site, or an invalid notice. */
export function findings(scenarios, config, samtykke) {
    const out = new Findings();
    const ctx = { strict: samtykke && !!config, scenarioTitles: new Map(scenarios.map((s) => [s.id, s.title])) };
    for (const s of scenarios) {
        const phases = new Map(s.phases.map((p) => [p.id, p]));
        const check = { s, phaseOf: (id) => phases.get(id) ?? s.phases[0] };
        requestFindings(out, ctx, check);
        cookieFindings(out, ctx, check);
        storageFindings(out, check);
        // Consent Mode: a samtykke notice with googleConsentMode on promises the default on every page.
        const expectDefault = !!config && config.googleConsentMode !== false;
        for (const p of consentModeProblems(s.dataLayer, expectDefault))
            out.add(`consent-mode:${p.title}`, 'consent-mode', p.title, WHY.consentMode, FIX.consentMode, s.id, p.text);
        // Receipts: one per decision, each valid.
        if (config && samtykke)
            receiptFindings(out, ctx, s, config);
        interfaceFindings(out, s);
    }
    return out.list();
}
/** Requests to third parties: made without consent, or to a host the notice does not declare. */
function requestFindings(out, ctx, { s, phaseOf }) {
    for (const r of s.requests) {
        if (!r.thirdParty || r.own)
            continue;
        const phase = phaseOf(r.phase);
        const text = requestText(r, phase);
        const subject = r.service ?? r.host;
        const known = r.category !== null;
        if ((ctx.strict || known) && !permitted(r, phase)) {
            out.add(`without-consent:host:${subject}`, 'without-consent', `${r.service ? `${r.service} (${r.host})` : r.host} was contacted without consent`, WHY.withoutConsent, FIX.withoutConsent, s.id, text, phase.id);
        }
        if (ctx.strict && !r.declared) {
            out.add(`undeclared:host:${subject}`, 'undeclared', `${r.service ? `${r.service} (${r.host})` : r.host} is not in the notice`, WHY.undeclaredThirdParty, FIX.undeclaredThirdParty, s.id, text, phase.id, true);
        }
    }
}
/**
 * Cookies, phase by phase: stored without consent, left behind (or written again) after a
 * withdrawal, or not in the notice.
 */
function cookieFindings(out, ctx, { s, phaseOf }) {
    for (const c of s.cookies) {
        if (c.own)
            continue;
        const known = c.category !== null || c.thirdParty;
        for (const pid of c.phases) {
            const phase = phaseOf(pid);
            if (!(ctx.strict || known) || permitted(c, phase))
                continue;
            const rewritten = c.writtenIn.includes(pid);
            if (phase.withdrawn && !rewritten) {
                out.add(aboutCookie('left-after-withdrawal', c.name), 'left-after-withdrawal', `Cookie “${c.name}” is left behind after consent was withdrawn`, WHY.leftBehind, FIX.leftBehind, s.id, cookieText(c, phase), pid);
            }
            else {
                const again = phase.withdrawn ? ' (written again after the withdrawal)' : '';
                out.add(aboutCookie('without-consent', c.name), 'without-consent', `Cookie “${c.name}” was stored without consent`, WHY.withoutConsent, FIX.withoutConsent, s.id, cookieText(c, phase) + again, pid);
            }
        }
        if (ctx.strict && !c.declared) {
            const phase = phaseOf(c.phases[0]);
            out.add(aboutCookie('undeclared', c.name), 'undeclared', `Cookie “${c.name}” is not in the notice`, WHY.undeclaredCookie, FIX.undeclaredCookie, s.id, cookieText(c, phase), phase.id, true);
        }
    }
}
/** Web Storage and IndexedDB of known trackers (or of a category the visitor did not grant). */
function storageFindings(out, { s, phaseOf }) {
    for (const st of s.storage) {
        if (st.own || st.category === null)
            continue;
        for (const pid of st.phases) {
            const phase = phaseOf(pid);
            if (permitted(st, phase))
                continue;
            out.add(`without-consent:storage:${st.kind}:${st.name}`, 'without-consent', `${st.kind} “${st.name}” was written without consent`, WHY.withoutConsent, FIX.withoutConsent, s.id, `${Cap(phase.label)}: ${st.kind} “${st.name}” on ${st.origin}, written by ${st.setBy.join('; ') || 'a script the audit could not trace'}${what(st)}`, pid);
        }
    }
}
/** The consent interface itself: button prominence, serious accessibility faults, widget problems. */
function interfaceFindings(out, s) {
    if (s.buttons) {
        const p = prominenceProblems(s.buttons);
        if (p.length)
            out.add('button-prominence', 'button-prominence', 'The first-layer buttons are not equally prominent', WHY.buttons, FIX.buttons, s.id, p.join('; '));
    }
    for (const v of s.axe ?? []) {
        if (v.impact !== 'serious' && v.impact !== 'critical')
            continue;
        out.add(`accessibility:${v.id}`, 'accessibility', `Accessibility: ${v.help} (${v.id}, ${v.impact})`, WHY.a11y, FIX.a11y, s.id, axeText(v));
    }
    for (const p of s.problems)
        out.add(`widget:${p.title}`, 'widget', p.title, WHY.widget, FIX.widget, s.id, p.detail);
}
export const axeText = (v) => `${v.layer}: ${v.help} — ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ' …' : ''} (${v.helpUrl})`;
