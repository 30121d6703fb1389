/**
 * Whether a decision grants anything beyond necessary: the one test, shared by the widget and
 * the receiver, of whether a receipt proves a consent. One that grants nothing (a refusal, GPC, a
 * withdrawal, a choice of all false) proves none, so it carries no user agent and the receiver
 * keeps no IP prefix for it (SPEC §7; GDPR art. 5(1)(c), data minimisation).
 *
 * A service counts only inside a granted category (a service of a refused category never runs),
 * so the categories decide. Plain code with no imports: browser and Node alike.
 */
export function grantsConsent(decision) {
    return Object.entries(decision.categories).some(([id, granted]) => id !== 'necessary' && granted === true);
}
