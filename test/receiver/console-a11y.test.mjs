// The console is accessible (axe-core, WCAG 2.2 A/AA and best practice) in every view and in
// each of its languages (nb, nn, en), with dates and numbers as each language writes them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build, tempDir } from './helpers.mjs';
import { launch, seed, signIn, startConsole } from './console-helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let srv;
let browser;
let seeded;
before(async () => {
  await build();
  srv = await startConsole({ dataDir: tempDir() });
  seeded = await seed(srv.url);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

const HEADINGS = { en: 'Overview', nb: 'Oversikt', nn: 'Oversikt' };

for (const lang of ['nb', 'nn', 'en']) {
  test(`axe finds no violations in any view of the console (${lang})`, async () => {
    // axe-core is injected as a script: only for that is the CSP bypassed.
    const signedOut = await browser.newContext({ bypassCSP: true });
    const signInPage = await signedOut.newPage();
    await signInPage.goto(`${srv.admin}/controller/sign-in?lang=${lang}`);
    assert.equal(await signInPage.getAttribute('html', 'lang'), lang);
    assert.deepEqual(await violations(signInPage), [], `sign-in (${lang})`);
    await signInPage.fill('#token', 'not-the-token-0123456789');
    await signInPage.press('#token', 'Enter');
    await signInPage.waitForSelector('#sign-in-problem');
    assert.deepEqual(await violations(signInPage), [], `sign-in refused (${lang})`);
    await signedOut.close();

    const { page, context } = await signIn(browser, srv.admin, { bypassCSP: true, lang });
    assert.equal(await page.textContent('h1'), HEADINGS[lang]);
    const views = [
      '/controller/overview',
      `/controller/search?subject=${seeded.subject}`,
      '/controller/search?from=2020-01-01',
      `/controller/person?consentId=${seeded.person}`,
      `/controller/erase?consentId=${seeded.person}`,
      '/controller/chain',
      '/controller/audit',
      '/controller/no-such-page',
    ];
    for (const view of views) {
      await page.goto(`${srv.admin}${view}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, view);
      assert.deepEqual(await violations(page), [], `${view} (${lang})`);
    }
    await page.goto(`${srv.admin}/controller/chain`);
    await page.click('form[action="/controller/verify"] button');
    await page.waitForSelector('#verdict');
    assert.deepEqual(await violations(page), [], `chain after verify (${lang})`);
    for (const scheme of /** @type {const} */ (['dark'])) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${srv.admin}/controller/overview`);
      assert.deepEqual(await violations(page), [], `overview, ${scheme} (${lang})`);
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await context.close();
  });
}

test('dates, numbers and the date pickers follow the language', async () => {
  const { page, context } = await signIn(browser, srv.admin, { lang: 'nb' });
  assert.equal(await page.getAttribute('#from', 'type'), 'date');
  assert.equal(await page.getAttribute('#from', 'lang'), 'nb');
  // Norwegian writes a percent with a space before it, and the month in Norwegian.
  const analytics = await page.$$eval('#categories tbody tr', (/** @type {HTMLTableRowElement[]} */ rows) =>
    rows.map((r) => [...r.cells].map((c) => c.textContent)).find((cells) => cells[0] === 'analytics'),
  );
  assert.equal(analytics[3], '60\u00a0%');
  await page.goto(`${srv.admin}/controller/person?consentId=${seeded.person}`);
  const received = await page.textContent('dd[data-field="receivedAt"] time');
  const month = new Intl.DateTimeFormat('nb-NO', { month: 'short', timeZone: 'UTC' }).format(new Date());
  assert.ok(received.includes(month), `${received} has the Norwegian month ${month}`);
  // The switch goes to English and keeps the page.
  await page.click('nav.languages a[lang=en]');
  await page.waitForURL(/lang=en/);
  assert.match(await page.textContent('h1'), /^The receipts of /);
  await context.close();
});
