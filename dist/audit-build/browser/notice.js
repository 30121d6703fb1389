import { readNotice } from './widget.js';
/** The notice the widget runs with, read from its element (an `init()` app has no other copy in the page). */
function fromWidget(page) {
    return page
        .evaluate(() => {
        // Symbol.for('samtykke.notice'): set by either face of the element (the plain first layer
        // or Lit's); `host.config`: widgets from before the plain first layer.
        const el = document.querySelector('samtykke-widget');
        const config = el?.[Symbol.for('samtykke.notice')] ?? el?.host?.config;
        return config && typeof config === 'object' ? JSON.parse(JSON.stringify(config)) : null;
    })
        .catch(() => null);
}
const hasApi = (page) => page
    .evaluate(() => typeof window.samtykke?.get === 'function')
    .catch(() => false);
export async function learnNotice(page, given) {
    const found = await readNotice(page);
    if (found.text !== null) {
        try {
            return { raw: JSON.parse(found.text), source: found.source, errors: [], notes: [] };
        }
        catch (e) {
            return {
                raw: undefined,
                source: found.source,
                errors: [`the notice is not valid JSON: ${e.message}`],
                notes: [],
            };
        }
    }
    if (found.source)
        return { raw: undefined, source: found.source, errors: [`the notice could not be fetched from ${found.source}`], notes: [] };
    if (given !== undefined)
        return {
            raw: given,
            source: null,
            errors: [],
            notes: ['The page has no notice of its own (it starts samtykke with init()); the audit used the notice it was given.'],
        };
    const api = await hasApi(page);
    const fromElement = api ? await fromWidget(page) : null;
    if (fromElement)
        return {
            raw: fromElement,
            source: null,
            errors: [],
            notes: ['The page starts samtykke with init(config) from its own code; the audit read the notice from the widget.'],
        };
    if (api)
        return {
            raw: undefined,
            source: null,
            errors: [],
            notes: [
                'samtykke runs on this page (window.samtykke), started by the page’s own code, but its notice could not be read from the page. Give the audit the notice with --notice FILE to run every consent state; without it only known tracking is judged.',
            ],
        };
    return { raw: undefined, source: null, errors: ['no notice (#samtykke-config or data-config) found'], notes: [] };
}
