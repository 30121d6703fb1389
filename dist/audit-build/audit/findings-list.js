const MAX_EVIDENCE = 25;
/** A finding's id with the thing it is about: `${kind}:cookie:${name}`, and the cookie itself. */
export const aboutCookie = (kind, name) => ({
    id: `${kind}:cookie:${name}`,
    subject: { type: 'cookie', name },
});
export class Findings {
    map = new Map();
    extra = new Map();
    /**
     * Adds evidence to a finding (made on first use). `about` is its id, or its id with its
     * subject (aboutCookie). `once`: one item per scenario is enough.
     */
    add(about, kind, title, why, fix, scenario, text, phase, once = false) {
        const { id, subject } = typeof about === 'string' ? { id: about, subject: undefined } : about;
        let f = this.map.get(id);
        if (!f)
            this.map.set(id, (f = { id, ...(subject && { subject }), kind, title, why, fix, scenarios: [], evidence: [] }));
        const known = f.scenarios.includes(scenario);
        if (!known)
            f.scenarios.push(scenario);
        if ((once && known) || f.evidence.some((e) => e.scenario === scenario && e.text === text))
            return;
        if (f.evidence.length < MAX_EVIDENCE)
            f.evidence.push({ scenario, phase, text });
        else
            this.extra.set(id, (this.extra.get(id) ?? 0) + 1);
    }
    list() {
        for (const [id, n] of this.extra)
            this.map.get(id).evidence.push({ scenario: '', text: `… and ${n} more like these` });
        return [...this.map.values()];
    }
}
