// Presets in a notice (SPEC §3): `{ "preset": "<id>" }` becomes a full service from the catalogue,
// records `<id>@<version>`, keeps what the owner wrote, and never guesses.
import { describe, expect, it } from 'vitest';
import {
  expandNotice,
  expandPreset,
  getEntry,
  outdatedPresets,
  PresetError,
  type Catalogue,
  type CatalogueEntry,
} from '../../src/catalogue/catalogue.js';
import { validate } from '../../src/widget/notice/validate.js';

const ga = getEntry('google-analytics')!;
const notice = (services: unknown[]) => ({
  revision: '2026-12-01',
  controller: { name: 'Eksempel AS' },
  categories: { necessary: {}, analytics: {}, marketing: {}, functional: {} },
  services,
});

describe('expandPreset', () => {
  it.each([
    [
      'the id, category and name',
      { preset: 'google-analytics' },
      { id: 'google-analytics', category: 'analytics', name: 'Google Analytics 4' },
    ],
    ['where it came from', { preset: 'google-analytics' }, { preset: `google-analytics@${ga.version}` }],
    [
      'the provider as legal entity and country',
      { preset: 'google-analytics' },
      { provider: 'Google Ireland Limited (Ireland)' },
    ],
    [
      'consent as the legal basis of a service that is not necessary',
      { preset: 'meta-pixel' },
      { legalBasis: 'consent', role: 'joint-controller' },
    ],
    [
      "a necessary service's own legal basis",
      { preset: 'stripe' },
      { category: 'necessary', legalBasis: 'legitimate-interests' },
    ],
    ['the hosts a notice can express', { preset: 'linkedin-insight' }, { hosts: ['snap.licdn.com', 'px.ads.linkedin.com'] }],
    ['cookieless for a service that stores nothing', { preset: 'plausible' }, { cookies: [], cookieless: true }],
    [
      "the owner's own fields over the catalogue's",
      { preset: 'google-analytics', id: 'ga', category: 'statistics', purpose: 'Our own words' },
      { id: 'ga', category: 'statistics', purpose: 'Our own words' },
    ],
  ])('gives %s', (_what, service, expected) => {
    expect(expandPreset(service, undefined)).toMatchObject(expected);
  });

  it('copies cookies with name, pattern and duration only, in the languages asked for', () => {
    const s = expandPreset({ preset: 'google-analytics' }, ['nn', 'en']);
    expect(s.cookies).toEqual([
      { name: '_ga', duration: { nn: '2 år', en: '2 years' } },
      { name: '_ga_<container-id>', pattern: '^_ga_.+$', duration: { nn: '2 år', en: '2 years' } },
    ]);
    expect(Object.keys(s.purpose as object)).toEqual(['nn', 'en']);
    expect(s.provider).toBe('Google Ireland Limited (Irland)');
  });

  it('leaves out what the catalogue could not source, so the notice validator asks the owner', () => {
    const s = expandPreset({ preset: 'vipps-mobilepay' }, 'nb');
    expect(s.cookies).toEqual([]);
    expect(s).not.toHaveProperty('cookieless');
    expect(expandPreset({ preset: 'klarna' })).not.toHaveProperty('policyUrl');
    expect(expandPreset({ preset: 'matomo' })).not.toHaveProperty('provider');
  });

  it('leaves services without a preset, or already expanded, exactly as they are', () => {
    const own = { id: 'own', category: 'analytics', cookieless: true };
    expect(expandPreset(own)).toEqual(own);
    const pinned = { preset: 'google-analytics@1', id: 'ga', category: 'analytics', cookies: [] };
    expect(expandPreset(pinned)).toEqual(pinned);
  });

  it.each([
    [{ preset: 'no-such-service' }, /services\[0\]\.preset: "no-such-service" is not in the service catalogue/],
    [{ preset: 'Google Analytics' }, /services\[0\]\.preset: must be a catalogue id/],
    [{ preset: 'google-analytics@999' }, /up to version \d+, not 999/],
    [{ preset: 42 }, /services\[0\]\.preset: must be a catalogue id/],
  ])('refuses %j, naming the field', (service, message) => {
    expect(() => expandNotice(notice([service]))).toThrow(message);
  });
});

describe('expandNotice', () => {
  it('expands every preset service, leaves the others alone and does not change its input', () => {
    const input = notice([
      { preset: 'google-analytics' },
      { id: 'own', category: 'necessary', cookies: [{ name: 'sid', duration: 'Økt' }] },
      { preset: 'youtube' },
    ]);
    const before = structuredClone(input);
    const out = expandNotice(input) as any;
    expect(input).toEqual(before);
    expect(out.services.map((s: any) => s.id)).toEqual(['google-analytics', 'own', 'youtube']);
    expect(out.services[1]).toEqual(input.services[1]);
    expect(out.controller).toEqual(input.controller);
  });

  it('is idempotent: expanding an expanded notice changes nothing', () => {
    const once = expandNotice(notice([{ preset: 'hotjar' }, { preset: 'meta-pixel', id: 'fb' }]));
    expect(expandNotice(once)).toEqual(once);
  });

  it('names every service that cannot be expanded at once', () => {
    try {
      expandNotice(notice([{ preset: 'nope' }, { preset: 'hotjar' }, { preset: 'also-nope' }]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PresetError);
      expect((e as PresetError).problems.map((p) => p.path)).toEqual(['services[0].preset', 'services[2].preset']);
    }
  });

  it('gives a notice the validator accepts without errors for common presets', () => {
    const expanded = expandNotice(
      notice(['google-analytics', 'meta-pixel', 'youtube', 'hotjar', 'stripe'].map((preset) => ({ preset }))),
    );
    expect(validate(expanded).errors).toEqual([]);
  });
});

describe('outdatedPresets', () => {
  const newer: Catalogue = new Map([['google-analytics', { ...ga, version: ga.version + 1 } as CatalogueEntry]]);

  it('reports a service expanded from an older version than the catalogue has', () => {
    const expanded = expandNotice(notice([{ preset: 'google-analytics', id: 'ga' }]));
    expect(outdatedPresets(expanded)).toEqual([]);
    expect(outdatedPresets(expanded, newer)).toEqual([
      {
        service: 'ga',
        path: 'services[0]',
        preset: `google-analytics@${ga.version}`,
        latest: `google-analytics@${ga.version + 1}`,
      },
    ]);
  });

  it('ignores services without a preset, unknown ids and anything that is not a notice', () => {
    expect(outdatedPresets(notice([{ id: 'x', category: 'analytics' }, { preset: 'gone@1' }]), newer)).toEqual([]);
    expect(outdatedPresets(null)).toEqual([]);
  });
});
