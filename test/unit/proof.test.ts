// The notice hash's canonical form (docs/receipts.md): what a controller recomputes.
import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { canonical, sha256, shownNotice, uuid } from '../../src/widget/proof/proof.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { TEXTS } from '../../src/widget/notice/schema.js';
import { validate } from '../../src/widget/notice/validate.js';

const raw = {
  revision: 'r1',
  controller: { name: 'Eksempel AS', orgNumber: '974 451 204' },
  summary: { nb: 'Kort', en: 'Short' },
  categories: { analytics: { title: { nb: 'Statistikk', nn: 'Statistikk', en: 'Statistics' } } },
  services: [
    {
      id: 'ga',
      category: 'analytics',
      purpose: { nb: 'Telle', en: 'Count' },
      cookies: [{ name: '_ga', duration: { nb: '2 år', en: '2 years' } }],
    },
  ],
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

// The hand-written serialisation that `canonical` replaced (src/proof.ts before the size work),
// kept as the reference it must match byte for byte.
function canonicalBefore(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonicalBefore).join(',') + ']';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return (
      '{' +
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + canonicalBefore(o[k]))
        .join(',') +
      '}'
    );
  }
  return JSON.stringify(v);
}

// Keys of a notice are field names, category ids and language tags: none looks like an array
// index (any object enumerates those first, in number order), so generated keys do not either.
const key = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value')),
    fc.dictionary(key, fc.option(tie('value'), { nil: undefined })),
    fc.dictionary(key, tie('value')).map((o) => Object.assign(Object.create(null), o)),
  ),
}));

describe('canonical() against the hand-written serialisation it replaced', () => {
  it('gives byte-identical text on 10,000 generated values', () => {
    fc.assert(
      fc.property(value, (v) => canonical(v) === canonicalBefore(v)),
      { numRuns: 10000 },
    );
  });
});

describe('noticeHash of the demo notices', () => {
  // Computed with src/proof.ts and src/config.ts as they were before the size work (hand-written
  // canonical(), a separate list of text fields in proof.ts), at commit a8c700a, by running
  // sha256(canonical(shownNotice(validate(notice).config, language))) over demo/notices/*.json.
  // Those notices are kept as they were then in test/unit/fixtures/notices/, so the demos can
  // change while this keeps checking that the hash of the same notice does not.
  const expected: Record<string, Record<string, string>> = {
    'mestergruppen-eiendom.json': {
      nb: 'sha256:2e6d99ba99cdc630b6104961c69ac1c2085cd4ff5568dc16f688710f8fb6b102',
      nn: 'sha256:45c4c640050ccf9c293273b2a61fe3b557c8049810520c8655cbd9c35686d09c',
      en: 'sha256:d2cd770b7b18e1664838e51e33d7176c97b644fd309bc5fc28370e5d04b0027c',
      sv: 'sha256:94a527146ffa2a9a2e8a9eb450df90c172cdffd8443cd02b5c8e5e90a612975c',
    },
    'resultat24.json': {
      nb: 'sha256:efb0c1f9d1f791850d0db95584c543b798a379e7a58f4912996eeb4fedfc80f8',
      nn: 'sha256:d07695b9d3bca442467142240140a85e8ff797ad9c849ca3e416bb7abc5379f6',
      en: 'sha256:c4142df578c251ea050104f3b08a66eabc595ad6afb9bcaeb42af69833e91dfa',
      sv: 'sha256:985a61d7b5d2bebbe6ddd2172450115b01f44da95464d21f961b4a1a4307d61f',
    },
    'stavanger-sentrum.json': {
      nb: 'sha256:604cb5676bd4e9e1fdf406f382fc0deaa16ed816d06b83c9e436882cefe56f57',
      nn: 'sha256:dec1e5f4cbdd3306c928c0ea3a7d465c6544653cad3f75538c5cfe7399e261aa',
      en: 'sha256:d9031ee9a5e1dcfb8e39a78ab6d7213b3fd20bc06175700cd3af031fb6b44dec',
      sv: 'sha256:55400d7397372080983fa953fbbe371d9be2f15281a39c75aad1d5755dcaa383',
    },
    'vekstly.json': {
      nb: 'sha256:fc32a7f47807b2cdc7b35790ff1eb692488a662bd2973bc2b60aa6af9f58114b',
      nn: 'sha256:77eca14dac9012c0055dab160cc379da77c65b909f375983ee25338b5ed2088c',
      en: 'sha256:94a6bf769c3944d04a1506a1ca646d4317778767cad1fc63bd3cb4191a83c6d3',
      sv: 'sha256:1cd10c09c5d9e30a67c4ce82719de21039f9e1f80d4571295fba4e796ba12ee9',
    },
    'vestbo.json': {
      nb: 'sha256:82f9d9ece62fee7511beb6de1b9a3185764513aeeaf15882b01bdef781ed67ba',
      nn: 'sha256:88deafa4da0b5898e819b666232b9e4b07b13edd59a1df4d11c94abc9d4e7b44',
      en: 'sha256:2c08f9c9b56b68b86703969de183417232029dc74e6865521cc69033dcbc0e4e',
      sv: 'sha256:d65cc849dd692aa5a5485eee036789481630d8500f5319f798f776cbf0ada888',
    },
  };
  for (const [file, byLang] of Object.entries(expected)) {
    it(`is unchanged for ${file}`, async () => {
      const c = validate(JSON.parse(readFileSync(`test/unit/fixtures/notices/${file}`, 'utf8'))).config!;
      expect(c).not.toBeNull();
      for (const [lang, hash] of Object.entries(byLang)) expect(await sha256(canonical(shownNotice(c, lang))), lang).toBe(hash);
    });
  }
  it('reads the text fields from the validator', () => {
    expect([...new Set(TEXTS)].sort()).toEqual(
      // `arrangement`: a joint controller's arrangement (GDPR art. 26(2)), a service text since SPEC §3 was amended.
      [
        'summary',
        'title',
        'description',
        'name',
        'purpose',
        'transfer',
        'duration',
        'data',
        'retention',
        'recipients',
        'arrangement',
      ].sort(),
    );
  });
});

describe('uuid()', () => {
  it('is a v4 UUID laid out as before (8-4-4-4-12 from the random bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T>(a: T) => ((a as Uint8Array).set(bytes), a));
        try {
          const b = Uint8Array.from(bytes);
          b[6] = (b[6] & 15) | 64;
          b[8] = (b[8] & 63) | 128;
          const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
          const id = uuid();
          expect(id).toBe(`${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);
          expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        } finally {
          spy.mockRestore();
        }
      }),
      { numRuns: 1000 },
    );
  });
});
