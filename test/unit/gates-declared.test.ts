// What the gates ask a trusted notice (SPEC §2, issue 23): a gate opens only for a category the
// notice has and, when it names one, a service the notice declares; a known tracker tagged
// necessary is held in the category the notice files its service under.
import { describe, expect, it } from 'vitest';
import { declaredBy } from '../../src/widget/fast/gate.js';
import { runtimeNotice, readNotice } from '../../src/widget/fast/notice.js';

const notice = runtimeNotice(
  readNotice(
    JSON.stringify({
      revision: '1',
      controller: { name: 'Eksempel AS' },
      categories: { statistikk: {}, marketing: {} },
      services: [
        { id: 'google-analytics', category: 'statistikk' },
        { id: 'session', category: 'necessary' },
        // In a category the notice does not have: never declared.
        { id: 'hotjar', category: 'analytics' },
      ],
    }),
  )!,
  'en',
);
const { declared, categoryOf } = declaredBy(notice);

describe('declaredBy', () => {
  it('declares the notice’s categories, necessary included, and a gate with no service needs only its category', () => {
    expect(declared('necessary')).toBe(true);
    expect(declared('statistikk')).toBe(true);
    expect(declared('marketing')).toBe(true);
    expect(declared('analytics')).toBe(false);
  });

  it('a gate that names a service needs the service declared too', () => {
    expect(declared('statistikk', 'google-analytics')).toBe(true);
    expect(declared('necessary', 'session')).toBe(true);
    expect(declared('marketing', 'youtube')).toBe(false);
    expect(declared('analytics', 'hotjar')).toBe(false);
  });

  it('is not fooled by names every object has', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(declared('marketing', name), name).toBe(false);
      expect(categoryOf(name), name).toBeUndefined();
      expect(declared(name), name).toBe(false);
    }
  });

  it('gives the category the notice files a service under', () => {
    expect(categoryOf('google-analytics')).toBe('statistikk');
    expect(categoryOf('session')).toBe('necessary');
    expect(categoryOf('meta-pixel')).toBeUndefined();
  });
});
