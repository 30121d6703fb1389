// The notice parsed once (fast/notice.ts): every setting a part acts on is a named field of the
// runtime notice, its default filled in there, whether the notice was read leniently (no
// validator) or validated; the validated text joins the same settings rather than a second route.
import { describe, expect, it } from 'vitest';
import { readNotice, runtimeNotice, withValidatedText } from '../../src/widget/fast/notice.js';
import { validate } from '../../src/widget/notice/config.js';

const minimal = {
  revision: '1',
  controller: { name: 'Eksempel AS' },
  categories: { analytics: { title: 'Statistikk' } },
};

describe('runtimeNotice', () => {
  it('fills every setting’s default once, from a lenient reading and from the validator alike', () => {
    const validated = validate(minimal).config!;
    for (const text of [readNotice(JSON.stringify(minimal))!, validated]) {
      const notice = runtimeNotice(text, 'nn');
      expect({
        language: notice.language,
        theme: notice.theme,
        honoursGpc: notice.honoursGpc,
        reloadOnWithdraw: notice.reloadOnWithdraw,
        proofEndpoint: notice.proofEndpoint,
        frames: notice.frames,
        expiresAfterDays: notice.expiresAfterDays,
        cookie: notice.cookie.name,
        consentMode: notice.consentMode,
      }).toEqual({
        language: 'nn',
        theme: 'auto',
        honoursGpc: true,
        reloadOnWithdraw: true,
        proofEndpoint: undefined,
        frames: undefined,
        expiresAfterDays: 180,
        cookie: 'samtykke',
        consentMode: { mode: 'basic', waitForUpdate: 500 },
      });
      expect(notice.text).toBe(text);
    }
  });

  it('carries what the notice says, under the names the parts read', () => {
    const text = readNotice(
      JSON.stringify({
        ...minimal,
        theme: 'dark',
        gpc: 'ignore',
        reloadOnWithdraw: false,
        proof: { endpoint: '/samtykke/proof' },
        cookie: { expiresAfterDays: 30 },
        googleConsentMode: false,
        autoBlock: { frames: ['js.stripe.com'] },
      }),
    )!;
    const notice = runtimeNotice(text, 'en');
    expect([notice.theme, notice.honoursGpc, notice.reloadOnWithdraw, notice.proofEndpoint]).toEqual([
      'dark',
      false,
      false,
      '/samtykke/proof',
    ]);
    expect([notice.expiresAfterDays, notice.consentMode, notice.frames]).toEqual([30, false, ['js.stripe.com']]);
  });
});

describe('withValidatedText', () => {
  it('keeps the settings read once and puts the validated Config in as the text', () => {
    const config = validate(minimal).config!;
    const lenient = runtimeNotice(readNotice(JSON.stringify(minimal))!, 'nb');
    const validated = withValidatedText(lenient, config);
    expect(validated.text).toBe(config);
    expect(validated.language).toBe('nb');
    expect(validated.rules).toBe(lenient.rules);
    expect(lenient.text).not.toBe(config); // the trusted notice itself is not changed
  });

  it('is the notice itself when it was made from that Config', () => {
    const config = validate(minimal).config!;
    const notice = runtimeNotice(config, 'en');
    expect(withValidatedText(notice, config)).toBe(notice);
  });
});
