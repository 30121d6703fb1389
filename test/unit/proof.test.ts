// The notice hash's canonical form (docs/receipts.md): what a controller recomputes.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonical, sha256, shownNotice } from '../../src/proof.js';
import { validate } from '../../src/config.js';

const raw = {
  revision: 'r1',
  controller: { name: 'Eksempel AS', orgNumber: '974 451 204' },
  summary: { nb: 'Kort', en: 'Short' },
  categories: { analytics: { title: { nb: 'Statistikk', nn: 'Statistikk', en: 'Statistics' } } },
  services: [{ id: 'ga', category: 'analytics', purpose: { nb: 'Telle', en: 'Count' }, cookies: [{ name: '_ga', duration: { nb: '2 år', en: '2 years' } }] }],
  purposes: [{ title: { nb: 'Kundeforhold', en: 'Customers' }, legalBasis: 'contract' }],
};
const config = validate(raw).config!;

describe('canonical()', () => {
  it('sorts keys at every depth, keeps array order, drops undefined', () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: undefined, b: 'x' }, 3] })).toBe('{"a":[{"b":"x","d":2},3],"b":1}');
  });
  it('is the same text whatever the key order', () => {
    expect(canonical({ x: { b: 2, a: 1 }, y: 'æ' })).toBe(canonical({ y: 'æ', x: { a: 1, b: 2 } }));
  });
});

describe('shownNotice()', () => {
  it('resolves every text to the shown language and keeps the structure', () => {
    const nb = shownNotice(config, 'nb') as any;
    expect(nb.language).toBe('nb');
    expect(nb.summary).toBe('Kort');
    expect(nb.categories.analytics.title).toBe('Statistikk');
    expect(nb.services[0].purpose).toBe('Telle');
    expect(nb.services[0].cookies[0].duration).toBe('2 år');
    expect(nb.purposes[0]).toMatchObject({ title: 'Kundeforhold', legalBasis: 'contract' });
    expect(nb.controller.orgNumber).toBe('974451204');
    expect((shownNotice(config, 'en') as any).services[0].cookies[0].duration).toBe('2 years');
  });
  it('gives a different hash per language and per change, the same for the same notice', async () => {
    const h = (c: typeof config, l: string) => sha256(canonical(shownNotice(c, l)));
    const nb = await h(config, 'nb');
    expect(nb).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await h(config, 'nb')).toBe(nb);
    expect(await h(config, 'en')).not.toBe(nb);
    const changed = validate({ ...raw, summary: { nb: 'Kort!', en: 'Short' } }).config!;
    expect(await h(changed, 'nb')).not.toBe(nb);
    // WebCrypto's digest equals Node's SHA-256 over the UTF-8 canonical text.
    const text = canonical(shownNotice(config, 'nb'));
    expect(nb).toBe('sha256:' + createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
