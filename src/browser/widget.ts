/**
 * Driving a samtykke widget the way a visitor does: its buttons and switches in the shadow DOM,
 * found by role and by the words it shows in the page's language (Playwright's role queries
 * pierce open shadow roots), with samtykke's documented `::part` names as the fallback. The API
 * (`window.samtykke`) is only read, as the cross-check of what a click did.
 *
 * The labels are the audit's own copy of the widget's words (SPEC §4 names them), so the audit
 * keeps working against a site that runs another version of samtykke than this repository.
 */
import type { Locator, Page } from 'playwright-core';
import type { Consent } from '../widget/types.js';
import type { AxeViolation, ButtonMeasure } from './types.js';

export interface Labels {
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  reopen: string;
}

export const LABELS: Record<string, Labels> = {
  en: { acceptAll: 'Accept all', rejectAll: 'Reject all', choose: 'Choose', save: 'Save choices', reopen: 'Privacy choices' },
  nb: { acceptAll: 'Godta alle', rejectAll: 'Avvis alle', choose: 'Tilpass', save: 'Lagre valg', reopen: 'Personvernvalg' },
  nn: { acceptAll: 'Godta alle', rejectAll: 'Avvis alle', choose: 'Tilpass', save: 'Lagre val', reopen: 'Personvernval' },
  sv: { acceptAll: 'Godkänn alla', rejectAll: 'Neka alla', choose: 'Anpassa', save: 'Spara val', reopen: 'Integritetsval' },
  da: { acceptAll: 'Accepter alle', rejectAll: 'Afvis alle', choose: 'Tilpas', save: 'Gem valg', reopen: 'Privatlivsvalg' },
  de: {
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    choose: 'Anpassen',
    save: 'Auswahl speichern',
    reopen: 'Datenschutzauswahl',
  },
};

/** The documented ::part of each button, used when the words are not the ones above. */
const PARTS: Record<keyof Labels, string> = {
  acceptAll: 'button-accept',
  rejectAll: 'button-reject',
  choose: 'button-choose',
  save: 'button-save',
  reopen: 'reopen',
};

/** Is this a samtykke page? The API, the element, or the inline notice. */
export function detect(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const s = (window as unknown as { samtykke?: { get?: unknown } }).samtykke;
    return (!!s && typeof s.get === 'function') || !!document.querySelector('samtykke-widget, #samtykke-config');
  });
}

/** The notice's text (inline JSON, else fetched from `data-config`), or null. */
export function readNotice(page: Page): Promise<{ text: string | null; source: string | null }> {
  return page.evaluate(async () => {
    const inline = document.getElementById('samtykke-config');
    if (inline) return { text: inline.textContent, source: null };
    const el = document.querySelector('script[data-config]');
    const url = el && el.getAttribute('data-config');
    if (!url) return { text: null, source: null };
    const abs = new URL(url, location.href).href;
    try {
      const res = await fetch(abs, { credentials: 'same-origin' });
      return { text: res.ok ? await res.text() : null, source: abs };
    } catch {
      return { text: null, source: abs };
    }
  });
}

/** The URLs of the page's samtykke scripts (src of scripts named samtykke*.js). */
export function ownScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.scripts)
      .map((s) => s.src)
      .filter((u) => /\/samtykke(-guard)?\.m?js(\?|#|$)/.test(u)),
  );
}

/** Waits for samtykke's `ready` (bounded): start-up done, the first decision (GPC) made. */
export async function waitReady(page: Page, ms = 5000): Promise<boolean> {
  return page
    .evaluate(
      (ms) =>
        new Promise<boolean>((resolve) => {
          const s = (window as unknown as { samtykke?: { on?: (e: string, fn: () => void) => void } }).samtykke;
          if (!s || typeof s.on !== 'function') return resolve(false);
          setTimeout(() => resolve(false), ms);
          s.on('ready', () => resolve(true));
        }),
      ms,
    )
    .catch(() => false);
}

export function getConsent(page: Page): Promise<Consent | null> {
  return page
    .evaluate(() => {
      const s = (window as unknown as { samtykke?: { get?: () => unknown } }).samtykke;
      return s && typeof s.get === 'function' ? JSON.parse(JSON.stringify(s.get() ?? null)) : null;
    })
    .catch(() => null);
}

/** Polls samtykke.get() until `ok` holds (bounded); returns the last value. */
export async function waitConsent(page: Page, ok: (c: Consent | null) => boolean, ms = 3000): Promise<Consent | null> {
  const end = Date.now() + ms;
  let c = await getConsent(page);
  while (!ok(c) && Date.now() < end) {
    await page.waitForTimeout(100);
    c = await getConsent(page);
  }
  return c;
}

