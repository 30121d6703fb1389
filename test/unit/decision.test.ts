// The fixed order of a decision (decide/decision.ts, fast/controller.ts), with every effect a
// fake that writes to one log: cookie, page (gates, Consent Mode, events), other tabs, cleanup,
// receipt, reload. No browser: the order is logic.
import { describe, expect, it } from 'vitest';
import { makeDecision, cookiesToDelete, type DecisionContext } from '../../src/widget/decide/decision.js';
import { createController, type ControllerDeps } from '../../src/widget/fast/controller.js';
import { runtimeNotice, withValidatedText, type NoticeText } from '../../src/widget/fast/notice.js';
import type { Config, Consent } from '../../src/widget/types.js';

const parts: NoticeText = {
  revision: 'r1',
  language: 'en',
  controller: { name: 'Eksempel AS' },
  categories: { necessary: {}, analytics: {}, marketing: {} },
  services: [
    {
      id: 'google-analytics',
      category: 'analytics',
      legalBasis: 'consent',
      cookies: [{ name: '_ga' }, { name: '_ga_x', pattern: '^_ga_.+$' }],
    },
    { id: 'youtube', category: 'marketing', legalBasis: 'consent', cookies: [{ name: 'VISITOR_INFO1_LIVE' }] },
    { id: 'login', category: 'necessary', legalBasis: 'consent', cookies: [{ name: 'session' }] },
  ],
  cookie: { name: 'samtykke', domain: '', path: '/', sameSite: 'Lax', expiresAfterDays: 180 },
  googleConsentMode: { mode: 'basic', waitForUpdate: 500 },
  autoBlock: { trackers: [] },
  gpc: 'honor',
  reloadOnWithdraw: true,
  theme: 'auto',
};
const config = { ...parts, summary: undefined, purposes: [], rights: [], proof: { endpoint: '/p' } } as unknown as Config;
const notice = withValidatedText(runtimeNotice(parts, 'en'), config);
const NOW = Date.parse('2026-12-01T12:00:00Z');

/** A decision context whose every effect appends to `log`. */
function context(log: string[], over: Partial<DecisionContext> = {}): DecisionContext {
  let cookie: Consent | null = null;
  return {
    notice,
    previous: null,
    stored: null,
    method: 'accept-all',
    choices: {},
    provenance: { via: 'banner', userActivation: true },
    subject: null,
    apply: (next) => log.push(`apply ${next.method}`),
    tellOtherTabs: () => log.push('tabs'),
    receipts: async () => ({
      record: async (next, _previous, provenance) => {
        log.push(`receipt ${next.method} via ${provenance.via} activation ${provenance.userActivation}`);
        return null;
      },
    }),
    reload: () => log.push('reload'),
    now: () => NOW,
    io: {
      write: (c) => {
        cookie = c;
        log.push(`cookie ${c.method}`);
      },
      read: () => cookie,
      deleteCookies: (names, patterns) => log.push(`delete ${names.join(',')} ${patterns.map(String).join(',')}`),
      newId: () => '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10',
    },
    ...over,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('makeDecision', () => {
  it('writes the cookie, applies it, tells other tabs, then keeps the receipt', async () => {
    const log: string[] = [];
    const next = makeDecision(context(log));
    await settle();
    expect(next.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(log).toEqual(['cookie accept-all', 'apply accept-all', 'tabs', 'receipt accept-all via banner activation true']);
  });

  it("a withdrawal deletes the withdrawn services' cookies before the receipt, and reloads after it is kept", async () => {
    const log: string[] = [];
    const previous = makeDecision(context([]));
    makeDecision(context(log, { previous, method: 'withdraw', provenance: { via: 'dialog', userActivation: true } }));
    await settle();
    expect(log).toEqual([
      'cookie withdraw',
      'apply withdraw',
      'tabs',
      'delete _ga,VISITOR_INFO1_LIVE /^(?:_ga_.+)$/',
      'receipt withdraw via dialog activation true',
      'reload',
    ]);
  });

  it('keeps the consent id of a stale stored decision', () => {
    const stored = { ...makeDecision(context([])), id: '0d6f6b1e-4b5a-4c3e-8f2a-9b8c7d6e5f40', revision: 'old' };
    expect(makeDecision(context([], { stored })).id).toBe(stored.id);
  });

  it("never deletes a necessary service's cookies", () => {
    const previous = makeDecision(context([]));
    const next = makeDecision(context([], { previous, method: 'reject-all' }));
    expect(cookiesToDelete(config, ['analytics', 'marketing'], next).names).toEqual(['_ga', 'VISITOR_INFO1_LIVE']);
  });
});

describe('createController', () => {
  function deps(log: string[], stored: Consent | null = null): ControllerDeps {
    return {
      notice,
      decider: async () => ({
        notice,
        makeDecision: (c: DecisionContext) => {
          log.push(`decide ${c.method} via ${c.provenance.via} subject ${c.subject}`);
          const next = makeDecision({ ...context([]), method: c.method, previous: c.previous, choices: c.choices });
          c.apply(next, c.previous);
          return next;
        },
      }),
      readCookie: () => stored,
      scanGates: () => log.push('gates'),
      consentMode: {
        update: (c) => log.push(`consent-mode update ${c.categories.analytics}`),
        change: () => log.push('dataLayer change'),
      },
      emitChange: (d) => log.push(`event change ${d.changed.join(',')}`),
      tellOtherTabs: () => log.push('tabs'),
      receipts: async () => ({ record: async () => null }),
      now: () => NOW,
      reload: () => log.push('reload'),
    };
  }

  it('applies a decision in order: Consent Mode, gates, event, listeners', async () => {
    const log: string[] = [];
    const controller = createController(deps(log));
    controller.subscribe(() => log.push('listener'));
    controller.identify('ref-1');
    await controller.decide('api', { analytics: true }, { via: 'api', userActivation: false });
    expect(log).toEqual([
      'decide api via api subject ref-1',
      'consent-mode update true',
      'dataLayer change',
      'gates',
      'event change analytics,google-analytics,login',
      'listener',
    ]);
    expect(controller.granted('analytics')).toBe(true);
  });

  it('hands out frozen copies: changing one changes nothing', async () => {
    const controller = createController(deps([]));
    await controller.decide('reject-all', {}, { via: 'banner', userActivation: true });
    const copy = controller.current()!;
    expect(Object.isFrozen(copy) && Object.isFrozen(copy.categories) && Object.isFrozen(copy.services)).toBe(true);
    expect(() => {
      (copy.categories as Record<string, boolean>).analytics = true;
    }).toThrow();
    expect(controller.granted('analytics')).toBe(false);
  });

  it('runs decisions one after another, in the order asked', async () => {
    const log: string[] = [];
    const controller = createController(deps(log));
    await Promise.all([
      controller.decide('accept-all', {}, { via: 'banner', userActivation: true }),
      controller.decide('reject-all', {}, { via: 'dialog', userActivation: true }),
    ]);
    expect(log.filter((l) => l.startsWith('decide'))).toEqual([
      'decide accept-all via banner subject null',
      'decide reject-all via dialog subject null',
    ]);
    expect(controller.granted('analytics')).toBe(false);
  });

  it('records nothing when the validator refuses the notice', async () => {
    const log: string[] = [];
    const controller = createController({ ...deps(log), decider: () => Promise.reject(new Error('invalid')) });
    await expect(controller.decide('accept-all', {}, { via: 'banner', userActivation: true })).rejects.toThrow('invalid');
    expect(log).toEqual([]);
    expect(controller.current()).toBeNull();
  });
});
