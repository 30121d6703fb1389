// @vitest-environment happy-dom
// The guard's tracker rules from a notice it reads without the validator (early.ts imports the
// gate code, which needs DOM globals at load: hence happy-dom, though these tests touch no DOM).
import { describe, expect, it } from 'vitest';
import { matchTracker } from '../../src/widget/fast/trackers.js';
import { runtimeNotice as earlyConfig } from '../../src/widget/fast/notice.js';

describe('earlyConfig rules (the guard reads the notice unvalidated)', () => {
  const parts = (trackers: unknown[]) =>
    ({
      revision: 'r1',
      categories: { analytics: {} },
      services: [],
      cookie: { name: 'samtykke', expiresAfterDays: 180 },
      googleConsentMode: false,
      autoBlock: { trackers },
    }) as unknown as Parameters<typeof earlyConfig>[0];

  it('matches a notice tracker written with capitals, as the validator would lower-case it', () => {
    const { rules } = earlyConfig(parts([{ host: 'Stats.Example.COM', service: 'stats', category: 'analytics' }]), 'en');
    expect(matchTracker('https://cdn.stats.example.com/s.js', rules)?.service).toBe('stats');
  });

  it('throws on a tracker host that is no string, so the guard opens nothing', () => {
    expect(() => earlyConfig(parts([{ host: 42, service: 'stats', category: 'analytics' }]), 'en')).toThrow();
  });
});
