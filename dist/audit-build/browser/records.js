import { attributeCookie, attributeStorage, isThirdParty } from './classify.js';
import { refineWrite } from './attribute.js';
/** A transparent 1×1 GIF: what a tracking pixel answers. */
const GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
/** An empty answer of the request's type, for a third party the audit does not contact. */
export function stub(route, type) {
    const ok = (contentType, body = '') => route.fulfill({ status: 200, contentType, body });
    if (type === 'script')
        return ok('text/javascript');
    if (type === 'stylesheet')
        return ok('text/css');
    if (type === 'image')
        return ok('image/gif', Buffer.from(GIF, 'base64'));
    if (type === 'document')
        return ok('text/html', '<!doctype html><title>third party (answered by the audit)</title>');
    return route.fulfill({ status: 204, body: '' });
}
/** The cookies a response's Set-Cookie header (lines joined by "\n") writes, and which it deletes. */
export function setCookies(header) {
    if (!header)
        return [];
    return header.split('\n').map((line) => ({
        name: line.split(';')[0].split('=')[0].trim(),
        deleting: /max-age\s*=\s*(0|-)/i.test(line),
    }));
}
/** A write of a cookie or storage key: its source (once each) and the phase it happened in. */
export function noteWrite(writes, key, source, phase) {
    const entry = writes.get(key) ?? { sources: [], phases: new Set() };
    const known = entry.sources.some((s) => s.url === source.url && s.consent === source.consent && !!s.header === !!source.header);
    if (!known)
        entry.sources.push(source);
    entry.phases.add(phase);
    writes.set(key, entry);
}
/** End of a phase: the cookies that exist now, each noted as seen in this phase. */
export function noteCookies(seenCookies, cookies, phase) {
    for (const c of cookies) {
        const key = `${c.name}|${c.domain}|${c.path}`;
        const seen = seenCookies.get(key) ?? { ...c, phases: new Set() };
        Object.assign(seen, { expires: c.expires, httpOnly: c.httpOnly, secure: c.secure });
        seen.phases.add(phase);
        seenCookies.set(key, seen);
    }
}
/** End of a phase: a frame's storage entries (instrument.ts `readStorage`), noted as seen in it. */
export function noteStorage(seenStorage, storage, phase) {
    const add = (kind, names) => {
        for (const name of names) {
            const key = `${kind}|${storage.origin}|${name}`;
            const seen = seenStorage.get(key) ?? { kind, origin: storage.origin, name, phases: new Set() };
            seen.phases.add(phase);
            seenStorage.set(key, seen);
        }
    };
    add('localStorage', storage.local);
    add('sessionStorage', storage.session);
    add('indexedDB', storage.idb);
}
/** Cookies seen, with who wrote them and what they belong to. */
export function cookieRecords(cookies, writes, context) {
    const now = Date.now() / 1000;
    return [...cookies].map((c) => {
        const w = writes.get(c.name);
        const sources = w?.sources ?? [];
        return {
            ...refineWrite(attributeCookie(c.name, sources, context.site), context.writers(sources), context.gates, context.site),
            name: c.name,
            domain: c.domain,
            path: c.path,
            expiresDays: c.expires > 0 ? Math.round(((c.expires - now) / 86400) * 10) / 10 : null,
            thirdParty: isThirdParty(c.domain, context.pageHost),
            httpOnly: c.httpOnly,
            secure: c.secure,
            setBy: sources.map(describeSource),
            phases: [...c.phases],
            writtenIn: [...(w?.phases ?? [])],
        };
    });
}
/** Storage entries seen, with who wrote them and what they belong to. */
export function storageRecords(entries, writes, context) {
    return [...entries].map((s) => {
        const sources = writes.get(`${s.kind}|${s.origin}|${s.name}`)?.sources ?? [];
        let host = '';
        try {
            host = new URL(s.origin).hostname;
        }
        catch {
            host = s.origin;
        }
        return {
            ...refineWrite(attributeStorage(s.kind, s.name, sources, context.site), context.writers(sources), context.gates, context.site),
            kind: s.kind,
            origin: s.origin,
            name: s.name,
            setBy: sources.map(describeSource),
            phases: [...s.phases],
            thirdParty: isThirdParty(host, context.pageHost),
        };
    });
}
/** Where a write came from, in words. */
export function describeSource(s) {
    if (s.header)
        return `Set-Cookie header of ${s.url}`;
    const tag = s.consent ? ` (tagged data-consent="${s.consent}"${s.service ? ` data-service="${s.service}"` : ''})` : '';
    if (s.inline)
        return `inline script on ${s.url ?? 'the page'}${tag}`;
    if (s.url)
        return `script ${s.url}${tag}`;
    return `a script the audit could not trace${tag}`;
}
