// SPEC §2, what already runs cannot phone home: a first-party script (or a tracker's code that
// ran before a withdrawal) that sends to a known tracker through fetch, XMLHttpRequest,
// navigator.sendBeacon, an image pixel or <a ping> is refused until that tracker's consent is
// granted. One test per channel: refused before any decision, after Reject all and with only
// another category granted; sent once the tracker's own category is granted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newPage, closeBrowser } from './harness.mjs';

let server;
before(async () => (server = await startServer()));
after(async () => {
  await closeBrowser();
  await server.close();
});

/** Requests of one call, by the mark in its URL (?ch=…). */
const marked = (requests, mark) => requests.filter((u) => u.includes('ch=' + mark));

const CHANNELS = ['fetch', 'xhr', 'beacon', 'image', 'img-attribute', 'ping'];

for (const channel of CHANNELS) {
  test(`${channel}: refused before consent, after Reject all and with only marketing granted; sent once analytics is granted`, async () => {
    const { page, context } = await newPage();
    // Every request the page makes that reaches the network layer (a refused one never does).
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.origin}/test/e2e/pages/channels.html`);
    await page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
    const phone = (step) => page.evaluate(([c, s]) => window.phone(c, c + '-' + s), [channel, step]);

    const answers = { before: await phone('before') };
    await page.evaluate(() => window.samtykke.rejectAll());
    answers.rejected = await phone('rejected');
    await page.evaluate(() => window.samtykke.set({ marketing: true }));
    answers.other = await phone('other');
    await page.evaluate(() => window.samtykke.set({ analytics: true }));
    answers.granted = await phone('granted');
    const firstPartyPings = () => requests.filter((u) => u.endsWith('empty.html?first-party-ping')).length;
    const arrived = () => marked(requests, `${channel}-granted`).length && (channel !== 'ping' || firstPartyPings() === 4);
    const deadline = Date.now() + 5000;
    while (!arrived() && Date.now() < deadline) await page.waitForTimeout(100);
    // The refused calls had as long as the granted one (and longer) to show up.
    for (const step of ['before', 'rejected', 'other'])
      assert.deepEqual(marked(requests, `${channel}-${step}`), [], `${channel} ${step}: refused`);
    assert.equal(marked(requests, `${channel}-granted`).length, 1, `${channel} granted: sent once`);
    if (['fetch', 'xhr'].includes(channel)) {
      // Told as a blocked request is told: fetch rejects with a TypeError, XHR fires error.
      assert.deepEqual(
        [answers.before, answers.granted],
        [channel === 'fetch' ? 'refused: TypeError' : 'refused: error', 'sent'],
      );
    }
    if (channel === 'beacon') assert.deepEqual([answers.before, answers.granted], ['refused: false', 'sent']);
    if (channel === 'ping') {
      // The link's first-party ping goes every time: only the tracker's is taken off.
      assert.equal(firstPartyPings(), 4);
    }
    await context.close();
  });
}
