/**
 * What the notice validator knows to be tracking (SPEC §3), from the service catalogue: the
 * hosts of every service that is not necessary, and their first-party cookies and storage keys.
 * A notice that puts one of them in a necessary service is refused. `host` "*" is any host
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
export declare const KNOWN_HOSTS: readonly KnownHost[];
export declare const KNOWN_COOKIES: readonly KnownCookie[];
