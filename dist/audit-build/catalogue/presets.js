/** Thrown when a preset cannot be expanded; `problems` names every field and why. */
export class PresetError extends Error {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        this.problems = problems;
        this.name = 'PresetError';
    }
}
const PRESET = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:@([1-9][0-9]*))?$/;
const isPlain = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/** The catalogue entry a preset names and the version it pins (undefined: not yet expanded). */
function resolve(preset, path, catalogue) {
    const match = typeof preset === 'string' ? PRESET.exec(preset) : null;
    if (!match)
        throw new PresetError([{ path, message: 'must be a catalogue id like "google-analytics", optionally with "@<version>"' }]);
    const entry = catalogue.get(match[1]);
    if (!entry)
        throw new PresetError([{ path, message: `"${match[1]}" is not in the service catalogue` }]);
    const pinned = match[2] === undefined ? undefined : Number(match[2]);
    if (pinned !== undefined && pinned > entry.version)
        throw new PresetError([{ path, message: `the catalogue has ${entry.id} up to version ${entry.version}, not ${pinned}` }]);
    return { entry, pinned };
}
/** The languages asked for, in that order; all of them when none is asked for or none is there. */
function pick(texts, languages) {
    const chosen = (languages ?? []).filter((l) => typeof texts[l] === 'string');
    const keys = chosen.length ? chosen : Object.keys(texts);
    return Object.fromEntries(keys.map((l) => [l, texts[l]]));
}
const pickText = (text, languages) => typeof text === 'string' ? text : pick(text, languages);
/** "Google Ireland Limited (Irland)": the country named in the notice's first language. */
function providerText(entry, language = 'en') {
    const { name, country } = entry.provider;
    if (!country)
        return name;
    let region;
    try {
        region = new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(country);
    }
    catch {
        region = undefined;
    }
    return `${name} (${region ?? country})`;
}
/** The block rules a notice's `hosts` can say: host plus path prefix; not any-host or query rules. */
function hostsOf(entry) {
    const hosts = entry.block.filter((r) => r.host !== '*' && !r.query).map((r) => r.host + (r.path ?? ''));
    return [...new Set(hosts)];
}
/** The full notice service of a catalogue entry, before the notice's own overrides. */
function serviceOf(entry, languages) {
    const service = {
        id: entry.id,
        category: entry.category,
        name: pickText(entry.name, languages),
        provider: entry.selfHosted ? undefined : providerText(entry, languages?.[0]),
        role: entry.selfHosted ? undefined : entry.role,
        preset: `${entry.id}@${entry.version}`,
        purpose: pick(entry.purpose, languages),
        legalBasis: entry.legalBasis ?? 'consent',
        cookies: entry.cookies.map((c) => ({
            name: c.name,
            ...(c.pattern && { pattern: c.pattern }),
            duration: pick(c.duration, languages),
        })),
        transfer: entry.transfer && pick(entry.transfer.text, languages),
        policyUrl: entry.policyUrl,
        hosts: hostsOf(entry),
        cookieless: entry.cookieless,
    };
    if (!service.hosts.length)
        delete service.hosts;
    for (const key of Object.keys(service))
        if (service[key] === undefined)
            delete service[key];
    return service;
}
/**
 * Expands one notice service (see the module comment). A service without a preset, or with an
 * already expanded one (`"<id>@<version>"`), comes back as a copy, unchanged. `languages` keeps
 * only those languages of the catalogue's texts (all by default). `path` names the service in
 * error messages.
 */
export function expandPreset(service, languages, catalogue, path = 'service') {
    if (!isPlain(service))
        throw new PresetError([{ path, message: 'must be an object' }]);
    if (!('preset' in service))
        return { ...service };
    const { entry, pinned } = resolve(service.preset, `${path}.preset`, catalogue);
    if (pinned !== undefined)
        return { ...service };
    const expanded = serviceOf(entry, typeof languages === 'string' ? [languages] : languages);
    for (const [key, value] of Object.entries(service))
        if (key !== 'preset')
            expanded[key] = value;
    return expanded;
}
/**
 * A copy of the notice with every preset service expanded and every other service left alone.
 * Throws a PresetError naming every service that cannot be expanded; the input is not changed.
 */
export function expandNotice(notice, languages, catalogue) {
    if (!isPlain(notice))
        throw new PresetError([{ path: '', message: 'the notice must be a JSON object' }]);
    if (!Array.isArray(notice.services))
        return { ...notice };
    const problems = [];
    const services = notice.services.map((service, i) => {
        try {
            return isPlain(service) ? expandPreset(service, languages, catalogue, `services[${i}]`) : service;
        }
        catch (e) {
            if (!(e instanceof PresetError))
                throw e;
            problems.push(...e.problems);
            return service;
        }
    });
    if (problems.length)
        throw new PresetError(problems);
    return { ...notice, services };
}
/** The notice's services expanded from an older catalogue version than the current one. */
export function outdatedPresets(notice, catalogue) {
    const services = isPlain(notice) && Array.isArray(notice.services) ? notice.services : [];
    const outdated = [];
    services.forEach((service, i) => {
        if (!isPlain(service) || typeof service.preset !== 'string')
            return;
        const match = PRESET.exec(service.preset);
        const entry = match && catalogue.get(match[1]);
        if (!entry || match[2] === undefined || Number(match[2]) >= entry.version)
            return;
        const id = typeof service.id === 'string' ? service.id : entry.id;
        outdated.push({ service: id, path: `services[${i}]`, preset: service.preset, latest: `${entry.id}@${entry.version}` });
    });
    return outdated;
}
