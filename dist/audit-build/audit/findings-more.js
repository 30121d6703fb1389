/**
 * Findings about what the visitor was told and how their decision was made, beside the evidence
 * of what ran (findings.ts):
 *
 * - a decision made through the API with no user activation (SPEC §7 `via: "api"`,
 *   `userActivation: false`): a page script "consented" for the visitor (on load, on scroll, on
 *   a timer), except the audit's own `set()`;
 * - a known tracker on the page that the notice does not declare: auto-blocking holds it
 *   whatever the visitor chooses (SPEC §2, §4), and the notice misses a service;
 * - a tracker iframe written untagged in the HTML without the frame policy: its request races
 *   auto-blocking, and tagging it avoids both the race and the policy's reload;
 * - a service expanded from an older version of its catalogue entry (`preset`);
 * - each warning the notice validator gives (SPEC §3: what GDPR art. 13 asks for and the notice
 *   lacks, an organisation number that fails its check, …), as the browser console shows it.
 *
 * Pure functions over the scenarios and the site, like findings.ts.
 */
import { grantsConsent } from '../receipt/grants.js';
import { outdatedPresets } from '../catalogue/catalogue.js';
import { validate } from '../widget/notice/config.js';
import { refineRequest } from '../browser/attribute.js';
import { classifyUrl } from '../browser/classify.js';
const MAX_EVIDENCE = 25;
const WHY = {
    provenance: 'Consent must be a clear, affirmative act of the visitor (GDPR art. 4(11) and 7; EDPB guidelines 05/2020 on consent: scrolling or continuing to browse is not consent). This receipt records a decision that a script on the page made through samtykke’s API while the visitor had not clicked or pressed a key, so it does not show that the visitor chose anything.',
    heldTracker: 'Visitors can only consent to what the notice describes (GDPR art. 4(11) and 13). samtykke keeps a known tracker that the notice does not declare blocked whatever the visitor chooses, so it never works for anyone, and the notice does not tell the truth about the page.',
    warning: 'A notice must tell visitors what GDPR art. 13 requires: who is responsible and how to reach them, their rights, what each cookie is for and how long it lasts. The notice validator warns where the notice does not show that (the widget still runs).',
    untaggedFrame: 'The browser starts loading an <iframe src> the moment it reads it in the HTML, before any script can hold it back; samtykke then stops the frame, but in a good part of page loads its request has already reached the provider, with the visitor’s IP address and the page they are on, before any consent.',
    framedTracker: 'The frame policy lets every host in "autoBlock": { "frames": [...] } load its frames at once, before any choice: a tracker listed there is framed, and receives the visitor’s IP address and the page they are on, without consent.',
    outdated: 'The catalogue entry this service was written from has changed since (cookies, lifetimes, hosts or the provider’s terms), so the notice may no longer tell visitors the truth about it.',
};
const FIX = {
    provenance: 'Call samtykke.acceptAll(), rejectAll() or set() only from the visitor’s own click or key press (for example your own consent form); never on load, on scroll or from a timer.',
    heldTracker: 'Declare the service in the notice (write { "preset": "<id>" } and expand it with `npx samtykke expand`), or remove it from the page.',
    warning: 'Fix what the warning names; `npx samtykke validate notice.json` lists every warning.',
    untaggedFrame: 'Tag the iframe: write data-src="…" data-consent="<category>" data-service="<id>" instead of src="…" (samtykke shows a placeholder with “Allow and show”); then no request leaves before consent and granting it needs no reload. Or turn on the frame policy ("autoBlock": { "frames": [the other hosts your pages frame] }): the browser then refuses the request itself, at the price of one page reload when a visitor grants such a frame.',
    framedTracker: 'Remove the host from "frames": the policy already lets a tracker’s frames load once the visitor grants its service. List only hosts that are strictly necessary (a payment form, a booking widget).',
    outdated: 'Write "preset": "<id>" (without the version) for this service and run `npx samtykke expand`; check what changed and raise "revision", so visitors are asked again.',
};
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
class List {
    map = new Map();
    add(f, scenario, text, phase) {
        let found = this.map.get(f.id);
        if (!found)
            this.map.set(f.id, (found = { ...f, scenarios: [], evidence: [] }));
        if (!found.scenarios.includes(scenario))
            found.scenarios.push(scenario);
        if (found.evidence.length < MAX_EVIDENCE && !found.evidence.some((e) => e.text === text))
            found.evidence.push({ scenario, phase, text });
    }
    list() {
        return [...this.map.values()];
    }
}
/**
 * Receipts of grants a page script made without the visitor's act (not the audit's own API
 * calls). A refusal or withdrawal needs no activation (SPEC §5), so only a grant is a finding.
 */
function provenance(out, s) {
    for (const r of s.receipts) {
        const b = r.body;
        if (!isObj(b) || b.via !== 'api' || b.userActivation !== false)
            continue;
        if (!isObj(b.categories) || !grantsConsent(b))
            continue;
        const audits = s.decisions.some((d) => d.method === 'api' && d.consent?.timestamp === b.timestamp);
        if (audits)
            continue;
        out.add({
            id: 'provenance:api-without-activation',
            kind: 'provenance',
            title: 'A decision was made by a page script, without any click or key press',
            why: WHY.provenance,
            fix: FIX.provenance,
        }, s.id, `receipt ${String(b.receiptId)}: method "${String(b.method)}", via "api", userActivation false, on ${String(b.url)} at ${String(b.timestamp)}`, r.phase);
    }
}
/** Known trackers held on the page whose service the notice does not declare. */
function heldTrackers(out, s, site, reported) {
    for (const g of s.gates ?? []) {
        if (!g.heldIn.length)
            continue;
        const a = refineRequest(classifyUrl(g.url, site), g.url, [], new Map(), site);
        if (!a.service || a.declared || a.own || reported.has(a.service))
            continue;
        out.add({
            id: `undeclared:tracker:${a.service}`,
            kind: 'undeclared',
            title: `${a.service} is on the page but not in the notice, so it stays blocked whatever the visitor chooses`,
            why: WHY.heldTracker,
            fix: FIX.heldTracker.replace('<id>', a.service),
        }, s.id, `${g.auto ? 'held by auto-blocking' : `tagged data-consent="${g.consent}"${g.service ? ` data-service="${g.service}"` : ''}`}: ${g.url} (still held at the end of: ${g.heldIn.join(', ')})`, g.heldIn[0]);
    }
}
/**
 * Tracker iframes written untagged in the HTML, on a site without the frame policy: auto-blocking
 * races the parser for them (SPEC §2), and tagging is the way that needs no reload.
 */
