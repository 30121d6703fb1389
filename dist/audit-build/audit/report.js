/**
 * The audit's results for people and for machines: one self-contained HTML page (no scripts, no
 * external files, screenshots inline as data: URIs) written for a site owner who is not a
 * developer; the same data as JSON; and JUnit XML so a CI server can gate on it.
 *
 * It never puts page or notice text into markup unescaped: the HTML is built with an
 * auto-escaping template (html.ts: every interpolated value is escaped unless it is markup made
 * by the template itself), and JUnit values go through `xml`, URLs, cookie names and the page's
 * own words included.
 */
import { axeText } from './findings.js';
import { html, trusted } from './html.js';
import { CHECKS } from './report-text.js';
/** The result as JSON: screenshots by file name (when written), never their bytes. */
export function toJson(r) {
    return JSON.stringify({
        ...r,
        scenarios: r.scenarios.map((s) => ({ ...s, screenshots: s.screenshots.map(({ label, file }) => ({ label, file })) })),
    }, null, 2);
}
// ---------------------------------------------------------------------------------------------
// HTML
const base64 = (b) => Buffer.from(b).toString('base64');
const CSS = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d20;background:#f6f6f8;margin:0}
main{max-width:70em;margin:0 auto;padding:1.5em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .5em}h3{font-size:1.1em;margin:1em 0 .4em}
.meta{color:#55555e;font-size:.9em}
.verdict{padding:1em 1.25em;border-radius:8px;font-size:1.15em;font-weight:600;margin:1em 0}
.ok{background:#e3f4e8;border:2px solid #1e7a3a}.bad{background:#fde8e8;border:2px solid #b3261e}
.card{background:#fff;border:1px solid #d0d0d8;border-radius:8px;padding:1em 1.25em;margin:.75em 0}
.finding{border-left:6px solid #b3261e}
.scenario{border-left:6px solid #1a56db}
.label{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #d0d0d8;padding:.3em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eeeef3}
tr.flag td{background:#fff1f0}
.shots{display:flex;flex-wrap:wrap;gap:1em;margin:.5em 0}
figure{margin:0;flex:1 1 26em;max-width:34em}figcaption{font-size:.9em;color:#55555e}
img{width:100%;height:auto;border:1px solid #d0d0d8;border-radius:4px}
code{font-size:.9em;background:#eeeef3;padding:0 .2em;border-radius:3px}
ul.checks li{margin:.2em 0}
.pass{color:#1e7a3a;font-weight:600}.fail{color:#b3261e;font-weight:600}.skip{color:#55555e}
details>summary{cursor:pointer;font-weight:600}
`;
function table(head, rows, empty) {
    if (!rows.length)
        return html `<p>${empty}</p>`;
    return html `<table><thead><tr>${head.map((h) => html `<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html `<tr class="${r.flag ? 'flag' : ''}">${r.cells.map((c) => html `<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}
const belongs = (a) => a.own
    ? 'samtykke itself (necessary)'
    : `${a.service ?? 'unknown service'}${a.category ? ` · ${a.category}` : ''}${a.declared ? '' : ' · not in the notice'}`;
function phaseLabels(s, ids) {
    return ids.map((id) => s.phases.find((p) => p.id === id)?.label ?? id).join('; ');
}
function cookieRows(s, cookies, flagged) {
    return cookies.map((c) => ({
        flag: flagged.has(c.name),
        cells: [
            c.name,
            c.domain,
            c.path,
            c.expiresDays === null ? 'when the browser closes' : `${c.expiresDays} days`,
            c.thirdParty ? 'third party' : 'first party',
            c.setBy.join('; ') || 'untraced',
            belongs(c),
            phaseLabels(s, c.phases),
        ],
    }));
}
function storageRows(s, st) {
    return st.map((x) => ({
        cells: [x.kind, x.name, x.origin, x.setBy.join('; ') || 'untraced', belongs(x), phaseLabels(s, x.phases)],
    }));
}
function requestRows(s, reqs) {
    return reqs.map((r) => ({
        flag: !r.declared,
        cells: [r.host, r.path, r.resourceType + (r.beacon ? ' (beacon)' : ''), belongs(r), phaseLabels(s, [r.phase]), r.url],
    }));
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function findingHtml(f, i, titles) {
    return html `<section class="card finding" aria-labelledby="finding-${i + 1}">
<h3 id="finding-${i + 1}">${f.title}</h3>
<p><span class="label">Why it matters:</span> ${f.why}</p>
<p><span class="label">What to do:</span> ${f.fix}</p>
<p><span class="label">Seen in:</span> ${f.scenarios.map((s) => titles.get(s) ?? s).join(', ')}</p>
<details open><summary>Evidence (${f.evidence.length})</summary><ul>${f.evidence.map((e) => html `<li>${e.scenario ? html `<strong>${titles.get(e.scenario) ?? e.scenario}:</strong> ` : ''}${e.text}</li>`)}</ul></details>
</section>`;
}
function details(summaryText, body) {
    return html `<details><summary>${summaryText}</summary>
${body}
</details>`;
}
/** The receipts a scenario saw, one row each, flagged when the receipt broke SPEC §7. */
function receiptRows(s) {
    return s.receipts.map((r) => {
        const b = (r.body ?? {});
        return {
            flag: r.problems.length > 0,
            cells: [
                String(b.method ?? '?'),
                String(b.receiptId ?? '?'),
                r.idempotencyKey ?? 'missing',
                phaseLabels(s, [r.phase]),
                r.problems.length ? r.problems.join('; ') : 'matches SPEC §7',
            ],
        };
    });
}
/** Google's dataLayer as the page left it, one entry a line in gtag's own words ('' if none). */
function dataLayerText(s) {
    if (!s.dataLayer)
        return '';
    return s.dataLayer
        .map((e, i) => `${i}: ${e.kind === 'command' ? `gtag('${e.command}'${e.arg ? `, '${e.arg}'` : ''})` : e.kind === 'object' ? `{ event: ${e.event ? `'${e.event}'` : '—'} }` : '(other)'}`)
        .join('\n');
}
/** What the widget's API said the visitor decided, as a sentence ('' when it said nothing). */
function decisionText(s) {
    if (!s.consent)
        return '';
    return `The widget’s API reported the decision: ${s.consent.method} (${Object.entries(s.consent.categories)
        .map(([k, v]) => `${k} ${v ? 'yes' : 'no'}`)
        .join(', ')}).`;
}
function screenshotsHtml(s) {
    return s.screenshots
        .filter((x) => x.png)
        .map((x) => html `<figure><img src="data:image/png;base64,${base64(x.png)}" alt="${`Screenshot: ${x.label}`}"><figcaption>${x.label}</figcaption></figure>
`);
}
/** The first layer's buttons as measured (size and style), when the scenario measured them. */
function buttonsHtml(s) {
    if (!s.buttons)
        return '';
    return details('First-layer buttons', table(['Button', 'Width', 'Height', 'Style'], s.buttons.map((b) => ({
        cells: [
            b.name,
            Math.round(b.width * 10) / 10,
            Math.round(b.height * 10) / 10,
            Object.entries(b.style)
                .map(([k, v]) => `${k}: ${v}`)
                .join('; '),
        ],
    })), ''));
}
function scenarioHtml(s, findings) {
    const mine = findings.filter((f) => f.scenarios.includes(s.id));
    const flaggedCookies = new Set(mine.flatMap((f) => (f.subject?.type === 'cookie' ? [f.subject.name] : [])));
    const third = s.requests.filter((r) => r.thirdParty && !r.own);
    const beacons = third.filter((r) => r.beacon);
    const dl = dataLayerText(s);
    const requestHead = ['Host', 'Path', 'Type', 'Belongs to', 'When', 'Full address'];
    return html `<section class="card scenario" aria-labelledby="scenario-${s.id}">
<h3 id="scenario-${s.id}">${s.title} — ${mine.length ? html `<span class="fail">${plural(mine.length, 'problem')}</span>` : html `<span class="pass">no problems</span>`}</h3>
<p>${s.description}</p>
${s.error ? html `<p class="fail">This scenario stopped early: ${s.error}</p>` : ''}
<p class="meta">Pages: ${s.pages.join(', ') || '—'}. ${decisionText(s)}</p>
<div class="shots">${screenshotsHtml(s)}</div>
${details(`Cookies (${s.cookies.length})`, table(['Name', 'Domain', 'Path', 'Expires', 'Party', 'Set by', 'Belongs to', 'Seen'], cookieRows(s, s.cookies, flaggedCookies), 'No cookies.'))}
${details(`Browser storage (${s.storage.length})`, table(['Kind', 'Name', 'Origin', 'Written by', 'Belongs to', 'Seen'], storageRows(s, s.storage), 'Nothing stored in localStorage, sessionStorage or IndexedDB.'))}
${details(`Requests to third parties (${third.length})`, table(requestHead, requestRows(s, third), 'No requests to third parties.'))}
${details(`Beacons: data sent out (${beacons.length})`, table(requestHead, requestRows(s, beacons), 'No beacons (pixels, sendBeacon, fetch or XHR to third parties).'))}
${s.decisions.length || s.receipts.length ? details(`Receipts (${s.receipts.length})`, table(['Decision', 'Receipt id', 'Idempotency-Key', 'When', 'Check'], receiptRows(s), 'No receipt arrived.')) : ''}
${dl ? details(`Google dataLayer (${s.dataLayer.length} entries)`, html `<pre>${dl}</pre>`) : ''}
${buttonsHtml(s)}
${s.axe ? details(`Accessibility check (axe-core): ${plural(s.axe.length, 'issue')}`, s.axe.length ? html `<ul>${s.axe.map((v) => html `<li>${v.impact}: ${axeText(v)}</li>`)}</ul>` : html `<p>No violations of WCAG 2.2 A/AA rules found.</p>`) : ''}
${s.notes.length ? html `<p class="label">Notes</p><ul>${s.notes.map((n) => html `<li>${n}</li>`)}</ul>` : ''}
</section>`;
}
export function renderHtml(r) {
    const titles = new Map(r.scenarios.map((s) => [s.id, s.title]));
    const n = r.findings.length;
    const checks = CHECKS.map((c) => {
        const k = r.findings.filter((f) => f.kind === c.kind).length;
        const status = c.samtykkeOnly && !r.samtykke
            ? html `<span class="skip">not checked (no samtykke notice)</span>`
            : k
                ? html `<span class="fail">${plural(k, 'problem')}</span>`
                : html `<span class="pass">passed</span>`;
        return html `<li>${c.name}: ${status}</li>`;
    });
    const widget = r.samtykke
        ? `The page runs the samtykke consent widget${r.language ? ` (in language “${r.language}”)` : ''}${r.config ? `, notice by ${r.config.controller.name}, revision ${r.config.revision}` : ''}.`
        : 'The page does not run the samtykke consent widget.';
    return html `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${`Consent audit: ${r.url}`}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<main>
<h1>Consent audit</h1>
<p><a href="${r.url}">${r.url}</a></p>
<p class="meta">${`Checked ${r.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} with ${r.tool} in ${r.browser}.`} ${widget}</p>
<p class="verdict ${n ? 'bad' : 'ok'}" role="status">${n ? `${plural(n, 'problem')} found` : 'No problems found'}</p>
<p>We visited the site in a real browser several times, each time as a new visitor making a different choice in the consent banner, and recorded what the site stored in the browser (cookies and similar) and which other companies’ servers it contacted. Then we compared that with what the visitor had agreed to and with what the site’s privacy notice says.</p>
<h2>Checks</h2>
<ul class="checks">${checks}</ul>
${r.configErrors.length ? html `<p class="fail">The notice could not be read: ${r.configErrors.join('; ')}</p>` : ''}
<h2>What we found</h2>
${n ? r.findings.map((f, i) => [findingHtml(f, i, titles), '\n']) : html `<p>Nothing: everything the site stored or sent matched the visitor’s choice and the notice.</p>`}
<h2>What we did, and what we saw</h2>
<p>Each visit below starts from an empty browser. “First party” is the site itself; a “third party” is another company’s server. A “beacon” is a request that sends data out (a tracking pixel, sendBeacon, or a script’s own request). Rows with a tinted background are part of a problem above.</p>
${r.scenarios.map((s) => [scenarioHtml(s, r.findings), '\n'])}
${r.notes.length ? html `<h2>Notes</h2><ul>${r.notes.map((x) => html `<li>${x}</li>`)}</ul>` : ''}
<p class="meta">Limits: the audit sees what happens in these visits only. Scripts that wait for scrolling, a later page or a timer longer than the visit are not seen; a cookie set by a server response is traced to that response, a cookie set by a script to the script where the browser’s stack trace shows it. Where the receipts of these visits went is said in the notes.</p>
</main>
</body>
</html>
`.text;
}
// JUnit XML and the terminal's summary, in their own file.
export { renderJunit, summary } from './report-text.js';
