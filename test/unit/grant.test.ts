// Pure rules about people (SPEC §5): which decisions need the visitor's activation
// (decide/grant.ts), and which identify() subjects are personal data (fast/api.ts).
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { refuseUnaskedGrant } from '../../src/widget/decide/grant.js';
import { checkSubject } from '../../src/widget/fast/api.js';
import type { Method, Via } from '../../src/widget/types.js';

describe('refuseUnaskedGrant', () => {
  const cases: Array<[Method, Record<string, boolean>, Via, boolean, boolean]> = [
    // method, choices, via, userActivation, refused
    ['accept-all', {}, 'api', false, true],
    ['api', { marketing: true }, 'api', false, true],
    ['api', { analytics: false, marketing: true }, 'api', false, true],
    ['custom', { analytics: true }, 'api', false, true], // a script's click() on the dialog's Save
    ['accept-all', {}, 'api', true, false],
    ['api', { marketing: true }, 'api', true, false],
    ['api', { analytics: false, marketing: false }, 'api', false, false],
    ['reject-all', {}, 'api', false, false],
    ['withdraw', {}, 'api', false, false],
    ['gpc', {}, 'browser', false, false],
    // The widget's own trusted clicks (in a browser without navigator.userActivation they
    // report no activation: their shadow-root listeners see no window.event).
    ['accept-all', {}, 'banner', false, false],
    ['custom', { analytics: true }, 'dialog', false, false],
    ['api', { youtube: true }, 'placeholder', false, false],
  ];
  for (const [method, choices, via, userActivation, refused] of cases) {
    it(`${method} ${JSON.stringify(choices)} via ${via}, activation ${userActivation}: ${refused ? 'refused' : 'allowed'}`, () => {
      const ask = () => refuseUnaskedGrant(method, choices, { via, userActivation });
      if (refused) expect(ask).toThrow(expect.objectContaining({ name: 'NotAllowedError' }));
      else expect(ask).not.toThrow();
    });
  }
});

describe('identify(): checkSubject', () => {
  it.each(['kari@example.no', 'mailto:ola.nordmann@firma.no', '@'])('refuses the e-mail address %j', (subject) => {
    expect(() => checkSubject(subject)).toThrow(/e-mail address/);
  });
  it.each(['01019012345', '010190 12345', '010190-12345', '010190.12345', 'fnr:01019012345', 'kunde 41019012345 (D-nummer)'])(
    'refuses the fødselsnummer %j',
    (subject) => expect(() => checkSubject(subject)).toThrow(/fødselsnummer/),
  );
  it('does not repeat the subject in its message (that would put it in logs)', () => {
    expect(() => checkSubject('01019012345')).toThrow(expect.not.objectContaining({ message: expect.stringContaining('0101') }));
  });
  it.each([null, 'customer-4711', 'hmac:4f2a9c', '1234567890', '+47 912 34 567', randomUUID()])('takes %j', (subject) => {
    expect(() => checkSubject(subject)).not.toThrow();
  });
  it('takes every keyed hash in hex, though a quarter of them hold eleven digits in a row', () => {
    let withLongRuns = 0;
    for (let i = 0; i < 2000; i++) {
      const hash = createHmac('sha256', 'site key').update(randomBytes(8)).digest('hex');
      if (/\d{11}/.test(hash)) withLongRuns += 1;
      expect(() => checkSubject(`hmac:${hash}`)).not.toThrow();
    }
    expect(withLongRuns).toBeGreaterThan(100); // the case is really exercised
  });
  it('refuses what is not a string of at most 256 characters', () => {
    expect(() => checkSubject(42)).toThrow(TypeError);
    expect(() => checkSubject('x'.repeat(257))).toThrow(/256/);
  });
});
