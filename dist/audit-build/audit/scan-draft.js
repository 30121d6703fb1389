/**
 * From what a scan saw to a draft notice: each request, embed, cookie and storage key is traced
 * to a catalogue entry where it can be, and the draft lists those services expanded from the
 * catalogue. Everything else becomes a service marked "$todo" that fails validation until the
 * owner has looked at it: the site's own cookies (to confirm as necessary) and each unknown
 * third party. Pure: no browser, no files.
 *
 * How the draft fails validation: a required field is left out, never filled with a
 * placeholder (a "TODO" name would pass as a non-empty string). The controller has no `name`
 * (`controller.name` is required) and each unfinished service has no `category`
 * (`services[i].category` is required); a "$todo" note beside each says what to fill in.
 */
import { isThirdParty, siteOf } from './classify.js';
import { entryCategory, hostMatches, matchName, matchUrl, presetOf } from './scan-catalogue.js';
import { categoryInfo, cookieDuration, storageDuration } from './scan-words.js';
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'];
const MAX_EVIDENCE = 40;
/** samtykke's own files, cookie and database: never part of the draft. */
const OWN_URL = /\/samtykke(-guard)?\.m?js([?#]|$)/;
const isOwnName = (name) => /^samtykke\b/.test(name);
const DOING = {
    script: 'loaded a script from',
    image: 'loaded an image (possibly a tracking pixel) from',
    ping: 'sent a beacon to',
    fetch: 'sent a request (fetch) to',
    xhr: 'sent a request (XMLHttpRequest) to',
    document: 'embedded (iframe)',
    stylesheet: 'loaded a stylesheet from',
    font: 'loaded a font from',
    media: 'loaded audio or video from',
};
const hostOf = (url) => {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
};
export function describeSource(s) {
    if (s.header)
        return `the Set-Cookie header of ${s.url}`;
    if (s.inline)
        return `an inline script on ${s.url ?? 'the page'}`;
    return s.url ? `the script ${s.url}` : 'a script that could not be traced';
}
/** Why a first-party cookie may be necessary, or who set it: for the owner's "$todo". */
function hint(c) {
    if (c.httpOnly && c.setBy.some((s) => s.header))
        return 'HttpOnly, set by the server: looks like a login or session cookie';
    if (/sess|sid|login|auth|csrf|xsrf|token/i.test(c.name))
        return 'its name suggests a login, session or security cookie';
    return c.setBy.length ? `set by ${c.setBy.map(describeSource).join(' and ')}` : 'its writer could not be traced';
}
export function buildDraft(obs, o) {
    const groups = new Map();
    const group = (id, kind, entry) => {
        let g = groups.get(id);
        if (!g)
            groups.set(id, (g = { id, kind, entry, hosts: new Set(), cookies: new Map(), evidence: [] }));
        return g;
    };
    const third = (host) => group(siteOf(host), 'third');
    const note = (g, e) => {
        if (g.evidence.length < MAX_EVIDENCE && !g.evidence.some((x) => x.text === e.text))
            g.evidence.push(e);
    };
    const byUrl = (url) => {
        if (!url || OWN_URL.test(url))
            return null;
        const m = matchUrl(url, o.entries);
        if (m)
            return group(m.entry.id, 'catalogue', m.entry);
        const host = hostOf(url);
        return host && isThirdParty(host, hostOf(obs.url)) ? third(host) : null;
    };
    for (const r of obs.requests) {
        if (OWN_URL.test(r.url))
            continue;
        // Inside an embed, the embed's own traffic belongs to the embed.
        const inFrame = r.frame && r.frame !== r.page && r.frame !== r.url ? matchUrl(r.frame, o.entries) : null;
        const g = inFrame ? group(inFrame.entry.id, 'catalogue', inFrame.entry) : byUrl(r.url);
        if (!g)
            continue;
        if (g.kind === 'third')
            g.hosts.add(r.host);
        const embed = r.resourceType === 'document';
        const by = !r.initiator
            ? ''
            : r.initiator !== r.page
                ? ` (by ${r.initiator})`
                : r.fromHtml
                    ? ' (written in its HTML)'
                    : ' (by an inline script of the page)';
        note(g, {
            kind: embed ? 'embed' : 'request',
            page: r.page,
            text: `the page ${DOING[r.resourceType] ?? 'made a request to'} ${r.url}${by}`,
        });
    }
    const ownerOf = (name, kind, thirdParty, host, setBy) => {
        const named = matchName(name, kind, o.entries);
        if (named)
            return group(named.entry.id, 'catalogue', named.entry);
        for (const s of setBy) {
            const g = s.inline ? null : byUrl(s.url);
            if (g)
                return g;
        }
        if (thirdParty) {
            const entry = o.entries.find((e) => (e.block ?? []).some((b) => b.host !== '*' && hostMatches(host, b.host)));
            return entry ? group(entry.id, 'catalogue', entry) : third(host);
        }
        return group('site', 'site');
    };
    for (const c of obs.cookies) {
        if (isOwnName(c.name))
            continue;
        const host = c.domain.replace(/^\./, '');
        const g = ownerOf(c.name, 'cookie', c.thirdParty, host, c.setBy);
        const duration = cookieDuration(c.expiresDays);
        if (!g.cookies.has(c.name))
            g.cookies.set(c.name, { name: c.name, duration, hint: hint(c) });
        const by = c.setBy.length ? `set by ${c.setBy.map(describeSource).join('; ')}` : 'its writer could not be traced';
        for (const page of c.pages.slice(0, 1))
            note(g, {
                kind: 'cookie',
                page,
                text: `cookie “${c.name}” on ${c.domain}${c.path} (${c.thirdParty ? 'third' : 'first'} party, ${duration.en.toLowerCase()}${c.httpOnly ? ', HttpOnly' : ''}), ${by}`,
            });
    }
    for (const s of obs.storage) {
        if (isOwnName(s.name))
            continue;
        const host = hostOf(s.origin);
        const g = ownerOf(s.name, s.kind, s.thirdParty, host, s.setBy);
        if (!g.cookies.has(s.name))
            g.cookies.set(s.name, { name: s.name, duration: storageDuration(s.kind), hint: `${s.kind} key` });
        const by = s.setBy.length ? `written by ${s.setBy.map(describeSource).join('; ')}` : 'its writer could not be traced';
        for (const page of s.pages.slice(0, 1))
            note(g, { kind: 'storage', page, text: `${s.kind} “${s.name}” on ${s.origin}, ${by}` });
    }
    const ordered = [...groups.values()].sort((a, b) => rank(a) - rank(b));
    const services = [];
    const reports = [];
    const todos = [];
    const categories = new Set(['necessary']);
    for (const g of ordered) {
        const path = `services[${services.length}]`;
        const service = g.kind === 'catalogue' ? catalogueService(g, o) : todoService(g, obs.url);
        if (typeof service.category === 'string')
            categories.add(service.category);
        if (typeof service.$todo === 'string')
            todos.push({ path: `${path}.$todo`, text: service.$todo });
        services.push(service);
        reports.push({
            id: g.id,
            preset: g.entry ? presetOf(g.entry) : null,
            category: typeof service.category === 'string' ? service.category : null,
            todo: typeof service.$todo === 'string' ? service.$todo : null,
            evidence: g.evidence,
        });
    }
    const controller = { $todo: controllerTodo(obs.policyLinks) };
    todos.unshift({ path: 'controller.$todo', text: controller.$todo });
    const notice = {
        $todo: 'A draft written by `samtykke scan`. Fill in each "$todo" below and then delete it; `npx samtykke validate` names what is still missing.',
        revision: o.revision,
        language: 'auto',
        controller,
        categories: Object.fromEntries([...categories].sort(categoryOrder).map((id) => [id, categoryInfo(id)])),
        services,
        rights: [...RIGHTS],
        authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
        proof: { endpoint: '/consent-proofs' },
    };
    return { notice, services: reports, todos };
}
const rank = (g) => (g.kind === 'catalogue' ? 0 : g.kind === 'site' ? 1 : 2);
const ORDER = ['necessary', 'functional', 'analytics', 'marketing', 'profiling'];
const categoryOrder = (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);
/** A catalogue service as the catalogue expands it, plus any cookie the scan saw that it does not list. */
function catalogueService(g, o) {
    const service = o.expand({ preset: g.entry.id });
    if (typeof service.category !== 'string')
        service.category = entryCategory(g.entry);
    const listed = Array.isArray(service.cookies) ? service.cookies : [];
    const covers = (name) => listed.some((c) => {
        if (c.name === name)
            return true;
        try {
            return !!c.pattern && new RegExp(`^(?:${c.pattern.replace(/^\^|\$$/g, '')})$`).test(name);
        }
        catch {
            return false;
        }
    });
    const extra = [...g.cookies.values()].filter((c) => !covers(c.name)).map((c) => ({ name: c.name, duration: c.duration }));
    if (extra.length)
        service.cookies = [...listed, ...extra];
    return service;
}
/** A service the owner must finish: no `category` until they have decided one. */
function todoService(g, site) {
    const cookies = [...g.cookies.values()];
    const list = cookies.map((c) => `“${c.name}” (${c.hint})`).join(', ');
    if (g.kind === 'site') {
        return {
            $todo: `Cookies and storage of this site itself that no catalogue knows: ${list}. ` +
                'If each is strictly necessary for something the visitor asked for (logging in, a shopping cart, security, remembering this choice), ' +
                'add "category": "necessary" and a "purpose"; if not, move it to a service in a consent category (and tag the script that sets it). Then delete this note.',
            id: 'site',
            // The site's own name in every language (a TEXT name is newer than some validators).
            name: hostOf(site),
            cookies: cookies.map((c) => ({ name: c.name, duration: c.duration })),
        };
    }
    const hosts = [...g.hosts].sort();
    return {
        $todo: `An unknown third party: ${hosts.join(', ') || g.id}${cookies.length ? `, with ${list}` : ''}. Say who it is ("name", "provider", "role", "purpose", "policyUrl", ` +
            '"transfer" if outside the EEA), choose its "category" (add that category to "categories" if it is missing), ' +
            `${cookies.length ? '' : 'add "cookieless": true if it stores nothing in the browser, '}and tag its script or iframe; or remove it from the site. Then delete this note.`,
        id: g.id,
        name: g.id,
        hosts: hosts.length ? hosts : [g.id],
        cookies: cookies.map((c) => ({ name: c.name, duration: c.duration })),
    };
}
function controllerTodo(policyLinks) {
    const found = policyLinks.length
        ? ` The site links to ${policyLinks.slice(0, 2).join(' and ')}: check whether that is it.`
        : '';
    return ('Who is responsible for the site (behandlingsansvarlig): add "name" (the legal entity, e.g. "Eksempel AS"), "orgNumber", ' +
        'a contact channel ("email", "phone" or "address"; "privacyEmail" or "dpoEmail" where you have one) and "policyUrl" (your full privacy notice).' +
        found +
        ' Then delete this note.');
}
