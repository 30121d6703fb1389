// Gates under a framework (SPEC §2, "Elements added to the DOM later (by frameworks, SPAs)"): a
// framework keeps references to the nodes it created and removes them itself later, so
// activation must leave those nodes in place. A framework-free mount → activate → unmount →
// remount loop, the way React, Vue or Svelte drive the DOM: no error, one run per mount.
import { expect } from '@open-wc/testing';
import { createGates, type Gates } from '../../src/widget/fast/gate.js';
import { parseTrackers } from '../../src/widget/fast/trackers.js';

declare global {
  interface Window {
    __mounts: string[];
  }
}

const grantedSet = new Set<string>();
let gates: Gates;
const errors: unknown[] = [];
const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);

const until = async (fn: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 50));

/** What a framework's render does: creates its own nodes and appends them. */
function mount(
  container: Element,
  round: number,
): { inline: HTMLScriptElement; external: HTMLScriptElement; iframe: HTMLIFrameElement } {
  const inline = document.createElement('script');
  inline.type = 'text/plain';
  inline.setAttribute('data-consent', 'analytics');
  inline.text = `window.__mounts.push('inline-${round}')`;
  const external = document.createElement('script');
  external.type = 'text/plain';
  external.setAttribute('data-consent', 'analytics');
  external.setAttribute('data-src', `/test/browser/fixtures/mount.js?round=${round}`);
  const iframe = document.createElement('iframe');
  iframe.setAttribute('data-consent', 'analytics');
  iframe.setAttribute('data-src', 'about:blank');
  container.append(inline, external, iframe);
  return { inline, external, iframe };
}

/** What a framework's unmount does: removes exactly the nodes it created, from their parent. */
function unmount(container: Element, nodes: Element[]): void {
  for (const node of nodes) container.removeChild(node); // throws NotFoundError if a node was swapped out
}

before(() => {
  gates = createGates({ granted: (c) => grantedSet.has(c), rules: parseTrackers() });
  window.addEventListener('error', onError);
});
after(() => window.removeEventListener('error', onError));
beforeEach(() => {
  window.__mounts = [];
  errors.length = 0;
  grantedSet.clear();
  document.body.replaceChildren();
});

describe('gates in a framework-managed tree', () => {
  it('activate without taking the framework’s nodes away: mount, activate, unmount, remount, five times', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    grantedSet.add('analytics');
    for (let round = 1; round <= 5; round++) {
      const { inline, external, iframe } = mount(container, round);
      await until(() => window.__mounts.filter((m) => m.endsWith(`-${round}`)).length === 2);
      // The framework's own nodes are still where it put them.
      expect(inline.parentNode).to.equal(container);
      expect(external.parentNode).to.equal(container);
      expect(iframe.getAttribute('src')).to.equal('about:blank');
      unmount(container, [inline, external, iframe]);
      await settle();
      // The live copies went with their gates: nothing of this mount is left.
      expect(container.children.length).to.equal(0);
    }
    expect(window.__mounts).to.deep.equal([1, 2, 3, 4, 5].flatMap((r) => [`inline-${r}`, `external-${r}`]));
    expect(errors).to.deep.equal([]);
  });

  it('leave the activated form first in document order: the live script with its src, id and attributes', async () => {
    grantedSet.add('analytics');
    const container = document.body.appendChild(document.createElement('div'));
    const { external } = mount(container, 7);
    external.id = 'tag';
    await until(() => window.__mounts.includes('external-7'));
    const live = document.getElementById('tag') as HTMLScriptElement;
    expect(live).to.not.equal(external);
    expect(live.getAttribute('src')).to.equal('/test/browser/fixtures/mount.js?round=7');
    expect(live.getAttribute('type')).to.equal(null);
    expect(live.nextElementSibling).to.equal(external);
    expect(document.querySelectorAll('[id="tag"]')).to.have.length(1);
    expect(document.querySelectorAll('script[data-consent]')).to.have.length(2, 'the live copies only'); // inline-7 and external-7
    // The inert one stays inert: re-scanning or re-inserting it runs nothing again.
    expect(external.getAttribute('type')).to.equal('text/plain');
    container.append(external);
    await gates.scan();
    await settle();
    expect(window.__mounts.filter((m) => m === 'external-7' || m === 'inline-7')).to.deep.equal(['inline-7', 'external-7']);
  });

  it('a gate that is moved (a keyed list reordered) keeps its live copy and does not run again', async () => {
    grantedSet.add('analytics');
    const container = document.body.appendChild(document.createElement('div'));
    const first = document.body.appendChild(document.createElement('p'));
    const { inline } = mount(container, 8);
    await until(() => window.__mounts.includes('inline-8'));
    const live = inline.previousElementSibling!;
    document.body.insertBefore(container, first); // a move: removed and added in one task
    await settle();
    expect(live.isConnected).to.equal(true);
    expect(window.__mounts.filter((m) => m === 'inline-8')).to.have.length(1);
  });

  it('stay inert while refused, and run once per mount after consent arrives', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    const first = mount(container, 1);
    await gates.scan();
    await settle();
    expect(window.__mounts).to.deep.equal([]);
    unmount(container, [first.inline, first.external, first.iframe]);
    const second = mount(container, 2);
    grantedSet.add('analytics');
    await gates.scan();
    await until(() => window.__mounts.length === 2);
    await settle();
    expect(window.__mounts).to.deep.equal(['inline-2', 'external-2']);
    unmount(container, [second.inline, second.external, second.iframe]);
    expect(errors).to.deep.equal([]);
  });
});
