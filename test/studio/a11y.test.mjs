// samtykke studio is accessible in its main states (axe-core, WCAG 2.2 A/AA rules): a new notice
// with its errors, a full notice with the export shown, a refused export, the Norwegian
// interface, dark mode, and the preview in its other views. And it is usable by keyboard: the
// error summary's links move focus to the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, openStudio, startStudio, ROOT } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let studio;
let browser;
before(async () => {
  studio = await startStudio();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await studio?.close();
});

/** axe's violations on the studio page (not inside the preview frame: that is the widget's own, tested with it). */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      iframes: false,
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

test("axe finds no violations in the studio's main states", async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, context } = await openStudio(browser, studio.url, { bypassCSP: true });
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await violations(page), [], `a new notice (${scheme})`);

    await page.click('#export-button');
    await page.waitForSelector('#export-result.refused');
    assert.deepEqual(await violations(page), [], `export refused (${scheme})`);

    await page.fill('#open-paste', readFileSync(`${ROOT}demo/notices/mestergruppen-eiendom.json`, 'utf8'));
    await page.click('text=Open the pasted notice');
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.querySelector('#f-controller-name'))?.value);
    await page.fill('#catalogue-search', 'analytics');
    await page.click('#export-button');
    await page.waitForSelector('#export-json');
    assert.deepEqual(await violations(page), [], `a full notice, search hits, export shown (${scheme})`);

    await page.selectOption('#interface-language', 'nb');
    await page.locator('fieldset.toggle', { hasText: 'Visning' }).getByLabel('Andre lag').check();
    await page.locator('fieldset.toggle', { hasText: 'Bredde' }).getByLabel('1280 px').check();
    assert.deepEqual(await violations(page), [], `Norwegian interface, second layer, 1280 px (${scheme})`);
    await context.close();
  }
});

test('by keyboard: the error summary links to the field, which then has focus', async () => {
  const { page, context } = await openStudio(browser, studio.url);
  const link = page.locator('#summary a', { hasText: 'controller.name' });
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-controller-name');
  await page.keyboard.type('Tastatur AS');
  assert.equal(await page.locator('#summary li.error').count(), 0);
  // The catalogue search and its "Add" button work from the keyboard too.
  await page.focus('#catalogue-search');
  await page.keyboard.type('hotjar');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#f-services-0-id');
  assert.equal(await page.inputValue('#f-services-0-id'), 'hotjar');
  await context.close();
});
