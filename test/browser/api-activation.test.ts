// SPEC §5: a grant needs the visitor's own act. The headless widget (`samtykke/core`: the real
// API, controller, validator and decision maker) and the pending API (before the notice is
// settled) in real Chromium, with real clicks and key presses (the test runner's sendMouse and
// sendKeys are browser input, so they give user activation) and with none (test code alone has
// none). A gated script of the page tells whether anything was granted.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { init } from '../../src/widget/core.js';
import { pendingApi } from '../../src/widget/fast/pending-api.js';

declare global {
  interface Window {
    __ran: string[];
  }
}

const api = init({
  revision: '1',
  language: 'en',
  controller: { name: 'Eksempel AS', email: 'personvern@eksempel.test' },
  categories: { analytics: {}, marketing: {} },
  googleConsentMode: false,
  reloadOnWithdraw: false,
});
const ready = new Promise((resolve) => api.on('ready', resolve));

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
  for (let i = 0; i < 80 && navigator.userActivation?.isActive; i++) await new Promise((r) => setTimeout(r, 100));
  expect(navigator.userActivation?.isActive ?? false).to.equal(false);
}

/** A gated marketing script, inert until marketing is granted. */
function gatedScript(): void {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.setAttribute('data-consent', 'marketing');
  script.text = "window.__ran.push('marketing')";
  document.body.append(script);
}

/** The decision cookie's method, or null. */
const cookieMethod = () => api.get()?.method ?? null;

before(async () => {
  window.__ran = [];
  await ready;
  gatedScript();
});
beforeEach(async () => {
  document.querySelectorAll('button').forEach((b) => b.remove());
  await api.rejectAll(); // a refusal needs no activation: each test starts refused
});

describe('a grant needs the visitor (SPEC §5)', () => {
  it('without user activation, acceptAll() and a granting set() reject with NotAllowedError and record nothing', async () => {
    await activationLapsed();
    const before = api.get();
    expect(await outcome(api.acceptAll())).to.match(
      /^NotAllowedError: samtykke: a grant \(accept-all\) needs the visitor's own click or key press/,
    );
    expect(await outcome(api.set({ marketing: true }))).to.match(/^NotAllowedError: samtykke: a grant \(api\)/);
    expect(await outcome(api.set({ analytics: false, marketing: true }))).to.match(/^NotAllowedError/);
    expect(api.get()).to.deep.equal(before);
    expect(api.granted('marketing')).to.equal(false);
    expect(window.__ran).to.deep.equal([]);
    // An unknown id is still the TypeError it was.
    expect(await outcome(api.set({ nonexistent: true }))).to.match(/^TypeError: .*"nonexistent"/);
  });

  it('refusing and withdrawing need no activation', async () => {
    await activationLapsed();
    expect(await outcome(api.set({ analytics: false, marketing: false }))).to.equal('resolved');
    expect(cookieMethod()).to.equal('api');
    expect(await outcome(api.withdraw())).to.equal('resolved');
    expect(cookieMethod()).to.equal('withdraw');
    expect(await outcome(api.rejectAll())).to.equal('resolved');
    expect(cookieMethod()).to.equal('reject-all');
  });

  it("a script's click() on the page's button is no visitor's act", async () => {
    await activationLapsed();
    let result: Promise<string> = Promise.resolve('not clicked');
    pageButton(() => (result = outcome(api.acceptAll()))).click();
    expect(await result).to.match(/^NotAllowedError/);
    expect(cookieMethod()).to.equal('reject-all');
  });

  it("the page's own button: set() in its click handler, or acceptAll() on a key press, is the visitor's", async () => {
    let result: Promise<string> = Promise.resolve('not clicked');
    await realClick(pageButton(() => (result = outcome(api.set({ analytics: true })))));
    expect(await result).to.equal('resolved');
    expect(api.granted('analytics')).to.equal(true);
    expect(api.granted('marketing')).to.equal(false);
    const other = pageButton(() => (result = outcome(api.acceptAll())));
    other.focus();
    await sendKeys({ press: 'Enter' });
    expect(await result).to.equal('resolved');
    expect(cookieMethod()).to.equal('accept-all');
    expect(window.__ran).to.deep.equal(['marketing']);
    window.__ran = [];
    gatedScript(); // inert again after beforeEach's refusal
  });
});

describe('the pending API checks activation when it is called, not when the notice is settled', () => {
  it('a grant asked for without activation stays refused though the notice is settled during a click', async () => {
    await activationLapsed();
    const pending = pendingApi();
    const asked = outcome(pending.api.acceptAll());
    await realClick(pageButton(() => pending.settle(api)));
    expect(await asked).to.match(/^NotAllowedError/);
    expect(cookieMethod()).to.equal('reject-all');
  });

  it("a grant asked for in the visitor's click still counts when the notice is settled after the activation lapsed", async () => {
    const pending = pendingApi();
    let asked: Promise<string> = Promise.resolve('not clicked');
    await realClick(pageButton(() => (asked = outcome(pending.api.set({ analytics: true })))));
    await activationLapsed();
    pending.settle(api);
    expect(await asked).to.equal('resolved');
    expect(api.granted('analytics')).to.equal(true);
  });

  it('identify() refuses personal data at once, before the notice is settled', () => {
    const pending = pendingApi();
    expect(() => pending.api.identify('kari@example.no')).to.throw(TypeError, /e-mail address/);
    expect(() => pending.api.identify('010190 12345')).to.throw(TypeError, /fødselsnummer/);
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
    scrollTo(0, 200);
    await new Promise((r) => setTimeout(r, 200));
    expect(await result).to.match(/^NotAllowedError/);
    document.body.style.height = '';
    scrollTo(0, 0);
    expect(cookieMethod()).to.equal('reject-all');
    // The visitor's real click: granted.
    await realClick(button);
    expect(await result).to.equal('resolved');
    expect(cookieMethod()).to.equal('accept-all');
  });
});