function untaggedFrames(out, s, site) {
    const autoBlock = site.config?.autoBlock;
    if (autoBlock && autoBlock.frames)
        return;
    for (const g of s.gates ?? []) {
        if (!g.auto || !g.frame)
            continue;
        // Did its request win the race in this visit? (It does in a good part of page loads.)
        const sent = s.requests.find((r) => r.url === g.url && r.resourceType === 'document');
        out.add({
            id: `without-consent:untagged-frame:${g.service ?? g.url}`,
            kind: 'without-consent',
            title: `A ${g.service ?? 'tracker'} iframe is written in the HTML untagged, so its request can leave before consent`,
            why: WHY.untaggedFrame,
            fix: FIX.untaggedFrame
                .replace('<category>', g.consent === '(undeclared)' ? 'marketing' : g.consent)
                .replace('<id>', g.service ?? ''),
        }, s.id, `held by auto-blocking after the parser inserted it: ${g.url}${sent ? ` (in this visit its request had already left, ${s.phases.find((p) => p.id === sent.phase)?.label ?? sent.phase})` : ''}`, g.heldIn[0]);
    }
}
/** A listed frame host (`*.` for its subdomains) that is, or is under, a host of the rule. */
function listedCovers(listed, ruleHost) {
    const host = listed.replace(/^\*\./, '').toLowerCase();
    const rule = ruleHost.toLowerCase();
    return host === rule || host.endsWith('.' + rule) || (listed.startsWith('*.') && rule.endsWith('.' + host));
}
/** Hosts in `autoBlock.frames` that belong to a tracker: the policy lets them frame before consent. */
function framedTrackers(out, site, scenario) {
    const frames = site.config?.autoBlock ? (site.config.autoBlock.frames ?? []) : [];
    frames.forEach((listed, index) => {
        const rule = site.rules.find((r) => r.host !== '*' && r.category !== 'necessary' && listedCovers(listed, r.host));
        if (!rule)
            return;
        out.add({
            id: `notice:framed-tracker:${listed}`,
            kind: 'notice',
            title: `autoBlock.frames lists “${listed}”, a host of ${rule.service} (${rule.category}): its frames load before consent`,
            why: WHY.framedTracker,
            fix: FIX.framedTracker,
        }, scenario, `autoBlock.frames[${index}]: "${listed}" covers ${rule.host}${rule.path ?? ''}, which auto-blocking holds for ${rule.service} until ${rule.category} is granted`);
    });
}
function outdated(out, list, scenario) {
    for (const o of list) {
        out.add({
            id: `notice:outdated-preset:${o.service}`,
            kind: 'notice',
            title: `“${o.service}” was written from ${o.preset}; the catalogue now has ${o.latest}`,
            why: WHY.outdated,
            fix: FIX.outdated.replace('<id>', o.latest.split('@')[0]),
        }, scenario, `${o.path}: "preset": "${o.preset}" (catalogue: ${o.latest})`);
    }
}
/**
 * The validator's warnings about the notice as written: the list `samtykke validate` prints. An
 * unknown field is left out: it is forward compatibility (a field newer than this audit), not
 * something visitors are not told; and so is a missing proof endpoint when the receipt findings
 * already report it with the decisions that went unlogged (`proofReported`).
 */
function warnings(out, notice, scenario, proofReported) {
    if (notice === undefined)
        return;
    for (const w of validate(notice, { codes: true }).warnings) {
        if (/not a known field/.test(w.message) || (proofReported && w.code === 'no-proof'))
            continue;
        out.add({
            id: `notice:warning:${w.path}`,
            kind: 'notice',
            title: `The notice: ${w.path} ${w.message}`,
            why: WHY.warning,
            fix: FIX.warning,
        }, scenario, `${w.path}: ${w.message}`);
    }
}
/**
 * The findings above for a samtykke site with a valid notice; `earlier` are findings.ts's (a
 * tracker already reported as an undeclared third party is not reported twice).
 */
export function moreFindings(scenarios, site, samtykke, earlier, notes = [], outdatedOf = (n) => outdatedPresets(n)) {
    const out = new List();
    if (!samtykke || !site.config)
        return [];
    const reported = new Set(earlier.filter((f) => f.id.startsWith('undeclared:host:')).map((f) => f.id.slice('undeclared:host:'.length)));
    for (const s of scenarios) {
        provenance(out, s);
        heldTrackers(out, s, site, reported);
        untaggedFrames(out, s, site);
    }
    framedTrackers(out, site, scenarios[0]?.id ?? 'none');
    warnings(out, site.notice, scenarios[0]?.id ?? 'none', earlier.some((f) => f.id === 'receipt:no-endpoint'));
    try {
        outdated(out, outdatedOf(site.notice), scenarios[0]?.id ?? 'none');
    }
    catch (e) {
        notes.push(`The notice's presets could not be checked against the service catalogue: ${e.message}`);
    }
    return out.list();
}
