/**
 * Auto-blocking's known trackers (SPEC §2), from the service catalogue. The first rule that
 * matches a URL decides its service and default category, so the order matters: on one host,
 * rules with a query come before rules with a path, which come before the bare host; a
 * subdomain comes before its parent domain; rules for any host come last.
 *
 * - `host`: the host itself or any subdomain of it; `"*"`: any host (self-hosted software).
 * - `path`: a path prefix, where `*` stands for one whole path segment (a locale); with host
 *   `"*"`, the end of the path (the software's file, in whatever folder it is installed).
 * - `query`: every parameter named must be present and its value match the regular
 *   expression (how a shared host like googletagmanager.com tells Google's services apart).
 *
 * The table ships in samtykke.js on every page view, so it is written compactly (gzip: about a
 * tenth less than an array of objects): one rule a line, `host[/path][?name=regex&…] service
 * category`, the category by its index in CATEGORIES.
 */
export interface TrackerRule {
    host: string;
    path?: string;
    query?: Readonly<Record<string, string>>;
    service: string;
    category: string;
}
export declare const TRACKERS: readonly TrackerRule[];
