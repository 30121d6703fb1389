/**
 * From what a scan saw to a draft notice: each request, embed, cookie and storage key is traced
 * to a catalogue entry where it can be, and the draft lists those services expanded from the
 * catalogue. Everything else becomes a service marked "$todo" that fails validation until the
 * owner has looked at it: the site's own cookies (to confirm as necessary) and each unknown
 * third party. Pure: no browser, no files.
 *
 * How the draft fails validation: a required field is left out, never filled with a
 * placeholder (a "TODO" name would pass as a non-empty string). The controller has no `name`
 * (`controller.name` is required) and each unfinished service has no `category`
 * (`services[i].category` is required); a "$todo" note beside each says what to fill in.
 */
import { entryCategory, presetOf } from './catalogue.js';
import { draftFrames, frameTodo } from './frames.js';
import { groupObservations, hostOf } from './groups.js';
import { categoryInfo } from './words.js';
export { describeSource } from './groups.js';
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw', 'complaint'];
export function buildDraft(obs, o) {
    const ordered = [...groupObservations(obs, o.entries).values()].sort((a, b) => rank(a) - rank(b));
    const frames = draftFrames(obs, o.entries);
    const { services, reports, todos, categories } = draftServices(ordered, obs.url, o, frames);
    const controller = o.controller ? { ...o.controller } : { $todo: controllerTodo(obs.policyLinks) };
    if (typeof controller.$todo === 'string')
        todos.unshift({ path: 'controller.$todo', text: controller.$todo });
    const notice = {
        ...(todos.length && {
            $todo: 'A draft written by `samtykke scan`. Fill in each "$todo" below and then delete it; `npx samtykke validate` names what is still missing.',
        }),
        revision: o.revision,
        language: 'auto',
        controller,
        categories: Object.fromEntries([...categories].sort(categoryOrder).map((id) => [id, categoryInfo(id)])),
        services,
        rights: [...RIGHTS],
        authority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no' },
        proof: { endpoint: '/consent-proofs' },
        // The frame policy (frames.ts): on whenever the pages frame anything.
        ...(frames && { autoBlock: { frames: frames.listed.map((f) => f.host) } }),
    };
    return { notice, services: reports, todos, frames };
}
/**
 * The draft's services, one per group in order, with the scan's report of each, the "$todo"
 * notes to finish, and the categories the services use (necessary always).
 */
function draftServices(ordered, site, o, frames) {
    const services = [];
    const reports = [];
    const todos = [];
    const categories = new Set(['necessary']);
    for (const g of ordered) {
        const path = `services[${services.length}]`;
        const service = g.kind === 'catalogue' ? catalogueService(g, o) : todoService(g, site);
        if (typeof service.$todo === 'string')
            service.$todo += frameTodo([...g.hosts], frames, hostOf(site));
        if (typeof service.category === 'string')
            categories.add(service.category);
        if (typeof service.$todo === 'string')
            todos.push({ path: `${path}.$todo`, text: service.$todo });
        services.push(service);
        reports.push({
            id: g.id,
            preset: g.entry ? presetOf(g.entry) : null,
            category: typeof service.category === 'string' ? service.category : null,
            todo: typeof service.$todo === 'string' ? service.$todo : null,
            evidence: g.evidence,
        });
    }
    return { services, reports, todos, categories };
}
const rank = (g) => (g.kind === 'catalogue' ? 0 : g.kind === 'site' ? 1 : 2);
const ORDER = ['necessary', 'functional', 'analytics', 'marketing', 'profiling'];
const categoryOrder = (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);
/** A catalogue service as the catalogue expands it, plus any cookie the scan saw that it does not list. */
function catalogueService(g, o) {
    const service = o.expand({ preset: g.entry.id });
    if (typeof service.category !== 'string')
        service.category = entryCategory(g.entry);
    const listed = Array.isArray(service.cookies) ? service.cookies : [];
    const covers = (name) => listed.some((c) => {
        if (c.name === name)
            return true;
        try {
            return !!c.pattern && new RegExp(`^(?:${c.pattern.replace(/^\^|\$$/g, '')})$`).test(name);
        }
        catch {
            return false;
        }
    });
    const extra = [...g.cookies.values()].filter((c) => !covers(c.name)).map((c) => ({ name: c.name, duration: c.duration }));
    if (extra.length)
        service.cookies = [...listed, ...extra];
    return service;
}
/** A service the owner must finish: no `category` until they have decided one. */
function todoService(g, site) {
    const cookies = [...g.cookies.values()];
    const list = cookies.map((c) => `“${c.name}” (${c.hint})`).join(', ');
    if (g.kind === 'site') {
        return {
            $todo: `Cookies and storage of this site itself that no catalogue knows: ${list}. ` +
                'If each is strictly necessary for something the visitor asked for (logging in, a shopping cart, security, remembering this choice), ' +
                'add "category": "necessary" and a "purpose"; if not, move it to a service in a consent category (and tag the script that sets it). Then delete this note.',
            id: 'site',
            // The site's own name in every language (a TEXT name is newer than some validators).
            name: hostOf(site),
            cookies: cookies.map((c) => ({ name: c.name, duration: c.duration })),
        };
    }
    const hosts = [...g.hosts].sort();
    return {
        $todo: `An unknown third party: ${hosts.join(', ') || g.id}${cookies.length ? `, with ${list}` : ''}. Say who it is ("name", "provider", "role", "purpose", "policyUrl", ` +
            '"transfer" if outside the EEA), choose its "category" (add that category to "categories" if it is missing), ' +
            `${cookies.length ? '' : 'add "cookieless": true if it stores nothing in the browser, '}and tag its script or iframe; or remove it from the site. Then delete this note.`,
        id: g.id,
        name: g.id,
        hosts: hosts.length ? hosts : [g.id],
        cookies: cookies.map((c) => ({ name: c.name, duration: c.duration })),
    };
}
function controllerTodo(policyLinks) {
    const found = policyLinks.length
        ? ` The site links to ${policyLinks.slice(0, 2).join(' and ')}: check whether that is it.`
        : '';
    return ('Who is responsible for the site (behandlingsansvarlig): add "name" (the legal entity, e.g. "Eksempel AS"), "orgNumber", ' +
        'a contact channel ("email", "phone" or "address"; "privacyEmail" or "dpoEmail" where you have one) and "policyUrl" (your full privacy notice).' +
        found +
        ' Then delete this note.');
}
