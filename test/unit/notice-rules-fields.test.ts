// The service and controller fields of SPEC §3 (role, preset, hosts, cookieless, privacyEmail): kept, or refused when malformed.
import { describe, expect, it } from 'vitest';
import { run } from './notice-rules-fixtures.js';

describe('the new fields of SPEC §3', () => {
  it('keeps role, preset, hosts (host lower-cased), cookieless, privacyEmail and a service name as a text', () => {
    const r = run((c) => {
      c.controller.privacyEmail = 'personvern@eksempel.no';
      Object.assign(c.services[1], {
        name: { nb: 'Google Analytics 4', nn: 'Google Analytics 4' },
        role: 'processor',
        preset: 'google-analytics@1',
        hosts: ['WWW.Google-Analytics.com/g/Collect'],
      });
    });
    expect(r.errors).toEqual([]);
    expect(r.config!.controller.privacyEmail).toBe('personvern@eksempel.no');
    expect(r.config!.services[1]).toMatchObject({
      name: { nb: 'Google Analytics 4', nn: 'Google Analytics 4' },
      role: 'processor',
      preset: 'google-analytics@1',
      hosts: ['www.google-analytics.com/g/Collect'],
    });
    expect(r.config!.services[2].cookieless).toBe(true);
  });

  it.each([
    ['role', { role: 'owner' }, 'services[2].role', 'must be one of processor, joint-controller, controller'],
    [
      'preset',
      { preset: 'google analytics' },
      'services[2].preset',
      'must be a catalogue id, optionally with a version, like "google-analytics@1"',
    ],
    [
      'hosts',
      { hosts: ['https://example.no/x.js'] },
      'services[2].hosts[0]',
      'must be a host name with an optional path, like "stats.example.no/matomo.js"',
    ],
    ['cookieless', { cookieless: 'yes' }, 'services[2].cookieless', 'must be a boolean'],
  ])('a bad %s is an error', (_, fields, path, message) => {
    const r = run((c) => Object.assign(c.services[2], fields));
    expect(r.errors).toEqual([{ path, message }]);
  });
});
