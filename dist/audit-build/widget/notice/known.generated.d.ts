/**
 * What the notice validator knows to be tracking (SPEC §3), from the service catalogue: every
 * service that is not necessary (its id and category), its hosts, and its cookies and storage
 * keys (but generic names, scripts/catalogue.mjs GENERIC_COOKIE_NAMES). A notice that puts one of
 * them in a necessary service is refused. `host` "*" is any host
 * (self-hosted software, recognised by the end of its path); `pattern` is a regular expression
 * over the whole name, for names that vary.
 */
export interface KnownHost {
    host: string;
    path?: string;
    service: string;
    category: string;
}
export interface KnownCookie {
    name: string;
    pattern?: string;
    service: string;
}
export interface KnownService {
    id: string;
    category: string;
}
export declare const KNOWN_SERVICES: readonly KnownService[];
export declare const KNOWN_HOSTS: readonly KnownHost[];
export declare const KNOWN_COOKIES: readonly KnownCookie[];
