/**
 * The first step of a draft notice (draft.ts): each request, embed, cookie and storage key a
 * scan saw, traced to the service it belongs to: a catalogue entry where one matches, else the
 * site itself or an unknown third party (one group per site), with the evidence for each.
 * Pure: no browser, no files.
 */
import { isThirdParty, siteOf } from '../browser/classify.js';
import { hostMatches, matchName, matchService, matchUrl } from './catalogue.js';
import { cookieDuration, storageDuration } from './words.js';
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
export const hostOf = (url) => {
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
/** Every observation traced to its group, in the order: requests, cookies, storage. */
export function groupObservations(obs, entries) {
    const grouping = { groups: new Map(), entries, siteHost: hostOf(obs.url) };
    groupRequests(grouping, obs.requests);
    groupCookies(grouping, obs.cookies);
    groupStorage(grouping, obs.storage);
    return grouping.groups;
}
/** The group of `id`, made on first use. */
function group(grouping, id, kind, entry) {
    let g = grouping.groups.get(id);
    if (!g)
        grouping.groups.set(id, (g = { id, kind, entry, hosts: new Set(), cookies: new Map(), evidence: [] }));
    return g;
}
/** An unknown third party: one group per site (registrable domain). */
const thirdPartyGroup = (grouping, host) => group(grouping, siteOf(host), 'third');
/** Adds evidence to a group, each text once, up to MAX_EVIDENCE. */
function note(g, e) {
    if (g.evidence.length < MAX_EVIDENCE && !g.evidence.some((x) => x.text === e.text))
        g.evidence.push(e);
}
/** The group of a URL: its catalogue entry, or its third party; null for samtykke's own and the site's. */
function groupOfUrl(grouping, url) {
    if (!url || OWN_URL.test(url))
        return null;
    const m = matchService(url, grouping.entries);
    if (m)
        return group(grouping, m.entry.id, 'catalogue', m.entry);
    const host = hostOf(url);
    return host && isThirdParty(host, grouping.siteHost) ? thirdPartyGroup(grouping, host) : null;
}
function groupRequests(grouping, requests) {
    for (const r of requests) {
        if (OWN_URL.test(r.url))
            continue;
        // Inside an embed, the embed's own traffic belongs to the embed.
        const inFrame = r.frame && r.frame !== r.page && r.frame !== r.url ? matchUrl(r.frame, grouping.entries) : null;
        const g = inFrame ? group(grouping, inFrame.entry.id, 'catalogue', inFrame.entry) : groupOfUrl(grouping, r.url);
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
}
/**
 * Whose a cookie or storage key is: the catalogue entry that names it, else the group of the
 * first script that wrote it, else (third party) the entry that blocks its host or its third
 * party, else the site itself.
 */
function ownerOf(grouping, name, kind, thirdParty, host, setBy) {
    const named = matchName(name, kind, grouping.entries);
    if (named)
        return group(grouping, named.entry.id, 'catalogue', named.entry);
    for (const s of setBy) {
        const g = s.inline ? null : groupOfUrl(grouping, s.url);
        if (g)
            return g;
    }
    if (thirdParty) {
        const entry = grouping.entries.find((e) => (e.block ?? []).some((b) => b.host !== '*' && hostMatches(host, b.host)));
        return entry ? group(grouping, entry.id, 'catalogue', entry) : thirdPartyGroup(grouping, host);
    }
    return group(grouping, 'site', 'site');
}
function groupCookies(grouping, cookies) {
    for (const c of cookies) {
        if (isOwnName(c.name))
            continue;
        const host = c.domain.replace(/^\./, '');
        const g = ownerOf(grouping, c.name, 'cookie', c.thirdParty, host, c.setBy);
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
}
function groupStorage(grouping, storage) {
    for (const s of storage) {
        if (isOwnName(s.name))
            continue;
        const host = hostOf(s.origin);
        const g = ownerOf(grouping, s.name, s.kind, s.thirdParty, host, s.setBy);
        if (!g.cookies.has(s.name))
            g.cookies.set(s.name, { name: s.name, duration: storageDuration(s.kind), hint: `${s.kind} key` });
        const by = s.setBy.length ? `written by ${s.setBy.map(describeSource).join('; ')}` : 'its writer could not be traced';
        for (const page of s.pages.slice(0, 1))
            note(g, { kind: 'storage', page, text: `${s.kind} “${s.name}” on ${s.origin}, ${by}` });
    }
}
