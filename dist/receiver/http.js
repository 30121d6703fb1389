import { isUtf8 } from 'node:buffer';
/** Headers on every answer: nothing here may be cached or sniffed as something else. */
const BASE_HEADERS = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
};
export function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        ...BASE_HEADERS,
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
    });
    res.end(text);
}
export function sendError(res, status, error, headers = {}) {
    sendJson(res, status, { error }, headers);
}
/** Starts a streamed answer (export): the caller writes the body. */
export function startStream(res, contentType, headers = {}) {
    res.writeHead(200, { ...BASE_HEADERS, ...headers, 'content-type': contentType });
}
/**
 * Writes a chunk, waiting when the client reads slower than the log is read. Rejects if the
 * client goes away, so an abandoned export stops reading the log instead of waiting forever.
 */
export async function write(res, chunk) {
    if (res.destroyed)
        throw new Error('the client went away');
    if (res.write(chunk))
        return;
    await new Promise((resolve, reject) => {
        const done = (err) => {
            res.off('drain', drained);
            res.off('close', closed);
            if (err)
                reject(err);
            else
                resolve();
        };
        const drained = () => done();
        const closed = () => done(new Error('the client went away'));
        res.on('drain', drained);
        res.on('close', closed);
    });
}
/** Why the request's Content-Type is not JSON, or null. A charset, if given, must be UTF-8. */
export function contentTypeProblem(req) {
    const header = req.headers['content-type'];
    if (!header)
        return 'content-type must be application/json (none given)';
    const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
    if (type !== 'application/json')
        return `content-type must be application/json, not ${type}`;
    for (const param of params) {
        const [name, value] = param.split('=').map((s) => s.trim().replace(/^"|"$/g, ''));
        if (name === 'charset' && value !== 'utf-8' && value !== 'utf8') {
            return `content-type charset must be utf-8, not ${value}`;
        }
    }
    return null;
}
/** Beyond this much thrown-away overflow, the connection is cut rather than drained. */
const MAX_DISCARD = 1 << 20;
/**
 * Reads the body as UTF-8 text, at most `limit` bytes. On overflow it settles at once with an
 * error; the caller answers it (with `connection: close`) while the rest drains unread.
 */
export function readBody(req, limit) {
    const tooBig = { ok: false, error: `body exceeds ${limit} bytes`, tooBig: true };
    const declared = Number(req.headers['content-length']);
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let over = Number.isFinite(declared) && declared > limit;
        let discarded = 0;
        if (over)
            resolve(tooBig);
        req.on('data', (chunk) => {
            if (over) {
                // Draining a little lets the client read our 400 instead of a reset connection.
                discarded += chunk.length;
                if (discarded > MAX_DISCARD)
                    req.socket.destroy();
                return;
            }
            size += chunk.length;
            if (size > limit) {
                over = true;
                chunks.length = 0;
                resolve(tooBig);
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (over)
                return;
            const bytes = Buffer.concat(chunks);
            if (!isUtf8(bytes))
                resolve({ ok: false, error: 'body is not valid UTF-8' });
            else
                resolve({ ok: true, text: bytes.toString('utf8') });
        });
        // 'close' after 'end' changes nothing (a promise settles once); before it, the client left.
        const aborted = { ok: false, error: 'the request was aborted' };
        req.on('error', () => resolve(aborted));
        req.on('close', () => resolve(aborted));
    });
}
