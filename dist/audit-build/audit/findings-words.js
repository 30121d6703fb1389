export const WHY = {
    withoutConsent: 'Before a visitor agrees, and after they say no, a site may only store or send what is strictly necessary (ePrivacy Directive art. 5(3); in Norway ekomloven § 3-15). Anything the notice does not declare as necessary counts as non-essential. Every request to a third party also hands it the visitor’s IP address and the page they are reading.',
    undeclaredCookie: 'Visitors can only consent to what they are told about: the notice must name each cookie, what it is for and how long it lasts. A cookie missing from the notice was never consented to, and samtykke cannot delete it when consent is withdrawn.',
    undeclaredThirdParty: 'Visitors must be told who receives their data before they consent. A third party the notice does not name receives the visitor’s IP address and the page address without the visitor ever being told.',
    leftBehind: 'Withdrawing consent must be as easy and as effective as giving it (GDPR art. 7(3)). A cookie left behind keeps identifying the visitor to a service they have said no to.',
    consentMode: 'Google’s tags read the Consent Mode state when they start. If the default “denied” state is not there first, they may start as if consent had been given.',
    receipt: 'The site owner must be able to show that a visitor consented, to what, and when (GDPR art. 7(1)). Each decision should leave a receipt at the owner’s proof endpoint in the agreed format (samtykke SPEC §7).',
    endpoint: 'A receipt only proves anything once the owner has it (GDPR art. 7(1)). The widget keeps a receipt the endpoint did not accept in the visitor’s browser and retries, but a visitor who never comes back, clears their browser or uses another device leaves no proof at all, and the owner cannot show what they agreed to.',
    buttons: 'Refusing must be as easy as accepting. Regulators (EDPB guidelines 03/2022 on deceptive design; Datatilsynet) treat an “Accept” button that stands out more than “Reject” as steering visitors towards consent, which makes the consent invalid.',
    a11y: 'Everyone must be able to read the notice and make a choice, also with a screen reader or a keyboard (WCAG 2.2 AA; in Norway required by likestillings- og diskrimineringsloven).',
    widget: 'The consent choice only counts if the visitor can make it and the site then does what they chose.',
};
export const FIX = {
    withoutConsent: 'Tag it so samtykke runs it only after consent (type="text/plain" data-consent="…" data-service="…"), or remove it. If it really is strictly necessary, declare it in the notice as a service in “necessary” (with an autoBlock.trackers rule for a third-party host).',
    undeclaredCookie: 'Add the cookie to the notice under the service that sets it (services[].cookies; use "pattern" for names that vary), or stop setting it.',
    undeclaredThirdParty: 'Add the service to the notice (provider, purpose, cookies, transfers), or remove it from the page.',
    leftBehind: 'List the cookie in the notice under its service (by name, or with a "pattern"), so samtykke deletes it on withdrawal; or make the service delete it when it is refused.',
    consentMode: 'Load samtykke (or samtykke-guard.js) as the first script in <head>, before any Google tag, and keep "googleConsentMode" on.',
    receipt: 'Give the notice a "proof": { "endpoint": … } and make sure the widget can reach it; see SPEC §7 for the receipt format.',
    endpoint: 'Make the proof endpoint answer a receipt POST with 2xx: check that the receiver runs at that address and can store (samtykke-receiver answers 201, and its GET /healthz 200), that it takes POST with Content-Type application/json, and, when it is on another origin than the pages, that it allows their origin (CORS). The evidence names what it answered.',
    buttons: 'Give “Accept all”, “Reject all” and “Choose” the same size, font, weight and colours (do not restyle one of them through ::part).',
    a11y: 'Fix the markup or the colours named in the evidence; axe-core’s help page explains each rule.',
    widget: 'Check the notice and the page’s console for errors from samtykke.',
};
export const party = (thirdParty) => (thirdParty ? 'third party' : 'first party');
export const expiry = (d) => (d === null ? 'deleted when the browser closes' : `kept for ${d} days`);
export const what = (a) => a.service
    ? ` (service: ${a.service}${a.category ? `, category: ${a.category}` : ''})`
    : a.category
        ? ` (category: ${a.category})`
        : ' (not a service the audit knows)';
export const Cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** What a request did, in plain words. */
export const DOING = {
    script: 'loaded a script from',
    image: 'loaded an image (possibly a tracking pixel) from',
    ping: 'sent a beacon (navigator.sendBeacon) to',
    beacon: 'sent a beacon (navigator.sendBeacon) to',
    fetch: 'sent a request (fetch) to',
    xhr: 'sent a request (XMLHttpRequest) to',
    document: 'loaded a page (an iframe) from',
    stylesheet: 'loaded a stylesheet from',
    font: 'loaded a font from',
    media: 'loaded audio or video from',
    websocket: 'opened a connection to',
};
export function requestText(r, phase) {
    return `${Cap(phase.label)}: the page ${DOING[r.resourceType] ?? 'made a request to'} ${r.url}${r.method !== 'GET' ? ` (${r.method})` : ''}${what(r)}`;
}
export function cookieText(c, phase) {
    const by = c.setBy.length
        ? `set by ${c.setBy.join('; ')}`
        : 'its writer could not be traced (set before the page’s scripts, or by the browser)';
    return `${Cap(phase.label)}: cookie “${c.name}” on ${c.domain}${c.path} (${party(c.thirdParty)}, ${expiry(c.expiresDays)}), ${by}${what(c)}`;
}
