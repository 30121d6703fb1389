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
/**
 * Answers a request whose body will not be stored, without reading it. Reading stops at once
 * (the socket is paused: what the first read brought in, at most 64 KiB, is all that is ever
 * read), the answer goes out with `Connection: close`, and the connection is cut once it is
 * sent. A client that streams 4 GiB at a refused route costs one read, not 4 GiB.
 */
export function refuseUnread(req, res, status, error, headers = {}) {
    const socket = req.socket;
    socket.pause();
    // Node would otherwise drain the unread body after the answer to reuse the connection.
    res.shouldKeepAlive = false;
    res.on('finish', () => socket.destroy());
    sendError(res, status, error, { ...headers, connection: 'close' });
}
/**
 * Reads the body as UTF-8 text, at most `limit` bytes. On overflow it stops reading and settles
 * at once with an error; the caller answers it with refuseUnread().
 */
export function readBody(req, limit) {
    const tooBig = { ok: false, error: `body exceeds ${limit} bytes`, tooBig: true };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit)
        return Promise.resolve(tooBig);
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let over = false;
        const onData = (chunk) => {
            size += chunk.length;
            if (size > limit) {
                over = true;
                chunks.length = 0;
                req.off('data', onData);
                req.pause();
                resolve(tooBig);
                return;
            }
            chunks.push(chunk);
        };
        req.on('data', onData);
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
