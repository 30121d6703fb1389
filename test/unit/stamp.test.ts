import { describe, expect, it } from 'vitest';
import { canonicalJson, hasValidStamp, noticeDigest, RULES_EDITION, stampFor } from '../../src/widget/notice/stamp.js';

const notice = {
  revision: '2026-11-22',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.no' },
  categories: { necessary: { title: 'Nødvendige' }, analytics: { title: 'Statistikk' } },
  services: [{ id: 'plausible', category: 'analytics', name: 'Plausible', cookieless: true }],
  proof: { endpoint: '/consent-proofs' },
};

describe('canonical JSON', () => {
  it('sorts object keys at every depth and keeps array order, with no whitespace', () => {
    expect(canonicalJson({ b: [2, { z: 1, a: 'ø' }], a: null })).toBe('{"a":null,"b":[2,{"a":"ø","z":1}]}');
  });
  it('leaves out members whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('the stamp of a notice validated ahead', () => {
  it('matches the notice it was made for, under the current rules edition', async () => {
    const stamped = { ...notice, validated: await stampFor(notice) };
    expect(stamped.validated.rules).toBe(RULES_EDITION);
    expect(stamped.validated.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await hasValidStamp(stamped)).toBe(true);
  });
  it('survives re-indenting and reordering the file (the digest is of canonical JSON)', async () => {
    const stamped = { ...notice, validated: await stampFor(notice) };
    const { proof, ...rest } = notice;
    const reordered = JSON.parse(JSON.stringify({ validated: stamped.validated, proof, ...rest }, null, 4));
    expect(await hasValidStamp(reordered)).toBe(true);
  });
  it('breaks when one character of a text is edited', async () => {
    const stamped = { ...notice, validated: await stampFor(notice) };
    const edited = JSON.parse(JSON.stringify(stamped).replace('Statistikk', 'Statistikc'));
    expect(await hasValidStamp(edited)).toBe(false);
  });
  it('breaks when a service moves to another category', async () => {
    const stamped = { ...notice, validated: await stampFor(notice) };
    const moved = structuredClone(stamped);
    moved.services[0].category = 'necessary';
    expect(await hasValidStamp(moved)).toBe(false);
  });
  it('is refused under other rules, or without a digest', async () => {
    const stamp = await stampFor(notice);
    expect(await hasValidStamp({ ...notice, validated: { ...stamp, rules: `${RULES_EDITION}0` } })).toBe(false);
    expect(await hasValidStamp({ ...notice, validated: { rules: RULES_EDITION } })).toBe(false);
    expect(await hasValidStamp(notice)).toBe(false);
    expect(await hasValidStamp(null)).toBe(false);
    expect(await hasValidStamp([notice])).toBe(false);
  });
  it('leaves the stamp itself out of the digest', async () => {
    const digest = await noticeDigest(notice);
    expect(await noticeDigest({ ...notice, validated: { rules: 'x', sha256: 'y' } })).toBe(digest);
  });
});

/**
 * The rules edition policy (stamp.ts): RULES_EDITION is raised whenever what the validator
 * refuses, lets through or fills in changes, and kept by a release that changes no rule, so the
 * stamps already shipped stay good. The sources of the rules, comments and whitespace left out,
 * are pinned here with the edition they belong to: a change to them fails this test until whoever
 * made it decides. A rule changed (a check added or changed, a default, what a valid notice's
 * Config holds): raise RULES_EDITION and pin the new digest with it. No verdict and no Config
 * changed (a rename, a refactor, a message reworded): pin the new digest under the same edition.
 * The catalogue's data (known.generated.ts) is not pinned: a grown
 * catalogue does not void every stamp; `samtykke validate` and `samtykke audit` at the owner's
 * side apply it.
 */
const RULE_SOURCES = [
  'validate.ts',
  'schema.ts',
  'spec.ts',
  'defaults.ts',
  'rules.ts',
  'rules-necessary.ts',
  'rules-notice.ts',
  'wording.ts',
  'wording-parts.ts',
  'known-extra.ts',
  'normalise.ts',
];
const PINNED = { edition: '3', digest: 'd5c2bfb1292e00567d728a529c45dc4adee3f21330e5185bdcfebf3124a2f88e' };

describe('the rules edition', () => {
  it('is raised (or the digest re-pinned) when the sources of the rules change', async () => {
    const { readFileSync } = await import('node:fs');
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256');
    for (const file of RULE_SOURCES) {
      const source = readFileSync(new URL(`../../src/widget/notice/${file}`, import.meta.url), 'utf8');
      // Comments and whitespace are not rules.
      hash.update(source.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/.*$/gm, '$1').replace(/\s+/g, ''));
    }
    expect({ edition: RULES_EDITION, digest: hash.digest('hex') }).toEqual(PINNED);
  });
});
