/**
 * The audit's results for machines and terminals: JUnit XML (one test case per check) and a few
 * lines of summary. Every value in the XML goes through `xml`, the page's own words included.
 */
import { escapeHtml } from './html.js';
// XML 1.0 has no place for most control characters, escaped or not.
// eslint-disable-next-line no-control-regex
const xml = (s) => escapeHtml(String(s ?? '').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '?'));
/** The checks, in the order the report and JUnit list them, with their plain-words names. */
export const CHECKS = [
    { kind: 'without-consent', name: 'Nothing non-essential without consent', samtykkeOnly: false },
    { kind: 'undeclared', name: 'Every cookie and third party is declared in the notice', samtykkeOnly: true },
    { kind: 'left-after-withdrawal', name: 'Withdrawal removes the withdrawn services’ cookies', samtykkeOnly: true },
    { kind: 'consent-mode', name: 'Google Consent Mode default comes before any Google tag', samtykkeOnly: false },
    { kind: 'receipt', name: 'Every decision leaves a valid receipt (SPEC §7)', samtykkeOnly: true },
    { kind: 'button-prominence', name: 'Accept, Reject and Choose are equally prominent', samtykkeOnly: true },
    { kind: 'accessibility', name: 'The widget is accessible (axe-core, WCAG 2.2 AA)', samtykkeOnly: true },
    { kind: 'widget', name: 'The widget asks, and does what the visitor chose', samtykkeOnly: true },
    {
        kind: 'provenance',
        name: 'Every decision comes from the visitor’s own act (SPEC §7: via, userActivation)',
        samtykkeOnly: true,
    },
    {
        kind: 'notice',
        name: 'The notice says what visitors must be told (validator warnings) and is up to date with the service catalogue',
        samtykkeOnly: true,
    },
];
/** JUnit XML: one test case per check, failing with its findings, so a CI server can gate on it. */
export function renderJunit(r, errors = []) {
    const cases = CHECKS.map((c) => {
        const fs = r.findings.filter((f) => f.kind === c.kind);
        const name = `${xml(c.name)}`;
        if (c.samtykkeOnly && !r.samtykke)
            return `    <testcase classname="samtykke.audit" name="${name}"><skipped message="no samtykke notice on the page"/></testcase>`;
        if (!fs.length)
            return `    <testcase classname="samtykke.audit" name="${name}"/>`;
        const body = fs.map((f) => `${f.title}\n${f.evidence.map((e) => `  - ${e.text}`).join('\n')}`).join('\n\n');
        return `    <testcase classname="samtykke.audit" name="${name}"><failure type="${xml(c.kind)}" message="${xml(`${fs.length} problem${fs.length > 1 ? 's' : ''}: ${fs.map((f) => f.title).join('; ')}`)}">${xml(body)}</failure></testcase>`;
    });
    for (const e of errors)
        cases.push(`    <testcase classname="samtykke.audit" name="${xml('Scenario ran to the end')}"><error message="${xml(e)}"/></testcase>`);
    const failures = CHECKS.filter((c) => !(c.samtykkeOnly && !r.samtykke) && r.findings.some((f) => f.kind === c.kind)).length;
    const skipped = CHECKS.filter((c) => c.samtykkeOnly && !r.samtykke).length;
    return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="samtykke audit" tests="${cases.length}" failures="${failures}" errors="${errors.length}">
  <testsuite name="${xml(`samtykke audit: ${r.url}`)}" tests="${cases.length}" failures="${failures}" errors="${errors.length}" skipped="${skipped}" timestamp="${xml(r.startedAt.replace(/\.\d+Z$/, ''))}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
/** A few lines for the terminal. */
export function summary(r) {
    const lines = [
        `samtykke audit: ${r.url}`,
        r.samtykke
            ? `  samtykke widget found${r.config ? ` (notice revision ${r.config.revision})` : ''}`
            : '  no samtykke widget: only "no interaction" was run',
    ];
    for (const s of r.scenarios) {
        const k = r.findings.filter((f) => f.scenarios.includes(s.id)).length;
        lines.push(`  ${k ? '✗' : '✓'} ${s.title}${k ? ` (${k} problem${k > 1 ? 's' : ''})` : ''}${s.error ? ` — stopped early: ${s.error}` : ''}`);
    }
    lines.push(r.findings.length ? `${r.findings.length} problem${r.findings.length > 1 ? 's' : ''} found:` : 'No problems found.');
    for (const f of r.findings)
        lines.push(`  - ${f.title}`);
    return lines.join('\n') + '\n';
}
