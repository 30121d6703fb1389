export const LABELS = {
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
const PARTS = {
    acceptAll: 'button-accept',
    rejectAll: 'button-reject',
    choose: 'button-choose',
    save: 'button-save',
    reopen: 'reopen',
};
/** Is this a samtykke page? The API, the element, or the inline notice. */
export function detect(page) {
    return page.evaluate(() => {
        const s = window.samtykke;
        return (!!s && typeof s.get === 'function') || !!document.querySelector('samtykke-widget, #samtykke-config');
    });
}
/** The notice's text (inline JSON, else fetched from `data-config`), or null. */
export function readNotice(page) {
    return page.evaluate(async () => {
        const inline = document.getElementById('samtykke-config');
        if (inline)
            return { text: inline.textContent, source: null };
        const el = document.querySelector('script[data-config]');
        const url = el && el.getAttribute('data-config');
        if (!url)
            return { text: null, source: null };
        const abs = new URL(url, location.href).href;
        try {
            const res = await fetch(abs, { credentials: 'same-origin' });
            return { text: res.ok ? await res.text() : null, source: abs };
        }
        catch {
            return { text: null, source: abs };
        }
    });
}
/** The URLs of the page's samtykke scripts (src of scripts named samtykke*.js). */
export function ownScripts(page) {
    return page.evaluate(() => Array.from(document.scripts)
        .map((s) => s.src)
        .filter((u) => /\/samtykke(-guard)?\.m?js(\?|#|$)/.test(u)));
}
/** Waits for samtykke's `ready` (bounded): start-up done, the first decision (GPC) made. */
export async function waitReady(page, ms = 5000) {
    return page
        .evaluate((ms) => new Promise((resolve) => {
        const s = window.samtykke;
        if (!s || typeof s.on !== 'function')
            return resolve(false);
        setTimeout(() => resolve(false), ms);
        s.on('ready', () => resolve(true));
    }), ms)
        .catch(() => false);
}
export function getConsent(page) {
    return page
        .evaluate(() => {
        const s = window.samtykke;
        return s && typeof s.get === 'function' ? JSON.parse(JSON.stringify(s.get() ?? null)) : null;
    })
        .catch(() => null);
}
/** Polls samtykke.get() until `ok` holds (bounded); returns the last value. */
export async function waitConsent(page, ok, ms = 3000) {
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
    page;
    labels;
    root;
    constructor(page, labels) {
        this.page = page;
        this.labels = labels;
        this.root = page.locator('samtykke-widget');
    }
    /**
     * The language the widget speaks (its shadow root's `lang`), or null when it rendered nothing.
     * The interface arrives as a file of its own after start-up, so it is given a few seconds.
     */
    static async language(page, timeout = 5000) {
        const handle = await page
            .waitForFunction(() => document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? false, null, { timeout })
            .catch(() => null);
        return handle ? (await handle.jsonValue()) : null;
    }
    static async open(page) {
        const lang = (await Widget.language(page)) ?? 'en';
        return new Widget(page, LABELS[lang.split('-')[0]] ?? LABELS.en);
    }
    /** A button by its words (first match), else by its ::part; within `scope` (default: the widget). */
    async button(key, scope = this.root, timeout = 3000) {
        const byName = scope.getByRole('button', { name: this.labels[key], exact: true }).first();
        const byPart = scope.locator(`[part~="${PARTS[key]}"]`).first();
        const either = byName.or(byPart).first();
        await either.waitFor({ state: 'visible', timeout });
        return (await byName.isVisible()) ? byName : byPart;
    }
    dialog() {
        return this.root.locator('dialog[open]');
    }
    /** The first layer is showing (its Accept all button is visible). */
    async bannerVisible(timeout = 3000) {
        try {
            await this.button('acceptAll', this.root, timeout);
            return true;
        }
        catch {
            return false;
        }
    }
    async click(key, scope) {
        await (await this.button(key, scope)).click();
    }
    /** Opens the second layer: "Choose" on the first layer, else the re-open button. */
    async openChoices() {
        const choose = this.root
            .getByRole('button', { name: this.labels.choose, exact: true })
            .or(this.root.locator('[part~="button-choose"]'))
            .first();
        if (await choose.isVisible())
            await choose.click();
        else
            await this.click('reopen');
        await this.dialog().waitFor({ state: 'visible', timeout: 3000 });
    }
    /** Sets a category's switch in the open second layer (its accessible name is the category title). */
    async setCategory(title, on) {
        const sw = this.dialog().getByRole('switch', { name: title, exact: true }).first();
        await sw.waitFor({ state: 'visible', timeout: 3000 });
        if ((await sw.isChecked()) !== on)
            await sw.click();
        if ((await sw.isChecked()) !== on)
            throw new Error(`the switch "${title}" did not turn ${on ? 'on' : 'off'}`);
    }
    /** The three first-layer buttons' boxes and computed styles, before any hover or focus. */
    async measureFirstLayer() {
        const out = [];
        const banner = this.root.locator('[part~="banner"]').first();
        for (const key of ['acceptAll', 'rejectAll', 'choose']) {
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
export async function runAxe(page, axePath, layer) {
    const present = () => page.evaluate(() => typeof window.axe === 'object');
    if (!(await present().catch(() => false))) {
        await page.addScriptTag({ path: axePath }).catch(() => undefined);
        if (!(await present().catch(() => false)))
            throw Object.assign(new Error('axe could not be injected (the page’s Content-Security-Policy?)'), { axeBlocked: true });
    }
    const raw = await page.evaluate(async () => {
        const axe = window.axe;
        const r = await axe.run({ include: [['samtykke-widget']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
        return JSON.parse(JSON.stringify(r.violations));
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