/** The widget, as the visitor meets it in one page. */
export class Widget {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    readonly labels: Labels,
  ) {
    this.root = page.locator('samtykke-widget');
  }

  /**
   * The language the widget speaks (its shadow root's `lang`), or null when it rendered nothing.
   * The interface arrives as a file of its own after start-up, so it is given a few seconds.
   */
  static async language(page: Page, timeout = 5000): Promise<string | null> {
    const handle = await page
      .waitForFunction(
        () => document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? false,
        null,
        { timeout },
      )
      .catch(() => null);
    return handle ? ((await handle.jsonValue()) as string) : null;
  }

  static async open(page: Page): Promise<Widget> {
    const lang = (await Widget.language(page)) ?? 'en';
    return new Widget(page, LABELS[lang.split('-')[0]] ?? LABELS.en);
  }

  /** A button by its words (first match), else by its ::part; within `scope` (default: the widget). */
  async button(key: keyof Labels, scope: Locator = this.root, timeout = 3000): Promise<Locator> {
    const byName = scope.getByRole('button', { name: this.labels[key], exact: true }).first();
    const byPart = scope.locator(`[part~="${PARTS[key]}"]`).first();
    const either = byName.or(byPart).first();
    await either.waitFor({ state: 'visible', timeout });
    return (await byName.isVisible()) ? byName : byPart;
  }

  dialog(): Locator {
    return this.root.locator('dialog[open]');
  }

  /** The first layer is showing (its Accept all button is visible). */
  async bannerVisible(timeout = 3000): Promise<boolean> {
    try {
      await this.button('acceptAll', this.root, timeout);
      return true;
    } catch {
      return false;
    }
  }

  async click(key: keyof Labels, scope?: Locator): Promise<void> {
    await (await this.button(key, scope)).click();
  }

  /** Opens the second layer: "Choose" on the first layer, else the re-open button. */
  async openChoices(): Promise<void> {
    const choose = this.root
      .getByRole('button', { name: this.labels.choose, exact: true })
      .or(this.root.locator('[part~="button-choose"]'))
      .first();
    if (await choose.isVisible()) await choose.click();
    else await this.click('reopen');
    await this.dialog().waitFor({ state: 'visible', timeout: 3000 });
  }

  /** Sets a category's switch in the open second layer (its accessible name is the category title). */
  async setCategory(title: string, on: boolean): Promise<void> {
    const sw = this.dialog().getByRole('switch', { name: title, exact: true }).first();
    await sw.waitFor({ state: 'visible', timeout: 3000 });
    if ((await sw.isChecked()) !== on) await sw.click();
    if ((await sw.isChecked()) !== on) throw new Error(`the switch "${title}" did not turn ${on ? 'on' : 'off'}`);
  }

  /** The three first-layer buttons' boxes and computed styles, before any hover or focus. */
  async measureFirstLayer(): Promise<ButtonMeasure[]> {
    const out: ButtonMeasure[] = [];
    const banner = this.root.locator('[part~="banner"]').first();
    for (const key of ['acceptAll', 'rejectAll', 'choose'] as const) {
      const b = await this.button(key, banner);
      const box = await b.boundingBox();
      const style = await b.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          'font-size': s.fontSize,
          'font-weight': s.fontWeight,
          color: s.color,
          'background-color': s.backgroundColor,
          'border-color': s.borderTopColor,
          'border-width': s.borderTopWidth,
          opacity: s.opacity,
        };
      });
      out.push({ name: this.labels[key], width: box?.width ?? 0, height: box?.height ?? 0, style });
    }
    return out;
  }
}

/**
 * Runs axe-core on the widget (its shadow root included) and returns the violations. Injected
 * as a script tag; under a page policy that forbids that, it says so (thrown Error with
 * `axeBlocked`) rather than weakening the page's policy for the audit.
 */
export async function runAxe(page: Page, axePath: string, layer: string): Promise<AxeViolation[]> {
  const present = () => page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!(await present().catch(() => false))) {
    await page.addScriptTag({ path: axePath }).catch(() => undefined);
    if (!(await present().catch(() => false)))
      throw Object.assign(new Error('axe could not be injected (the page’s Content-Security-Policy?)'), { axeBlocked: true });
  }
  const raw = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(
      { include: [['samtykke-widget']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return JSON.parse(JSON.stringify(r.violations)) as {
      id: string;
      impact: string | null;
      help: string;
      helpUrl: string;
      nodes: { target: unknown[] }[];
    }[];
  });
  return raw.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    layer,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' ')),
  }));
}
