/**
 * The live preview: the real `samtykke.js` in a sandboxed frame (preview.html; why it is
 * sandboxed the way it is: see frame.ts), rebuilt shortly after each change, in the layer,
 * language, theme and width the owner picks. Each rebuild is a new frame, so nothing the widget
 * remembered in the previous one (a decision, the validated notice) carries over.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PreviewRequest } from './frame.js';
import type { Json } from './model.js';
import { t, type WordKey } from './strings.js';

export interface PreviewSettings {
  layer: PreviewRequest['layer'];
  language: 'nb' | 'nn' | 'en';
  dark: boolean;
  width: 360 | 1280;
}

/**
 * The notice as the preview runs it: without `proof`, so no receipt is even attempted (the
 * frame's policy would stop it anyway), and, when the notice follows the visitor's colour
 * scheme, in the theme picked here: a frame cannot be given its own `prefers-color-scheme`.
 */
export function previewNotice(notice: Json, dark: boolean): Json {
  const copy = JSON.parse(JSON.stringify(notice)) as Json;
  delete copy.proof;
  if (copy.theme === undefined || copy.theme === 'auto') copy.theme = dark ? 'dark' : 'light';
  return copy;
}

/** The service whose gated iframe the preview page embeds: a video embed if any, else the first non-necessary one. */
export function embedFor(notice: Json): PreviewRequest['embed'] {
  const categories = (notice.categories ?? {}) as Json;
  const services = (Array.isArray(notice.services) ? notice.services : []) as Json[];
  const usable = services.filter(
    (s) => typeof s.id === 'string' && typeof s.category === 'string' && s.category !== 'necessary' && s.category in categories,
  );
  const chosen = usable.find((s) => /youtube|vimeo|embed|map/.test(`${s.id} ${s.preset ?? ''}`)) ?? usable[0];
  return chosen ? { category: chosen.category as string, service: chosen.id as string } : null;
}

/** Runs the preview frame inside `host`. */
export class Preview {
  private frame: HTMLIFrameElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request: PreviewRequest | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly status: (message: string) => void,
  ) {
    addEventListener('message', (event: MessageEvent) => {
      if (!this.frame || event.source !== this.frame.contentWindow) return;
      const { state, detail } = (event.data ?? {}) as { state?: string; detail?: string };
      if (state === 'waiting' && this.request)
        this.frame.contentWindow!.postMessage(this.request, '*'); // opaque origin: '*' is the only target
      else if (state === 'shown') this.frame.dataset.previewState = 'shown';
      else if (state === 'error') this.status(`${t('previewFailed')}: ${detail}`);
    });
  }

  /** Shows `notice` with `settings`, after a short pause so typing does not rebuild on every key. */
  update(notice: Json, settings: PreviewSettings, failsClosed: boolean): void {
    clearTimeout(this.timer);
    const request: PreviewRequest = {
      type: 'samtykke-studio-preview',
      notice: previewNotice(notice, settings.dark),
      language: settings.language,
      dark: settings.dark,
      layer: settings.layer,
      embed: embedFor(notice),
    };
    this.host.dataset.pending = 'true'; // a newer frame is coming (tests wait for it)
    this.timer = setTimeout(() => this.show(request, settings, failsClosed), 300);
  }

  private show(request: PreviewRequest, settings: PreviewSettings, failsClosed: boolean): void {
    this.request = request;
    delete this.host.dataset.pending;
    this.status(failsClosed ? t('previewClosed') : '');
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts'); // no allow-same-origin: see frame.ts
    frame.src = new URL('preview.html', document.baseURI).href;
    frame.title = `${t('preview')}: ${t(LAYER_WORDS[settings.layer])}, ${settings.language}, ${settings.dark ? t('dark') : t('light')}, ${settings.width} px`;
    frame.className = `preview-frame w${settings.width}`;
    frame.dataset.previewState = 'loading';
    frame.dataset.layer = settings.layer;
    this.frame?.remove();
    this.frame = frame;
    this.host.append(frame);
  }
}

const LAYER_WORDS: Record<PreviewSettings['layer'], WordKey> = {
  first: 'layerFirst',
  second: 'layerSecond',
  decided: 'layerDecided',
};

/** The preview's controls: which layer, language, theme and width (radio groups). */
export function previewControls(settings: PreviewSettings, change: (next: PreviewSettings) => void): TemplateResult {
  const group = <K extends keyof PreviewSettings>(
    key: K,
    legend: WordKey,
    choices: [PreviewSettings[K], string][],
  ) => html`<fieldset class="toggle">
    <legend>${t(legend)}</legend>
    ${choices.map(
      ([value, label]) => html`<label><input type="radio" name=${`preview-${key}`} .checked=${live(settings[key] === value)}
        @change=${() => change({ ...settings, [key]: value })}>${label}</label>`,
    )}
  </fieldset>`;
  return html`<div class="preview-controls">
    ${group('layer', 'layer', [
      ['first', t('layerFirst')],
      ['second', t('layerSecond')],
      ['decided', t('layerDecided')],
    ])}
    ${group('language', 'previewLanguage', [
      ['nb', 'nb'],
      ['nn', 'nn'],
      ['en', 'en'],
    ])}
    ${group('dark', 'theme', [
      [false, t('light')],
      [true, t('dark')],
    ])}
    ${group('width', 'width', [
      [360, '360 px'],
      [1280, '1280 px'],
    ])}
  </div>`;
}
