/** Checks and normalises configured origins ("https://A.example/" → "https://a.example"). */
export function normaliseOrigins(origins) {
    if (origins === undefined)
        return [];
    if (origins === '*')
        return '*';
    return origins.map((text) => {
        let url;
        try {
            url = new URL(text);
        }
        catch {
            throw new Error(`origin ${JSON.stringify(text)} is not a URL like https://example.no`);
        }
        if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.length > 1 || url.search) {
            throw new Error(`origin ${JSON.stringify(text)} must be scheme and host only, like https://example.no`);
        }
        return url.origin;
    });
}
function isSameOrigin(origin, req) {
    try {
        return new URL(origin).host === req.headers.host;
    }
    catch {
        return false;
    }
}
export function decideCors(req, origins) {
    const origin = req.headers.origin;
    // Caches must not hand one origin's answer to another.
    const vary = { vary: 'Origin' };
    if (origin === undefined)
        return { allowed: true, headers: vary };
    if (origins === '*')
        return { allowed: true, headers: { ...vary, 'access-control-allow-origin': '*' } };
    if (origins.includes(origin)) {
        return { allowed: true, headers: { ...vary, 'access-control-allow-origin': origin } };
    }
    // A page served by this same host (the demo's controller view) needs no CORS headers.
    if (isSameOrigin(origin, req))
        return { allowed: true, headers: vary };
    return { allowed: false, origin };
}
/** The preflight answer's extra headers: only what the widget's POST needs. */
export const PREFLIGHT_HEADERS = {
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'content-type, idempotency-key',
    'access-control-max-age': '600',
};
