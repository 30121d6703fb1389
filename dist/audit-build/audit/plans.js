/**
 * The consent states the audit puts a site through, each in a fresh browser context: no
 * interaction; Reject all; each category accepted alone; Accept all; Global Privacy Control;
 * withdrawal after Accept all. Choices are made the way a visitor makes them, through the
 * widget's buttons and switches; `window.samtykke.get()` is read afterwards as the check that
 * the click did what it said. Every scenario ends by loading the page again (and the other
 * pages of `--pages`), since most of what a choice changes shows on the next page view.
 *
 * The first scenario ("no interaction") is also how the audit learns the site: whether it runs
 * samtykke, its notice, its language and the pages to visit.
 */
import { text } from '../widget/notice/text.js';
import { axe, WidgetProblem } from '../browser/session.js';
import { waitConsent } from '../browser/widget.js';
const BEFORE = { id: 'before', label: 'before any choice', granted: ['necessary'] };
const categories = (c) => Object.keys(c.categories).filter((id) => id !== 'necessary');
const only = (c, granted) => !!c && Object.entries(c.categories).every(([id, v]) => v === (id === 'necessary' || granted.includes(id)));
export function noInteraction() {
    return {
        id: 'none',
        title: 'No interaction',
        description: 'We opened the page in a fresh browser (no cookies, nothing stored) and did not touch the consent banner. Only what the notice declares as necessary may happen.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            await s.learn();
            if (s.info.samtykke && s.info.config) {
                const w = await s.widget();
                if (!(await w.bannerVisible())) {
                    s.problem('The consent banner did not appear', 'a fresh visitor saw no “Accept all / Reject all / Choose” buttons');
                }
                else {
                    s.result.buttons = await w.measureFirstLayer().catch((e) => {
                        s.note(`Could not measure the first-layer buttons: ${e.message}`);
                        return undefined;
                    });
                    await axe(s, 'first layer (banner)');
                }
            }
            await s.rec.screenshot('What a first-time visitor sees');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
/**
 * One click on a banner button ("Accept all" or "Reject all"), then the page loaded again: the
 * scenarios differ only in the button, what it must grant and the words of the report.
 */
function oneClick(plan, button, after, recorded) {
    const method = button === 'acceptAll' ? 'accept-all' : 'reject-all';
    const name = button === 'acceptAll' ? 'Accept all' : 'Reject all';
    return {
        ...plan,
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            await s.rec.snapshot();
            await s.decide(after, method, () => w.click(button), recorded, `Clicking “${w.labels[button]}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.screenshot(`After “${name}”, the next page view`);
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function rejectAll() {
    return oneClick({
        id: 'reject-all',
        title: 'Reject all',
        description: 'We clicked “Reject all” on the banner, then loaded the page again. Only what is necessary may happen.',
    }, 'rejectAll', { id: 'rejected', label: 'after “Reject all”', granted: ['necessary'], refused: true }, (c) => c?.method === 'reject-all' && only(c, []));
}
function acceptCategory(cat) {
    return {
        id: `accept-${cat}`,
        title: `Only “${cat}” accepted`,
        description: `We clicked “Choose”, switched on only the category “${cat}”, saved, and loaded the page again. Only necessary and ${cat} may happen.`,
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            const config = s.info.config;
            const title = text(config.categories[cat]?.title, s.info.language ?? 'en') || cat;
            await s.rec.snapshot();
            const phase = { id: `accepted-${cat}`, label: `after accepting only “${cat}”`, granted: ['necessary', cat] };
            const wanted = (c) => only(c, [cat]);
            let viaApi = false;
            try {
                await w.openChoices();
                await w.setCategory(title, true);
                if (!s.info.axedSecondLayer) {
                    s.info.axedSecondLayer = true;
                    await axe(s, 'second layer (choices)');
                }
                await s.rec.screenshot(`The choice: only “${title}” switched on`);
            }
            catch (e) {
                viaApi = true;
                s.note(`Could not use the widget’s switches (${e.message}); the choice was made with samtykke.set({ "${cat}": true }) instead.`);
            }
            await s.decide(phase, viaApi ? 'api' : 'custom', viaApi
                ? () => s.page.evaluate((cat) => window.samtykke
                    .set({ [cat]: true })
                    .then(() => undefined), cat)
                : () => w.click('save', w.dialog()), (c) => c?.method === (viaApi ? 'api' : 'custom') && wanted(c), viaApi ? `samtykke.set({ "${cat}": true })` : `Switching on “${title}” and clicking “${w.labels.save}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.screenshot(`After accepting only “${title}”, the next page view`);
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function acceptAll() {
    return oneClick({
        id: 'accept-all',
        title: 'Accept all',
        description: 'We clicked “Accept all” and loaded the page again. Everything may run now, but all of it must be declared in the notice.',
    }, 'acceptAll', { id: 'accepted', label: 'after “Accept all”', granted: 'all' }, (c) => c?.method === 'accept-all' && Object.values(c.categories).every(Boolean));
}
function gpc(config) {
    const honour = config.gpc === 'honor';
    return {
        id: 'gpc',
        title: 'Global Privacy Control on',
        description: `We opened the page with the browser’s Global Privacy Control signal on (navigator.globalPrivacyControl and the Sec-GPC: 1 header) and did not click anything. ${honour ? 'The notice honours GPC: it must count as a refusal, without a banner.' : 'The notice ignores GPC: the banner must still ask, and nothing non-essential may run.'}`,
        gpc: true,
        first: { id: 'gpc', label: 'with Global Privacy Control on', granted: ['necessary'], refused: honour },
        async run(s) {
            await s.visit();
            const w = await s.widget();
            if (honour) {
                const c = await waitConsent(s.page, (c) => c?.method === 'gpc');
                s.result.decisions.push({ phase: 'gpc', method: 'gpc', consent: c });
                if (c?.method !== 'gpc' || !only(c, []))
                    s.problem('Global Privacy Control was not honoured', `with GPC on and "gpc": "honor", samtykke.get() returned ${JSON.stringify(c)}`);
                if (await w.bannerVisible(500))
                    s.problem('The banner asked although Global Privacy Control had answered', 'with GPC on and "gpc": "honor", the first layer was shown');
                await s.waitReceipts(1);
            }
            else if (!(await w.bannerVisible())) {
                s.problem('The consent banner did not appear', 'with GPC on and "gpc": "ignore", no first layer was shown');
            }
            await s.rec.screenshot('With Global Privacy Control on');
            await s.reload();
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
function withdrawal(config) {
    return {
        id: 'withdrawal',
        title: 'Withdrawal after Accept all',
        description: 'We clicked “Accept all”, loaded the page again so every service could run, then re-opened the choices and clicked “Reject all” (withdrawal). After that, the cookies of the withdrawn services must be gone and nothing non-essential may run.',
        first: BEFORE,
        async run(s) {
            await s.visit();
            const w = await s.widget();
            await s.rec.snapshot();
            await s.decide({ id: 'accepted', label: 'after “Accept all”', granted: 'all' }, 'accept-all', () => w.click('acceptAll'), (c) => c?.method === 'accept-all', `Clicking “${w.labels.acceptAll}”`);
            await s.waitReceipts(1);
            await s.reload();
            await s.rec.snapshot();
            await withdraw(s, config);
            await s.waitReceipts(2);
            await s.rec.screenshot('After withdrawing consent');
            await s.browse();
            await s.rec.snapshot();
        },
    };
}
/**
 * The withdrawal itself, on a page where the visitor had accepted everything: the choices
 * re-opened through the widget's own control, then "Reject all" in them. A notice with
 * `reloadOnWithdraw` should reload the page by itself; when it does not, that is noted and the
 * audit reloads it, so what follows is measured on a fresh page view either way.
 */
async function withdraw(s, config) {
    const w = await s.widget();
    const phase = {
        id: 'withdrawn',
        label: 'after withdrawing consent',
        granted: ['necessary'],
        refused: true,
        withdrawn: true,
    };
    try {
        await w.openChoices();
    }
    catch (e) {
        throw new WidgetProblem('The choices could not be re-opened after a decision', `no “${w.labels.reopen}” button worked: ${e.message.split('\n')[0]}`);
    }
    await s.rec.screenshot('Withdrawing: the choices re-opened');
    const page = s.page;
    const navigated = page
        .waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 5000 })
        .then(() => true)
        .catch(() => false);
    await s.decide(phase, 'reject-all', async () => {
        await w.click('rejectAll', w.dialog());
        if (await navigated)
            await s.settle();
        else {
            if (config.reloadOnWithdraw)
                s.note('The page did not reload after withdrawal, although the notice says "reloadOnWithdraw": true; the audit reloaded it.');
            await s.reload();
        }
    }, (c) => c?.method === 'reject-all' && only(c, []), `Clicking “${w.labels.rejectAll}” in the re-opened choices`);
}
/** The plans that apply: all for a samtykke site with a valid notice, else only the first. */
export function plans(info) {
    const c = info.config;
    if (!info.samtykke || !c)
        return [];
    return [rejectAll(), ...categories(c).map(acceptCategory), acceptAll(), gpc(c), withdrawal(c)];
}
