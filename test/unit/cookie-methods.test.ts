// The decision cookie knows every method a receipt may carry: the fast path keeps its own list
// (it imports nothing outside the widget), and this keeps it the same as receipt/schema.ts's.
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/receipt/schema.js';
import { decodeConsent, encodeConsent } from '../../src/widget/fast/cookie.js';
import type { Consent } from '../../src/widget/types.js';

const decision = (method: string): Consent => ({
  id: '2b1c8a5e-6f0d-4b6e-9a34-3f1e2d7c9b10',
  timestamp: '2026-11-22T10:00:00.000Z',
  revision: '2024-06-17',
  method: method as Consent['method'],
  categories: { necessary: true, analytics: method === 'accept-all' },
  services: {},
});

describe('the decision cookie and the receipt agree on the methods', () => {
  it.each(METHODS)('a decision made by %s is read back from its cookie', (method) => {
    expect(decodeConsent(encodeConsent(decision(method)))).toEqual(decision(method));
  });

  it('a method no receipt may carry is no decision', () => {
    expect(decodeConsent(encodeConsent(decision('implied')))).toBeNull();
  });
});
