// SPEC §5: a grant needs the visitor's own act. The public API and the pending one (before the
// notice is settled) in real Chromium, with real clicks and key presses (the test runner's
// sendMouse / sendKeys are browser input, so they give user activation) and with none (test
// code alone has none). The controller behind the API records what it is asked to decide.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createApi } from '../../src/widget/fast/api.js';
import type { Controller, Provenance } from '../../src/widget/fast/controller.js';
import { pendingApi } from '../../src/widget/fast/pending-api.js';
import type { Consent, Method } from '../../src/widget/types.js';

/** A controller that records each decision it is asked for (what the API must not ask for). */
function recordingController() {
  const decided: Array<{ method: Method; choices: Record<string, boolean>; provenance: Provenance }> = [];
  const controller = {
    current: () => null,
    stored: () => null,
    granted: () => false,
    async decide(method: Method, choices: Record<string, boolean>, provenance: Provenance) {
      decided.push({ method, choices, provenance });
      return { method } as Consent;
    },
    fromOtherTab() {},
    identify() {},
    subscribe: () => () => {},
  } satisfies Controller;
  const api = createApi({
    controller,
    ids: { categories: ['necessary', 'analytics', 'marketing'], services: ['youtube'] },
    show() {},
    history: async () => [],
  });
  return { api, decided };
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: Error) => `${e.name}: ${e.message}`,
  );

/** A button of the page's own consent form; `onClick` runs in its click handler. */
function pageButton(onClick: () => void): HTMLButtonElement {
  const button = document.body.appendChild(document.createElement('button'));
  button.textContent = 'Our own accept button';
  button.addEventListener('click', onClick);
  return button;
}

/** A real mouse click in the middle of `element`. */
async function realClick(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Transient activation lasts about five seconds in Chromium: waits until it has lapsed. */
async function activationLapsed(): Promise<void> {
  for (let i = 0; i < 80 && navigator.userActivation.isActive; i++) await new Promise((r) => setTimeout(r, 100));
  expect(navigator.userActivation.isActive).to.equal(false);
}

afterEach(() => document.querySelectorAll('button').forEach((b) => b.remove()));

describe('a grant needs the visitor (SPEC §5)', () => {
  it('without user activation, acceptAll() and a granting set() reject with NotAllowedError and ask for nothing', async () => {
    expect(navigator.userActivation.isActive).to.equal(false);
    const { api, decided } = recordingController();
    expect(await outcome(api.acceptAll())).to.match(
      /^NotAllowedError: samtykke\.acceptAll\(\): a grant needs the visitor's own click or key press/,
    );
    expect(await outcome(api.set({ marketing: true }))).to.match(/^NotAllowedError: samtykke\.set\(choices\)/);
    expect(await outcome(api.set({ analytics: false, youtube: true }))).to.match(/^NotAllowedError/);
    expect(decided).to.deep.equal([]);
    // An unknown id is still the TypeError it was.
    expect(await outcome(api.set({ nonexistent: true }))).to.match(/^TypeError: .*"nonexistent"/);
    expect(decided).to.deep.equal([]);
  });

  it('refusing and withdrawing need no activation', async () => {
    const { api, decided } = recordingController();
    expect(await outcome(api.rejectAll())).to.equal('resolved');
    expect(await outcome(api.set({ analytics: false, marketing: false }))).to.equal('resolved');
    expect(await outcome(api.withdraw())).to.equal('resolved');
    expect(decided.map((d) => [d.method, d.provenance.userActivation])).to.deep.equal([
      ['reject-all', false],
      ['api', false],
      ['withdraw', false],
    ]);
  });

  it("the page's own button: acceptAll() and set() in its click handler, or on a key press, are the visitor's", async () => {
    const { api, decided } = recordingController();
    let result: Promise<string> = Promise.resolve('not clicked');
    const button = pageButton(() => (result = outcome(api.acceptAll())));
    await realClick(button);
    expect(await result).to.equal('resolved');
    button.remove();
    const other = pageButton(() => (result = outcome(api.set({ marketing: true }))));
    other.focus();
    await sendKeys({ press: 'Enter' });
    expect(await result).to.equal('resolved');
    expect(decided.map((d) => [d.method, d.provenance])).to.deep.equal([
      ['accept-all', { via: 'api', userActivation: true }],
      ['api', { via: 'api', userActivation: true }],
    ]);
  });

  it("a script's click() on the page's button is no visitor's act", async () => {
    await activationLapsed();
    const { api, decided } = recordingController();
    let result: Promise<string> = Promise.resolve('not clicked');
    pageButton(() => (result = outcome(api.acceptAll()))).click();
    expect(await result).to.match(/^NotAllowedError/);
    expect(decided).to.deep.equal([]);
  });
});

describe('the pending API checks activation when it is called, not when the notice is settled', () => {
  it('a grant asked for without activation stays refused though the notice is settled during a click', async () => {
    await activationLapsed();
    const pending = pendingApi();
    const asked = outcome(pending.api.acceptAll());
    const { api, decided } = recordingController();
    await realClick(pageButton(() => pending.settle(api)));
    expect(await asked).to.match(/^NotAllowedError/);
    expect(decided).to.deep.equal([]);
  });

  it("a grant asked for in the visitor's click still counts when the notice is settled after the activation lapsed", async () => {
    const pending = pendingApi();
    let asked: Promise<string> = Promise.resolve('not clicked');
    await realClick(pageButton(() => (asked = outcome(pending.api.set({ analytics: true })))));
    await activationLapsed();
    const { api, decided } = recordingController();
    pending.settle(api);
    expect(await asked).to.equal('resolved');
    expect(decided.map((d) => d.provenance.userActivation)).to.deep.equal([true]);
  });
});

describe('a browser without navigator.userActivation (Safari before 16.4, Firefox before 120)', () => {
  let descriptor: PropertyDescriptor | undefined;
  before(() => {
    descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'userActivation');
    delete (Navigator.prototype as { userActivation?: unknown }).userActivation;
  });
  after(() => Object.defineProperty(Navigator.prototype, 'userActivation', descriptor!));

  it("grants only while the browser dispatches the visitor's own click or key press", async () => {
    expect('userActivation' in navigator).to.equal(false);
    const { api, decided } = recordingController();
    // No event at all (a timer, a script on load): refused.
    expect(await outcome(api.acceptAll())).to.match(/^NotAllowedError/);
    // A script's click(): an untrusted event, refused.
    let result: Promise<string> = Promise.resolve('not clicked');
    const button = pageButton(() => (result = outcome(api.acceptAll())));
    button.click();
    expect(await result).to.match(/^NotAllowedError/);
    // A scroll handler: a trusted event, but no click or key press.
    result = Promise.resolve('no scroll event');
    document.body.style.height = '4000px';
    addEventListener('scroll', () => (result = outcome(api.set({ marketing: true }))), { once: true });
    await sendMouse({ type: 'move', position: [10, 10] });
    scrollTo(0, 200);
    await new Promise((r) => setTimeout(r, 200));
    expect(await result).to.match(/^NotAllowedError/);
    document.body.style.height = '';
    expect(decided).to.deep.equal([]);
    // The visitor's real click: granted, and the receipt says so.
    await realClick(button);
    expect(await result).to.equal('resolved');
    expect(decided.map((d) => [d.method, d.provenance.userActivation])).to.deep.equal([['accept-all', true]]);
  });
});
