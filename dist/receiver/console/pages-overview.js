/**
 * The overview: for a period (default the last 30 days), decisions per day, the consent rate
 * per category and per service, the same by notice revision and by `via`, and the API
 * decisions made without a user activation. Aggregates only: nothing about any one person.
 */
import { aggregate, share } from './aggregate.js';
import { columnChart, dataTable, rateChart } from './charts.js';
import { formatDay, formatNumber, formatPercent, parsePeriod } from './format.js';
import { html, page, sendPage } from './html.js';
import { frameOf, periodForm, problemPage, storeOf } from './common.js';
/** Rows of name, offered, accepted, rate; most offered first. */
function rateRows(visit, rates) {
    const { language } = visit;
    return [...rates.entries()]
        .sort((a, b) => b[1].shown - a[1].shown || a[0].localeCompare(b[0]))
        .map(([name, rate]) => [
        name,
        formatNumber(language, rate.shown),
        formatNumber(language, rate.accepted),
        formatPercent(language, share(rate)),
    ]);
}
function rateSection(visit, id, heading, nameHeader, rates) {
    const { words, language } = visit;
    const rows = rateRows(visit, rates);
    const chart = rateChart({
        id: `${id}-chart`,
        title: heading,
        description: rows.map((r) => `${r[0]}: ${r[3]}`).join('; ') || words.nothing,
        bars: [...rates.entries()]
            .sort((a, b) => b[1].shown - a[1].shown || a[0].localeCompare(b[0]))
            .map(([name, rate]) => ({ label: name, value: share(rate), shown: formatPercent(language, share(rate)) })),
    });
    return html `<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>
<p>${words.rateExplained}</p>
${rows.length ? chart : ''}
${dataTable(id, heading, [nameHeader, words.shown, words.accepted, words.rate], rows)}</section>`;
}
/** A table of groups (revisions, vias): decisions and each category's rate. */
function groupSection(visit, id, heading, nameHeader, groups) {
    const { words, language } = visit;
    const categories = [...new Set([...groups.values()].flatMap((g) => [...g.categories.keys()]))].sort();
    const rows = [...groups.entries()]
        .sort((a, b) => b[1].decisions - a[1].decisions)
        .map(([name, group]) => [
        name || words.unknown,
        formatNumber(language, group.decisions),
        ...categories.map((c) => {
            const rate = group.categories.get(c);
            return rate ? formatPercent(language, share(rate)) : '–';
        }),
    ]);
    return html `<section aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>
${dataTable(id, heading, [nameHeader, words.decisions, ...categories], rows)}</section>`;
}
function daySection(visit, overview, period) {
    const { words, language } = visit;
    const bars = [...overview.perDay.entries()].map(([day, n]) => ({
        label: formatDay(language, day),
        value: n,
        shown: formatNumber(language, n),
    }));
    const chart = columnChart({
        id: 'per-day-chart',
        title: words.decisionsPerDay,
        description: `${formatDay(language, period.from)} – ${formatDay(language, period.to)}: ${formatNumber(language, overview.decisions)} ${words.decisions.toLowerCase()}`,
        bars,
    });
    const rows = bars.map((b) => [b.label, b.shown]);
    return html `<section aria-labelledby="per-day-heading"><h2 id="per-day-heading">${words.decisionsPerDay}</h2>
${chart}
<details><summary>${words.decisionsPerDay}: ${words.day}</summary>${dataTable('per-day', words.decisionsPerDay, [words.day, words.decisions], rows)}</details></section>`;
}
function apiSection(visit, overview) {
    const { words, language } = visit;
    const { decisions, withoutActivation } = overview.api;
    const rows = [
        [
            'api',
            formatNumber(language, decisions),
            formatNumber(language, withoutActivation),
            formatPercent(language, decisions ? withoutActivation / decisions : 0),
        ],
    ];
    return html `<section aria-labelledby="api-heading"><h2 id="api-heading">${words.apiWithoutActivation}</h2>
<p>${words.apiWithoutActivationExplained}</p>
${dataTable('api', words.apiWithoutActivation, [words.via, words.apiDecisions, words.withoutActivation, words.rate], rows)}</section>`;
}
/** GET /controller/overview */
export async function overviewPage(visit) {
    const { words, language } = visit;
    const period = parsePeriod(visit.query, 30);
    if (period === null || 'error' in period)
        return problemPage(visit, 400, period === null ? 'no period' : period.error);
    const store = await storeOf(visit);
    if (!store)
        return;
    const overview = await aggregate(store.select({ from: period.fromMs, to: period.toMs }), period.fromMs, period.toMs);
    const body = html `${periodForm(visit, '/controller/overview', period)}
<p class="note">${words.aggregatesOnly}</p>
<p class="total" id="total">${words.decisions}: <strong>${formatNumber(language, overview.decisions)}</strong></p>
${overview.decisions === 0 ? html `<p>${words.nothing}</p>` : ''}
${daySection(visit, overview, period)}
${rateSection(visit, 'categories', words.ratePerCategory, words.category, overview.categories)}
${rateSection(visit, 'services', words.ratePerService, words.service, overview.services)}
${groupSection(visit, 'revisions', words.byRevision, words.revision, overview.byRevision)}
${groupSection(visit, 'vias', words.byVia, words.via, overview.byVia)}
${apiSection(visit, overview)}`;
    sendPage(visit.res, 200, page(frameOf(visit), words.overview, body), { 'set-cookie': visit.cookiesOut });
}
