/**
 * The audit's eyes inside the page: an init script (runs in every frame before any of the page's
 * own scripts) that reports each cookie write (`document.cookie`, `cookieStore.set`), each Web
 * Storage key written and each IndexedDB database opened, with the script that did it: the first
 * http(s) frame of `new Error().stack`, and the tagged element (`data-consent`, `data-service`)
 * that was executing, where the page knows it. With `gpc`, it also turns on Global Privacy
 * Control (`navigator.globalPrivacyControl === true`).
 *
 * It must never change what the page does: every wrapper calls the original with the same
 * arguments and returns its result, and it reports names only, never cookie or storage values.
 */
/** Name of the binding (context.exposeBinding) the page reports through. */
export const BINDING = '__samtykkeAudit';
/**
 * Runs in the page, as part of `instrumentScript` (serialised, so it and the page functions it
 * calls must be self-contained: no imports, no closures over this module; each is a function
 * declaration listed in PAGE_FUNCTIONS).
 */
export function instrument(arg) {
    const w = window;
    if (arg.gpc)
        turnOnGlobalPrivacyControl();
    const send = createSender(w, arg.binding);
    reportDocumentCookie(send);
    reportCookieStore(w, send);
    reportWebStorage(send);
    reportIndexedDb(send);
}
/** The page script that runs `instrument(arg)`: for `context.addInitScript`. */
export function instrumentScript(arg) {
    // The functions are declared inside one closure, so the page sees none of them.
    return `(() => {\n${PAGE_FUNCTIONS.join('\n')}\ninstrument(${JSON.stringify(arg)});\n})()`;
}
function turnOnGlobalPrivacyControl() {
    try {
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
    }
    catch {
        // A browser that already defines it unconfigurably: the Sec-GPC header still goes out.
    }
}
/** Events before the binding exists (the earliest scripts) are queued and sent with the next one. */
function createSender(w, binding) {
    const queue = [];
    return (e) => {
        const fn = w[binding];
        if (typeof fn !== 'function') {
            queue.push(e);
            return;
        }
        while (queue.length)
            void fn(queue.shift());
        void fn(e);
    };
}
/** The script writing right now: its URL (first http(s) frame of the stack) and its tags. */
function pageSource() {
    const E = Error; // V8's, not in the ES lib types
    const limit = E.stackTraceLimit;
    E.stackTraceLimit = 50;
    const stack = String(new Error().stack || '');
    E.stackTraceLimit = limit;
    let url = null;
    for (const line of stack.split('\n')) {
        const m = /(https?:\/\/\S+?):\d+:\d+\)?\s*$/.exec(line);
        if (m) {
            url = m[1];
            break;
        }
    }
    const here = location.href.split('#')[0];
    const current = document.currentScript;
    let el = current && current.hasAttribute('data-consent') ? current : null;
    if (!el && url) {
        for (const s of Array.from(document.scripts))
            if (s.src === url && s.hasAttribute('data-consent'))
                el = s;
    }
    return {
        url,
        inline: !!url && url.split('#')[0] === here && !(current && current.src),
        consent: el ? el.getAttribute('data-consent') : null,
        service: el ? el.getAttribute('data-service') : null,
    };
}
function cookieName(v) {
    return v.split(';')[0].split('=')[0].trim();
}
/** A `document.cookie` write that removes the cookie (max-age ≤ 0 or an expiry in the past). */
function isDeletion(v) {
    const age = /;\s*max-age\s*=\s*(-?\d+)/i.exec(v);
    if (age)
        return +age[1] <= 0;
    const exp = /;\s*expires\s*=\s*([^;]+)/i.exec(v);
    return !!exp && Date.parse(exp[1]) <= Date.now();
}
function reportDocumentCookie(send) {
    const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (d && d.get && d.set) {
        const { get, set } = d;
        Object.defineProperty(Document.prototype, 'cookie', {
            configurable: true,
            enumerable: d.enumerable,
            get() {
                return get.call(this);
            },
            set(v) {
                try {
                    const s = String(v);
                    send({ t: 'cookie', name: cookieName(s), deleting: isDeletion(s), src: pageSource() });
                }
                catch {
                    // reporting must never break the page
                }
                set.call(this, v);
            },
        });
    }
}
function reportCookieStore(w, send) {
    const store = w.CookieStore?.prototype;
    const cookieSet = store?.set;
    if (store && cookieSet) {
        store.set = function (...a) {
            try {
                const first = a[0];
                const name = typeof first === 'string' ? first : String(first?.name ?? '');
                const expires = typeof first === 'object' && first ? first.expires : undefined;
                send({ t: 'cookie', name, deleting: typeof expires === 'number' && expires <= Date.now(), src: pageSource() });
            }
            catch {
                // reporting must never break the page
            }
            return cookieSet.apply(this, a);
        };
    }
}
function reportWebStorage(send) {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
        try {
            let kind = 'sessionStorage';
            try {
                if (this === window.localStorage)
                    kind = 'localStorage';
            }
            catch {
                // localStorage denied: then this is sessionStorage
            }
            send({ t: 'storage', kind, name: String(key), src: pageSource() });
        }
        catch {
            // reporting must never break the page
        }
        return setItem.call(this, key, value);
    };
}
function reportIndexedDb(send) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name, version) {
        try {
            send({ t: 'storage', kind: 'indexedDB', name: String(name), src: pageSource() });
        }
        catch {
            // reporting must never break the page
        }
        return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
}
/** Everything `instrument` needs in the page, declared there in this order. */
const PAGE_FUNCTIONS = [
    instrument,
    turnOnGlobalPrivacyControl,
    createSender,
    pageSource,
    cookieName,
    isDeletion,
    reportDocumentCookie,
    reportCookieStore,
    reportWebStorage,
    reportIndexedDb,
];
/** The page's storage right now (this frame): Web Storage keys and IndexedDB database names. */
export async function readStorage() {
    const keys = (s) => {
        try {
            const st = s();
            return Array.from({ length: st.length }, (_, i) => st.key(i)).filter((k) => k !== null);
        }
        catch {
            return [];
        }
    };
    let idb = [];
    try {
        idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
    }
    catch {
        // no IndexedDB here (sandboxed frame)
    }
    return { origin: location.origin, local: keys(() => localStorage), session: keys(() => sessionStorage), idb };
}
/** window.dataLayer as plain data: each entry's kind and its first two arguments or its event. */
export function readDataLayer() {
    const dl = window.dataLayer;
    if (!Array.isArray(dl))
        return null;
    return dl.map((e) => {
        if (e && typeof e === 'object') {
            const o = e;
            const argsLike = Array.isArray(e) || Object.prototype.toString.call(e) === '[object Arguments]';
            if (argsLike && typeof o.length === 'number') {
                const a = Array.from(e);
                return { kind: 'command', command: String(a[0]), arg: typeof a[1] === 'string' ? a[1] : undefined };
            }
            return { kind: 'object', event: typeof o.event === 'string' ? o.event : undefined };
        }
        return { kind: 'other' };
    });
}
