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
    const reordered = JSON.parse(JSON.stringify({ validated: stamped.validated, proof: notice.proof, ...notice }, null, 4));
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
