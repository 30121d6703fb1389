/**
 * Console sessions: signing in with the export token gives a random session id in a cookie
 * (`HttpOnly; SameSite=Strict; Path=/controller`, `Secure` over HTTPS), held in this process's
 * memory only (a restart signs everyone out). A session ends after 30 minutes unused, 8 hours
 * at most, or at sign-out. Each session has its own CSRF token, carried in a hidden field of
 * every form and checked on every POST, together with the request's Origin.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { truncateIp } from '../ip.js';
export const SESSION_COOKIE = 'samtykke_console';
const IDLE_MS = 30 * 60_000;
const LONGEST_MS = 8 * 60 * 60_000;
/** Sessions held at most: signing in again and again cannot grow memory without bound. */
const MAX_SESSIONS = 1000;
/** The cookies of a request, by name (the first of each name). */
export function parseCookies(req) {
    const cookies = new Map();
    for (const part of (req.headers.cookie ?? '').split(';')) {
        const at = part.indexOf('=');
        if (at < 0)
            continue;
        const name = part.slice(0, at).trim();
        if (!cookies.has(name))
            cookies.set(name, part.slice(at + 1).trim());
    }
    return cookies;
}
/** A short fingerprint of a secret (a token) or an identifier: enough to match, not to recover. */
export function fingerprint(text, digits = 12) {
    return createHash('sha256').update(text).digest('hex').slice(0, digits);
}
/** The browser and system in a few words, from a User-Agent header. */
export function shortAgent(userAgent) {
    const text = userAgent ?? '';
    const browser = /(Edg|Firefox|Chrome|Chromium|Safari|curl|node|Wget)\/(\d+)/.exec(text) ?? /(HeadlessChrome)\/(\d+)/.exec(text);
    const system = /(Windows|Android|iPhone|iPad|Mac OS X|Linux|CrOS)/.exec(text);
    const name = browser ? `${browser[1]} ${browser[2]}` : text.slice(0, 24) || 'unknown';
    return system ? `${name} on ${system[1]}` : name;
}
/** The in-memory sessions of one receiver. */
export class Sessions {
    now;
    sessions = new Map();
    constructor(now = Date.now) {
        this.now = now;
    }
    /** A new session for the client of `req`, signed in with `token`. */
    create(req, token, address) {
        const now = this.now();
        const session = {
            id: randomBytes(32).toString('base64url'),
            csrf: randomBytes(32).toString('base64url'),
            created: now,
            lastSeen: now,
            actor: { token: fingerprint(token), ip: truncateIp(address), agent: shortAgent(req.headers['user-agent']) },
        };
        this.sessions.set(session.id, session);
        if (this.sessions.size > MAX_SESSIONS)
            this.sessions.delete(this.sessions.keys().next().value);
        return session;
    }
    /** The live session the request's cookie names (its idle clock restarted), or null. */
    find(cookies) {
        const id = cookies.get(SESSION_COOKIE);
        const session = id ? this.sessions.get(id) : undefined;
        if (!session)
            return null;
        const now = this.now();
        if (now - session.lastSeen > IDLE_MS || now - session.created > LONGEST_MS) {
            this.sessions.delete(session.id);
            return null;
        }
        session.lastSeen = now;
        return session;
    }
    end(session) {
        this.sessions.delete(session.id);
    }
}
/** Set-Cookie for a session (`id` empty: the cookie is removed). */
export function sessionCookie(id, secure) {
    const life = id ? '' : '; Max-Age=0';
    return `${SESSION_COOKIE}=${id}; Path=/controller; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}${life}`;
}
/** Whether the form's CSRF token is the session's (compared in constant time). */
export function csrfMatches(session, given) {
    if (!given)
        return false;
    const a = createHash('sha256').update(given).digest();
    const b = createHash('sha256').update(session.csrf).digest();
    return timingSafeEqual(a, b);
}
/**
 * Whether a POST came from the console's own pages: an Origin header (browsers send one with
 * every form POST) naming this host, and no Sec-Fetch-Site saying otherwise.
 */
export function sameOrigin(req) {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin')
        return false;
    const origin = req.headers.origin;
    if (origin === undefined)
        return site === 'same-origin';
    const host = req.headers.host;
    return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
