/**
 * Findings about how the page tags what it gates (SPEC §2), from the gates the audit read off
 * its pages:
 *
 * - a known tracker tagged `data-consent="necessary"`: the tag claims it needs no consent. The
 *   widget holds it as its own category and service (and marks the element
 *   `data-samtykke-tagged="necessary"`), but the page still says something untrue, and an older
 *   widget (or any other banner) would run it before consent;
 * - a gate (tagged by the page) whose category or service the notice does not declare: it
 *   stays inert whatever the visitor chooses, and the notice does not describe the page.
 *
 * Gates are read by the URL they load, so an inline script's tag is not seen here (the widget's
 * console error names it). Pure functions over the scenarios and the site, like findings.ts.
 */
import { KNOWN_TRACKERS, matchTracker } from '../widget/fast/trackers.js';
const WHY = {
    necessaryTracker: 'Only what is strictly necessary for the service the visitor asked for may be stored or read without consent (ekomloven § 3-15, ePrivacy Directive art. 5(3)), and a known tracker does not become necessary by its tag. samtykke holds it as its own category and service until the visitor grants them, so the tag only hides what the page really does; an older widget, or any other banner, would run it before consent.',
    undeclaredGate: 'Visitors can only consent to what the notice describes (GDPR art. 4(11) and 13). samtykke keeps a gate whose category or service the notice does not declare inert whatever the visitor chooses, and records nothing for it: the content never shows, and the notice does not tell the truth about the page.',
};
const FIX = {
    necessaryTracker: 'Tag it data-consent="<category>" data-service="<id>" and declare the service in the notice (write { "preset": "<id>" } and expand it with `npx samtykke expand`).',
    undeclaredGate: 'Declare the category in "categories" and the service in "services" (provider, purpose, cookies and their lifetimes), or take the gate off the page.',
};
/** The gate's own words, as the page wrote them. */
const tagOf = (consent, service) => `data-consent="${consent}"${service ? ` data-service="${service}"` : ''}`;
/** Findings by id, each with its scenarios and evidence once. */
class Found {
    byId = new Map();
    add(f, scenario, text, phase) {
        let found = this.byId.get(f.id);
        if (!found)
            this.byId.set(f.id, (found = { ...f, scenarios: [], evidence: [] }));
        if (!found.scenarios.includes(scenario))
            found.scenarios.push(scenario);
        if (!found.evidence.some((e) => e.text === text))
            found.evidence.push({ scenario, phase, text });
    }
    list() {
        return [...this.byId.values()];
    }
}
/** A known tracker the page tagged necessary: marked so by the widget, or still tagged so. */
function necessaryTracker(out, g, scenario, site) {
    if (g.auto || (g.tagged ?? g.consent) !== 'necessary')
        return;
    const tracker = matchTracker(g.url, KNOWN_TRACKERS, site.pageUrl);
    if (!tracker)
        return;
    const held = g.tagged ? ` (samtykke holds it as ${tagOf(g.consent, g.service)})` : '';
    out.add({
        id: `without-consent:necessary-tag:${tracker.service}`,
        kind: 'without-consent',
        title: `${tracker.service} is tagged data-consent="necessary", but it is a known tracker (${tracker.category})`,
        why: WHY.necessaryTracker,
        fix: FIX.necessaryTracker.replace('<category>', tracker.category).replaceAll('<id>', tracker.service),
    }, scenario, `tagged data-consent="necessary": ${g.url}${held}`, g.heldIn[0]);
}
/** A gate the page tagged with a category or service the notice does not declare. */
function undeclaredGate(out, g, scenario, site) {
    const config = site.config;
    if (!config || g.auto)
        return;
    const category = g.consent === 'necessary' || g.consent in config.categories;
    const service = !g.service || config.services.some((s) => s.id === g.service);
    if (category && service)
        return;
    const tag = tagOf(g.consent, g.service);
    const missing = [category ? '' : `category "${g.consent}"`, service ? '' : `service "${g.service}"`].filter(Boolean);
    out.add({
        id: `undeclared:gate:${g.consent}${g.service ? '/' + g.service : ''}`,
        kind: 'undeclared',
        title: `A gate tagged ${tag} stays inert: the notice does not declare its ${missing.join(' or ')}`,
        why: WHY.undeclaredGate,
        fix: FIX.undeclaredGate,
    }, scenario, `tagged ${tag}: ${g.url}`, g.heldIn[0]);
}
/** The findings above, for a samtykke site with a valid notice. */
export function gateFindings(scenarios, site) {
    const out = new Found();
    for (const s of scenarios) {
        for (const g of s.gates ?? []) {
            necessaryTracker(out, g, s.id, site);
            undeclaredGate(out, g, s.id, site);
        }
    }
    return out.list();
}
