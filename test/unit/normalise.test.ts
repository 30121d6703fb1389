import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseValidated, NotAsValidated } from '../../src/widget/notice/normalise.js';
import { parseConfig, validate } from '../../src/widget/notice/validate.js';
import { FULL, minimal } from './notice-fixtures.js';

const dir = new URL('./fixtures/notices/', import.meta.url);
const demoNotices = readdirSync(dir).map((file): [string, string] => [file, readFileSync(new URL(file, dir), 'utf8')]);

/** Valid notices of every shape the tests know: the demos, SPEC's example, the smallest, odd but valid forms. */
const valid: [string, string][] = [
  ...demoNotices,
  ['FULL', FULL],
  ['minimal', JSON.stringify(minimal())],
  [
    'switches, hosts, repeated rights, spaced org number, untrimmed URL',
    JSON.stringify({
      ...minimal(),
      controller: { name: 'X AS', orgNumber: '974 451 204', email: 'a@b.no', policyUrl: '  https://x.no/p ' },
      rights: ['access', 'access', 'erasure'],
      googleConsentMode: { mode: 'advanced', region: ['NO'] },
      autoBlock: { trackers: [{ host: 'Stats.Example.NO', service: 's', category: 'analytics' }], frames: ['*.vimeo.com'] },
      services: [
        { id: 'm', category: 'analytics', hosts: ['Stats.Example.no/Matomo.js'], cookies: [{ name: '_pk', pattern: '_pk_.*' }] },
      ],
      categories: { analytics: { title: { nb: 'Statistikk', en: 'Analytics' } }, necessary: { title: 'Nødvendige' } },
      cookie: { name: 'consent', expiresAfterDays: 90 },
      $schema: 'https://example.no/schema.json',
      validated: { rules: '3', sha256: '0'.repeat(64) },
    }),
  ],
  ['no Consent Mode, no auto-blocking', JSON.stringify({ ...minimal(), googleConsentMode: false, autoBlock: false })],
];

describe('a notice validated ahead becomes its Config without the validator', () => {
  it.each(valid)('%s: exactly what the validator gives', (_name, text) => {
    const validated = parseConfig(text);
    expect(validated.errors).toEqual([]);
    const normalised = normaliseValidated(JSON.parse(text));
    expect(normalised).toStrictEqual(validated.config);
    // Same key order too: the interface lists categories in the notice's order.
    expect(JSON.stringify(normalised)).toBe(JSON.stringify(validated.config));
  });
});

describe('a notice of another shape is handed to the validator', () => {
  const broken: [string, (notice: Record<string, any>) => void][] = [
    ['no revision', (n) => delete n.revision],
    ['a controller without a name', (n) => (n.controller = { email: 'a@b.no' })],
    ['a title that is a number', (n) => (n.categories.analytics.title = 7)],
    ['categories as an array', (n) => (n.categories = [])],
    ['a bad category id', (n) => (n.categories['Bad Id'] = {})],
    ['a javascript: policy URL', (n) => (n.controller.policyUrl = 'javascript:alert(1)')],
    [
      'a cookie pattern that does not compile',
      (n) => (n.services = [{ id: 's', category: 'analytics', cookies: [{ name: 'a', pattern: '(' }] }]),
    ],
    ['an unknown theme', (n) => (n.theme = 'pink')],
    ['a cookie lifetime out of range', (n) => (n.cookie = { expiresAfterDays: 0 })],
    ['an empty text map', (n) => (n.summary = {})],
  ];
  it.each(broken)('%s', (_name, mutate) => {
    const notice = minimal();
    mutate(notice);
    expect(validate(notice).config).toBeNull(); // the validator refuses it too
    expect(() => normaliseValidated(notice)).toThrow(NotAsValidated);
  });
});
