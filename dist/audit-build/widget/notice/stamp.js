/**
 * A notice validated ahead (SPEC §1): `samtykke validate --stamp notice.json` writes the notice
 * back with a `"validated"` member, `{ "rules": "<edition>", "sha256": "<hex>" }`, when it has no
 * error. A visitor's browser that finds a stamp matching the notice's own text and its own rules
 * edition trusts the notice as validated and fetches no validator for it; any other notice is
 * validated in the browser as before.
 *
 * The digest is over the notice's canonical JSON: object keys sorted, no whitespace, the
 * top-level `"validated"` member left out. So re-indenting or reordering the file keeps the
 * stamp, and any change of a value (one character of a summary, a category moved) breaks it.
 *
 * A stamp is a checksum, not a signature: it proves the text is the one the owner's validator
 * passed, which is what an owner needs to ship a notice without the validator. Whoever can
 * forge it can equally edit the page that loads the widget.
 */
/**
 * The validator's rules edition: raise it whenever a rule changes what the validator refuses
 * or lets through, or what a valid notice's Config holds (a new check, a changed default), so a
 * notice passed under older rules is validated again before it opens anything. A release that
 * changes no rule keeps it, and with it every stamp already shipped. test/unit/stamp.test.ts
 * pins a digest of the rule sources (comments and whitespace aside) with this edition and fails
 * when they change, until the edition is raised or, for a change that decides nothing
 * differently, the digest is pinned again. The catalogue's data is not part of it: a grown
 * catalogue does not void every stamp (the owner's `samtykke validate` and audit apply it).
 */
export const RULES_EDITION = '3';
/** JSON with object keys sorted and no whitespace: equal notices give equal text. */
export function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.keys(value)
            .sort()
            .filter((key) => value[key] !== undefined)
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * The SHA-256 of the notice's canonical JSON, the `validated` member left out, or null where
 * the browser offers no digest (`crypto.subtle` exists only on https pages and localhost).
 */
export async function noticeDigest(notice) {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle)
        return null;
    const { validated: _stamp, ...rest } = notice;
    const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(rest))));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
/** The stamp for a notice that passed the validator under the current rules. */
export async function stampFor(notice) {
    const sha256 = await noticeDigest(notice);
    if (!sha256)
        throw new Error('samtykke: no SHA-256 here (crypto.subtle is missing)');
    return { rules: RULES_EDITION, sha256 };
}
/**
 * Does the notice carry a stamp of the current rules edition that matches its own text? False
 * for no stamp, a stamp of other rules, an edited notice, or a browser without a digest.
 */
export async function hasValidStamp(notice) {
    if (typeof notice !== 'object' || notice === null || Array.isArray(notice))
        return false;
    const stamp = notice.validated;
    if (!stamp || stamp.rules !== RULES_EDITION || typeof stamp.sha256 !== 'string')
        return false;
    try {
        return (await noticeDigest(notice)) === stamp.sha256;
    }
    catch {
        return false;
    }
}
