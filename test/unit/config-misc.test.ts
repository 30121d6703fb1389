// The notice validator (SPEC §3): org numbers, JSON text, message formatting, texts, and output that
// shares nothing with its input.
import { describe, expect, it } from 'vitest';
import { formatProblems, orgNumberValid, parseConfig, validate } from '../../src/widget/notice/validate.js';
import { text } from '../../src/widget/notice/text.js';
import { minimal, FULL, run, plain, svc, unknownCategory } from './notice-fixtures.js';
import type { Raw } from './notice-fixtures.js';

describe('orgNumberValid', () => {
  it.each([
    ['974451204', true],
    ['992081392', true],
    ['992 081 392', true],
    ['980 955 877', true],
    ['974451205', false],
    ['123456789', false], // check digit would be 10: no valid number
    ['97445120', false],
    ['9744512040', false],
    ['97445120a', false],
    ['', false],
  ])('%s → %s', (n, ok) => expect(orgNumberValid(n)).toBe(ok));

  it.each(['974451204', '992 081 392', '980 955 877'])('real number %s validates with no warning', (n) => {
    const r = run((c) => (c.controller.orgNumber = n));
    expect(r.warnings).toEqual([]);
    expect(r.config!.controller.orgNumber).toBe(n.replace(/ /g, ''));
  });
});

describe('parseConfig', () => {
  it('parses and validates JSON text', () => {
    const r = parseConfig(JSON.stringify(minimal()));
    expect(r.errors).toEqual([]);
    expect(r.config!.revision).toBe('1');
  });

  it.each(['', '{', '{"revision": }', "{'a': 1}", '[1,]'])('invalid JSON %j → one (root) error', (t) => {
    const r = parseConfig(t);
    expect(r.config).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].path).toBe('(root)');
    expect(r.errors[0].message).toMatch(/^is not valid JSON: \S/);
    let syntax = '';
    try {
      JSON.parse(t);
    } catch (e) {
      syntax = (e as Error).message;
    }
    expect(r.errors[0].message).toBe(`is not valid JSON: ${syntax}`);
  });

  it('valid JSON but not an object → (root) error', () => {
    expect(parseConfig('"hello"').errors).toEqual([{ path: '(root)', message: 'must be an object' }]);
  });
});

describe('formatProblems', () => {
  const problems = [
    { path: 'controller.name', message: 'is required' },
    { path: 'services[2].category', message: 'refers to unknown category "ads"' },
  ];
  it.each([
    ['error', 'samtykke: the notice (config) is invalid, so nothing gated will run:'],
    ['warning', 'samtykke: the notice (config) has problems:'],
  ] as const)('%s: one message listing every problem', (kind, head) => {
    expect(formatProblems(kind, problems)).toBe(
      `${head}\n  - controller.name: is required\n  - services[2].category: refers to unknown category "ads"`,
    );
  });

  it('is empty when there is nothing to report', () => {
    expect(formatProblems('error', [])).toBe('');
  });

  it('formats what validate reports', () => {
    const r = run((c) => (c.controller.name = ''));
    expect(formatProblems('error', r.errors)).toContain('  - controller.name: must not be empty');
  });
});

describe('text', () => {
  const t = { nb: 'bokmål', nn: 'nynorsk', en: 'english', 'de-CH': 'schwiizerdütsch' };
  it.each([
    ['exact', t, 'nn', undefined, 'nynorsk'],
    ['exact, case-insensitive', t, 'DE-ch', undefined, 'schwiizerdütsch'],
    ['primary subtag', t, 'nb-NO', undefined, 'bokmål'],
    ['nn falls back to nb', { nb: 'bokmål', en: 'english' }, 'nn', undefined, 'bokmål'],
    ['nb falls back to nn', { nn: 'nynorsk', en: 'english' }, 'nb', undefined, 'nynorsk'],
    ['nb falls back to no', { no: 'norsk', en: 'english' }, 'nb', undefined, 'norsk'],
    ['nn-NO falls back to no', { no: 'norsk', en: 'english' }, 'nn-NO', undefined, 'norsk'],
    ['no falls back to nb', { nb: 'bokmål', en: 'english' }, 'no', undefined, 'bokmål'],
    ['unknown language → en', t, 'fr', undefined, 'english'],
    ['fallback languages before en', { sv: 'svenska', en: 'english' }, 'fr', ['sv-SE'], 'svenska'],
    ['no en → first value', { sv: 'svenska', da: 'dansk' }, 'fr', undefined, 'svenska'],
    ['a string as is', 'plain', 'nb', undefined, 'plain'],
    ['undefined → empty', undefined, 'nb', undefined, ''],
    ['empty map → empty', {}, 'nb', undefined, ''],
    ['empty lang → en', t, '', undefined, 'english'],
    ['odd lang "constructor" → en', t, 'constructor', undefined, 'english'],
  ] as [string, Raw, string, string[] | undefined, string][])('%s', (_, value, lang, fallback, expected) => {
    expect(text(value, lang, fallback)).toBe(expected);
  });
});

describe('validate: the output is built fresh', () => {
  it('shares no object with the input, and later input changes do not leak in', () => {
    const raw = JSON.parse(FULL);
    const r = validate(raw);
    const c = r.config!;
    const inputs = new Set<unknown>();
    const collect = (v: unknown) => {
      if (v && typeof v === 'object') {
        inputs.add(v);
        Object.values(v).forEach(collect);
      }
    };
    collect(raw);
    const outputs: unknown[] = [];
    const gather = (v: unknown) => {
      if (v && typeof v === 'object') {
        outputs.push(v);
        Object.values(v).forEach(gather);
      }
    };
    gather(c);
    expect(outputs.length).toBeGreaterThan(20);
    expect(outputs.filter((o) => inputs.has(o))).toEqual([]);

    const before = plain(c);
    raw.controller.name = 'Hacked';
    raw.categories.analytics.title.nb = 'Endret';
    raw.services[0].cookies.push({ name: 'evil' });
    raw.services.push({ id: 'x', category: 'analytics' });
    raw.purposes[0].title.en = 'Changed';
    raw.rights.length = 0;
    raw.googleConsentMode.region.push('SE');
    raw.cookie.name = 'other';
    expect(plain(c)).toEqual(before);
  });

  it('returns null config but still full problem lists when invalid', () => {
    const r = run((c) => ((c.services = [{ id: 'x', category: 'nope' }]), (c.theme = 'pink')));
    expect(r.config).toBeNull();
    expect(r.errors).toEqual([{ path: 'theme', message: 'must be one of auto, light, dark' }]);
    expect(r.warnings).toContainEqual({
      path: 'services[0].category',
      message: unknownCategory('nope', ['necessary', 'analytics']),
    });
  });

  it('a service in a category the notice does not have: a warning (SPEC §3), the notice still valid', () => {
    const cookieless = { cookieless: true, retention: '1 day' };
    const r = run(
      (c) =>
        (c.services = [
          ...svc(cookieless),
          { id: 'b', category: 'analytics', ...cookieless },
          { id: 'fb', category: 'ads', ...cookieless },
        ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toEqual([{ path: 'services[2].category', message: unknownCategory('ads', ['necessary', 'analytics']) }]);
  });
});
