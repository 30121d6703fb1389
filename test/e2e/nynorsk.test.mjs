// A Nynorsk visitor reads no English (issue 12, SPEC §8): each customer demo's nn page, rendered
// in Chromium (which has no Nynorsk locale data), first layer and second layer, before and after
// a decision. The text read is what the visitor meets: every open shadow root's text, and the
// accessible names and tooltips (aria-label, title) a screen reader or a mouse would show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoSite, listen } from '../../scripts/static.mjs';
import { newPage, closeBrowser } from './harness.mjs';

const SLUGS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];

/**
 * Proper names a Nynorsk text may contain although they are English words: names of frameworks,
 * products and signals, not the widget's words. They are cut out before the check.
 */
const NAMES = [
  /Global Privacy Control/g,
  /EU[–-]US Data Privacy Framework/g,
  /Data Privacy Framework/g,
  /Google Analytics( 4)?/g,
];

/**
 * English words, and the parts of an English date, that a Nynorsk page must not show (not "for"
 * or "to", which are Nynorsk words too).
 */
const ENGLISH_WORDS = [
  'and',
  'or',
  'the',
  'of',
  'your',
  'you',
  'with',
  'Accept',
  'Reject',
  'Choose',
  'Save',
  'Close',
  'Allow',
  'Necessary',
  'Statistics',
  'Analytics',
  'Marketing',
  'Profiling',
  'Privacy',
  'Cookies',
  'cookies',
  'Always',
  'Provider',
  'Purpose',
  'Retention',
  'Recipients',
  'Rights',
  'Controller',
  'Services',
  'Earlier',
  'decisions',
  'Date',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
const ENGLISH = new RegExp(`\\b(${[...ENGLISH_WORDS, ...MONTHS, 'AM', 'PM'].join('|')})\\b`, 'g');
/** A date as nb/nn write it ("1. des. 2026"); the time has no AM/PM. */
const NORWEGIAN_DATE = /\b\d{1,2}\. (jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)[a-z]*\.? \d{4}\b/;

/** The English words in `text` (after cutting out NAMES), with some context each. */
function englishIn(text) {
  let rest = text;
  for (const name of NAMES) rest = rest.replace(name, ' ');
  return [...rest.matchAll(ENGLISH)].map((m) => `"${m[0]}" in …${rest.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
}

/** Everything the visitor can read in samtykke's shadow roots (open ones, nested too). */
function visibleText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attribute of ['aria-label', 'title', 'alt'])
          if (el.hasAttribute(attribute)) parts.push(el.getAttribute(attribute));
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.textContent);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/** Opens every <details> in samtykke's shadow roots (services, history), so their text is read too. */
function openAllDetails(page) {
  return page.evaluate(() => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'details') el.open = true;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
  });
}

let origin;
let server;
before(async () => {
  server = createDemoSite((req, res) => res.writeHead(201).end('{}'));
  origin = await listen(server);
});
after(async () => {
  await closeBrowser();
  await new Promise((ok) => server.close(ok));
});

for (const slug of SLUGS) {
  test(`${slug} (nn): no English word or date on either layer, before and after a decision`, async () => {
    const { page, context } = await newPage();
    try {
      await page.goto(`${origin}/${slug}/nn.html`);
      const choose = page.getByRole('button', { name: 'Tilpass', exact: true });
      await choose.waitFor();
      const firstLayer = await visibleText(page);
      assert.match(firstLayer, /Godta alle/);
      assert.match(firstLayer, /Du kan når som helst endre valet ditt under «Personvernval»\./);
      assert.deepEqual(englishIn(firstLayer), [], 'first layer');

      await choose.click();
      await page.getByRole('dialog').waitFor();
      await openAllDetails(page);
      const secondLayer = await visibleText(page);
      assert.match(secondLayer, /Lagre val/);
      assert.deepEqual(englishIn(secondLayer), [], 'second layer');

      // A decision, then the choices again: the decision's date and the history in Norwegian.
      await page.getByRole('dialog').getByRole('button', { name: 'Avvis alle', exact: true }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      // The widget's re-open control, or the page's own data-samtykke-open button: both say so.
      await page.getByRole('button', { name: 'Personvernval', exact: true }).first().click();
      await page
        .getByRole('dialog')
        .getByText(/Tidlegare val \(1\)/)
        .waitFor();
      await openAllDetails(page);
      const afterDecision = await visibleText(page);
      assert.match(afterDecision, NORWEGIAN_DATE, 'the decision date in Norwegian');
      assert.match(afterDecision, /Avviste alle/);
      assert.deepEqual(englishIn(afterDecision), [], 'after a decision');
    } finally {
      await context.close();
    }
  });
}
