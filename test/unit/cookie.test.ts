import { describe, expect, it } from 'vitest';
import { checksum, decodeConsent, domainsOf, encodeConsent } from '../../src/widget/fast/cookie.js';
import type { Consent } from '../../src/widget/types.js';

const consent: Consent = {
  id: '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10',
  timestamp: '2026-11-22T10:00:00.000Z',
  revision: '2024-06-17',
  method: 'custom',
  categories: { necessary: true, analytics: true, marketing: false },
  services: { 'google-analytics': true },
};
const good = encodeConsent(consent);

describe('the decision cookie', () => {
  it('round-trips a decision', () => {
    expect(decodeConsent(good)).toEqual(consent);
  });
  it('is a valid cookie value (no ; , space or quote)', () => {
    expect(good).toMatch(/^[^;,\s"]+$/);
  });

  const forged = (mutate: (a: unknown[]) => void) => {
    const a = [1, consent.id, consent.timestamp, consent.revision, consent.method, consent.categories, consent.services];
    mutate(a);
    const json = JSON.stringify(a);
    return encodeURIComponent(json) + '.' + checksum(json);
  };

  it.each<[string, string | null | undefined]>([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'hello'],
    ['truncated', good.slice(0, good.length - 10)],
    ['truncated payload', good.slice(10)],
    ['tampered: marketing flipped to true', good.replace('%22marketing%22%3Afalse', '%22marketing%22%3Atrue')],
    ['tampered checksum', good.slice(0, -1) + (good.endsWith('0') ? '1' : '0')],
    ['foreign: another tool’s JSON', encodeURIComponent('{"analytics":true}')],
    ['foreign: plain yes', 'yes.1'],
    ['bad percent-encoding', '%E0%A4%A.abc'],
    ['another version', forged((a) => (a[0] = 2))],
    ['not a UUID', forged((a) => (a[1] = 'abc'))],
    ['bad timestamp', forged((a) => (a[2] = 'soon'))],
    ['unknown method', forged((a) => (a[4] = 'implied'))],
    ['categories not booleans', forged((a) => (a[5] = { necessary: true, analytics: 'yes' }))],
    ['necessary missing', forged((a) => (a[5] = { analytics: true }))],
    ['extra element', forged((a) => a.push('x'))],
  ])('%s → no decision', (_, value) => {
    expect(decodeConsent(value)).toBeNull();
  });

  it('the checksum detects a one-character change', () => {
    expect(checksum('{"a":true}')).not.toBe(checksum('{"a":trve}'));
  });
});

describe('parent domains for cookie deletion', () => {
  it.each([
    ['www.example.no', ['www.example.no', 'example.no']],
    ['a.b.example.co.uk', ['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']],
    ['localhost', ['localhost']],
    ['127.0.0.1', ['127.0.0.1']],
  ])('%s', (host, expected) => {
    expect(domainsOf(host)).toEqual(expected);
  });
});
