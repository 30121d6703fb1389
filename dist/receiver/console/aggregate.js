/**
 * The overview's numbers, counted in one pass over the receipts of a period (streamed from
 * either store, never held in memory): decisions per day, the consent rate per category and
 * per service (accepted among the decisions that offered it), the same split by notice revision
 * and by `via`, and how many API decisions came without a user activation.
 *
 * Only counts leave this module: no id, subject, address or URL.
 */
/** The rate as a share from 0 to 1 (0 when never offered). */
export function share(rate) {
    return rate.shown === 0 ? 0 : rate.accepted / rate.shown;
}
function count(rates, choices, skip) {
    if (choices === null || typeof choices !== 'object')
        return;
    for (const [name, value] of Object.entries(choices)) {
        if (name === skip)
            continue;
        const rate = rates.get(name) ?? { shown: 0, accepted: 0 };
        rate.shown += 1;
        if (value === true)
            rate.accepted += 1;
        rates.set(name, rate);
    }
}
function group(groups, key, categories) {
    const found = groups.get(key) ?? { decisions: 0, categories: new Map() };
    found.decisions += 1;
    // "necessary" is always on: a rate of 100 % says nothing.
    count(found.categories, categories, 'necessary');
    groups.set(key, found);
}
/** Every UTC day from `from` up to (not including) `to`, as "YYYY-MM-DD". */
export function days(from, to) {
    const out = [];
    for (let t = from; t < to && out.length < 3700; t += 86_400_000)
        out.push(new Date(t).toISOString().slice(0, 10));
    return out;
}
/** Counts the receipts `records` yields, received in [from, to). */
export async function aggregate(records, from, to) {
    const overview = {
        decisions: 0,
        perDay: new Map(days(from, to).map((day) => [day, 0])),
        categories: new Map(),
        services: new Map(),
        byRevision: new Map(),
        byVia: new Map(),
        api: { decisions: 0, withoutActivation: 0 },
    };
    for await (const record of records) {
        overview.decisions += 1;
        const day = typeof record.receivedAt === 'string' ? record.receivedAt.slice(0, 10) : '';
        if (overview.perDay.has(day))
            overview.perDay.set(day, overview.perDay.get(day) + 1);
        count(overview.categories, record.categories, 'necessary');
        count(overview.services, record.services);
        group(overview.byRevision, typeof record.revision === 'string' ? record.revision : '', record.categories);
        const via = typeof record.via === 'string' ? record.via : '';
        group(overview.byVia, via, record.categories);
        if (via === 'api') {
            overview.api.decisions += 1;
            if (record.userActivation !== true)
                overview.api.withoutActivation += 1;
        }
    }
    return overview;
}
