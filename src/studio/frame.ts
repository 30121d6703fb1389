/**
 * Inside samtykke studio's preview frame (preview.html): receives the notice from the studio,
 * builds the page the way a site owner's page is built (the notice as inline JSON, then the real
 * `samtykke.js`), and puts the widget in the state asked for: first layer, second layer, or after
 * a decision (the re-open control). A gated iframe shows the placeholder.
 *
 * Why the frame is sandboxed without `allow-same-origin`: its opaque origin keeps the preview
 * away from the origin the studio is hosted on — the owner's own site, often. Clicks in the
 * preview can then never write the site's real decision cookie, its localStorage, or a receipt
 * into its IndexedDB queue for a later page view to deliver. An opaque origin has no cookies or
 * storage at all (`document.cookie` throws), so before the widget runs this script gives the
 * document an in-memory cookie jar and in-memory `localStorage`/`sessionStorage`: the widget
 * then behaves as on a first visit and forgets everything when the frame goes. Its module parts
 * are fetched cross-origin (the host must send `Access-Control-Allow-Origin` for them; the
 * studio's own server and the demo server do), and the frame's policy (`connect-src 'none'`)
 * stops every request it could make, so no receipt is ever sent; the studio also leaves `proof`
 * out of the notice it sends here.
 */

/** What the studio sends (see preview.ts). */
export interface PreviewRequest {
  type: 'samtykke-studio-preview';
  notice: Record<string, unknown>;
  language: string;
  dark: boolean;
  layer: 'first' | 'second' | 'decided';
  /** A service whose iframe the page embeds (gated), to show its placeholder. */
  embed: { category: string; service: string } | null;
}

/** A cookie jar for this document alone: `name=value` pairs, honouring `Max-Age=0` / past `Expires`. */
function installCookieJar(): void {
  const jar = new Map<string, string>();
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    set(line: string) {
      const [pair, ...attributes] = String(line).split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) return;
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some(
        (a) =>
          /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a) || (/^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()),
      );
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    },
  });
}

/** An in-memory Storage (the part of the interface the widget uses, and a little more). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(String(key)) ?? null,
    setItem: (key: string, value: string) => void items.set(String(key), String(value)),
    removeItem: (key: string) => void items.delete(String(key)),
    clear: () => items.clear(),
  };
}

function installStorage(): void {
  for (const name of ['localStorage', 'sessionStorage'])
    Object.defineProperty(window, name, { configurable: true, value: memoryStorage() });
}

/** Tells the studio where the preview is (`event.source` identifies the frame there). */
const tell = (state: string, detail = ''): void => parent.postMessage({ type: 'samtykke-studio-frame', state, detail }, '*');

/** Builds the page for one request, then loads the widget. */
function build(request: PreviewRequest): void {
  const root = document.documentElement;
  root.lang = request.language;
  root.classList.toggle('dark', request.dark);
  const config = document.createElement('script');
  config.type = 'application/json';
  config.id = 'samtykke-config';
  config.textContent = JSON.stringify(request.notice); // text, never markup
  document.head.append(config);

  const words = PAGE_WORDS[request.language] ?? PAGE_WORDS.en;
  document.querySelector('.page-title')!.textContent = words[0];
  document.querySelector('.page-text')!.textContent = words[1];
  if (request.embed) {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('data-consent', request.embed.category);
    iframe.setAttribute('data-service', request.embed.service);
    iframe.setAttribute('data-src', 'about:blank');
    iframe.title = words[2];
    document.querySelector('.page-embed')!.append(iframe);
  }

  document.addEventListener(
    'samtykke:ready',
    () => {
      const api = (window as unknown as { samtykke: { show(): void; rejectAll(): Promise<unknown> } }).samtykke;
      if (request.layer === 'second') api.show();
      if (request.layer === 'decided') void api.rejectAll().catch(() => undefined);
      setTimeout(() => tell('shown', request.layer), 50);
    },
    { once: true },
  );
  const widget = document.createElement('script');
  widget.src = new URL('../samtykke.js', location.href).href;
  document.head.append(widget);
}

/** The page's own words (heading, text, the embed's title), in the preview's language. */
const PAGE_WORDS: Record<string, [string, string, string]> = {
  nb: ['Nettstedet ditt', 'Slik ser besøkende samtykke-widgeten på sidene dine.', 'Innebygd innhold'],
  nn: ['Nettstaden din', 'Slik ser besøkjande samtykke-widgeten på sidene dine.', 'Innebygd innhald'],
  en: ['Your site', 'This is how visitors see the consent widget on your pages.', 'Embedded content'],
};

installCookieJar();
installStorage();
// A part of the widget that cannot be fetched (most often: a host that does not send
// Access-Control-Allow-Origin for it, which this opaque-origin frame needs) is named to the studio.
document.addEventListener(
  'error',
  (event) => {
    const source = event.target instanceof HTMLScriptElement ? event.target.src : '';
    if (source) tell('error', source);
  },
  true,
);
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as PreviewRequest | undefined;
  if (event.source !== parent || data?.type !== 'samtykke-studio-preview' || document.getElementById('samtykke-config')) return;
  build(data);
});
// The page's own elements are there once it is parsed: then the studio may send the notice.
document.addEventListener('DOMContentLoaded', () => tell('waiting'), { once: true });
