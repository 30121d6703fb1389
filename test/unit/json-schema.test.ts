import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { DESCRIPTIONS, noticeJsonSchema } from '../../src/widget/notice/json-schema.js';
import { NOTICE } from '../../src/widget/notice/schema.js';

const schema = noticeJsonSchema() as any;

describe('the JSON Schema for editors (dist/samtykke.schema.json)', () => {
  it('is current: the build wrote what the schema table gives', () => {
    expect(existsSync('dist/samtykke.schema.json'), 'run `npm run build`').toBe(true);
    expect(readFileSync('dist/samtykke.schema.json', 'utf8')).toBe(JSON.stringify(schema, null, 2) + '\n');
  });

  it('describes every field of the table, with what is required and the defaults', () => {
    const notice = schema.$defs.Notice;
    expect(Object.keys(notice.properties)).toEqual(Object.keys(NOTICE.fields));
    expect(notice.required).toEqual(['revision', 'controller', 'categories']);
    expect(notice.properties.gpc).toMatchObject({ enum: ['honor', 'ignore'], default: 'honor' });
    expect(schema.$defs.CookieOptions.properties.expiresAfterDays).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 3650,
      default: 180,
    });
    expect(schema.$defs.Service.properties.name).toMatchObject({ $ref: '#/$defs/Text' });
    expect(schema.$defs.Service.properties.role).toMatchObject({ enum: ['processor', 'joint-controller', 'controller'] });
    expect(schema.$defs.Controller.properties).toHaveProperty('privacyEmail');
  });

  it('its patterns accept and refuse what the validator does', () => {
    const id = new RegExp(schema.$defs.Service.properties.preset.pattern);
    expect(id.test('google-analytics@1')).toBe(true);
    expect(id.test('google analytics')).toBe(false);
    const host = new RegExp(schema.$defs.TrackerRule.properties.host.pattern);
    expect(host.test('Stats.Example.com')).toBe(true);
    expect(host.test('https://x.com')).toBe(false);
  });
});

describe('DESCRIPTIONS', () => {
  it('says what every field of every object means, and nothing else', () => {
    const fields = Object.entries(schema.$defs as Record<string, any>)
      .filter(([, def]) => def.properties)
      .flatMap(([name, def]) => Object.keys(def.properties).map((field) => `${name}.${field}`));
    expect(fields.filter((f) => !DESCRIPTIONS[f])).toEqual([]);
    expect(Object.keys(DESCRIPTIONS).filter((d) => !fields.includes(d))).toEqual([]);
  });
});

describe('the JSON Schema, as an editor uses it (Ajv, draft 2020-12)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  const notices = readdirSync('demo/notices').filter((f) => f.endsWith('.json'));

  it.each(notices)('accepts the demo notice %s', (file) => {
    const notice = JSON.parse(readFileSync(`demo/notices/${file}`, 'utf8'));
    expect(check({ $schema: '../dist/samtykke.schema.json', ...notice }), JSON.stringify(check.errors)).toBe(true);
  });

  it('flags the typos and wrong values an editor should underline', () => {
    expect(check({ revison: '1', controler: {}, categories: {} })).toBe(false);
    const where = (check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(where).toContain(' required {"missingProperty":"revision"}');
    expect(where).toContain(' additionalProperties {"additionalProperty":"revison"}');
    expect(check({ revision: '1', controller: { name: 'A' }, categories: {}, gpc: 'respect' })).toBe(false);
    expect(check({ revision: '1', controller: { name: 'A' }, categories: { Analytics: {} } })).toBe(false);
    expect(
      check({
        revision: '1',
        controller: { name: 'A' },
        categories: {},
        services: [{ id: 'x', category: 'analytics', role: 'owner' }],
      }),
    ).toBe(false);
  });
});
