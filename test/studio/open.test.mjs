// samtykke studio opens notices without loss: each of the five demo notices, opened (from a file
// or pasted) and exported again, is the same JSON (with its stamp, SPEC §1); a `samtykke scan` draft's presets are
// expanded and its "$todo" notes shown; the work in progress survives a reload and can be cleared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStudio, launch, startStudio, ROOT } from './helpers.mjs';

const { hasValidStamp, RULES_EDITION } = await import('../../dist/audit-build/widget/notice/stamp.js');

const DEMOS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];

/** JSON with every object's keys sorted: equal strings mean equal notices, whatever the key order. */
const sorted = (value) =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted(value[key])]),
        )
      : value;
const canonical = (value) => JSON.stringify(sorted(value), null, 2);

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

async function exportNow(page) {
  await page.click('#export-button');
  await page.waitForSelector('#export-json');
  return page.inputValue('#export-json');
}

test('each demo notice, opened and exported again, is the same JSON', async () => {
  const { page, problems } = await openStudio(browser, studio.url);
  for (const [i, slug] of DEMOS.entries()) {
    const file = `${ROOT}demo/notices/${slug}.json`;
    const original = JSON.parse(readFileSync(file, 'utf8'));
    if (i % 2) {
      await page.fill('#open-paste', readFileSync(file, 'utf8'));
      await page.click('text=Open the pasted notice');
    } else await page.setInputFiles('#open-file', file);
    await page.waitForFunction(
      (name) => /** @type {HTMLInputElement} */ (document.querySelector('#f-controller-name'))?.value === name,
      original.controller.name,
    );
    assert.equal(await page.locator('#summary li.error').count(), 0, `${slug}: no errors`);
    const exported = await exportNow(page);
    // A valid notice is exported with its stamp (SPEC §1, validated ahead): the notice itself unchanged.
    const { validated, ...notice } = JSON.parse(exported);
    assert.equal(await hasValidStamp(JSON.parse(exported)), true, `${slug}: stamped`);
    assert.equal(validated.rules, RULES_EDITION);
    assert.equal(canonical(notice), canonical(original), `${slug}: the same notice`);
    assert.deepEqual(notice, original);
    // The export is in the schema's field order, as written by the studio.
    assert.deepEqual(Object.keys(JSON.parse(exported)).slice(0, 3), ['revision', 'language', 'controller']);
  }
  assert.deepEqual(problems, []);
});

test('a samtykke scan draft: presets are expanded, "$todo" notes shown and removable', async () => {
  const { page } = await openStudio(browser, studio.url);
  const draft = {
    $todo: 'A draft written by `samtykke scan`.',
    revision: '2026-12-02',
    controller: { $todo: 'Who is responsible: name, organisation number, contact.' },
    categories: { necessary: {}, analytics: { title: 'Statistikk' } },
    services: [
      { preset: 'google-analytics' },
      { id: 'site-cookie', $todo: 'Confirm this cookie is necessary.', cookies: [{ name: 'sid' }] },
    ],
  };
  await page.fill('#open-paste', JSON.stringify(draft));
  await page.click('text=Open the pasted notice');
  await page.waitForSelector('#f-services-0-id');
  assert.equal(await page.inputValue('#f-services-0-id'), 'google-analytics');
  assert.match(await page.locator('#service-0 .preset').innerText(), /google-analytics@\d+/);
  assert.match(await page.locator('#controller .todo').innerText(), /Who is responsible/);
  assert.match(await page.locator('#service-1 .todo').innerText(), /Confirm this cookie/);
  // The draft fails closed where scan left things open, and the error sits beside the field.
  assert.match(await page.locator('#f-services-1-category-problems').innerText(), /is required/);
  await page.click('#service-1 .todo button');
  assert.equal(await page.locator('#service-1 .todo').count(), 0);
  await page.click('#export-button');
  assert.match(await page.locator('#export-result').innerText(), /Export refused.*controller\.name/s);
  assert.equal(await page.locator('#export-json').count(), 0, 'no export while an error stands');
});

test('the work in progress is kept across a reload and can be cleared', async () => {
  const { page } = await openStudio(browser, studio.url);
  await page.fill('#f-controller-name', 'Lagret AS');
  await page.reload();
  await page.waitForSelector('#f-controller-name');
  assert.equal(await page.inputValue('#f-controller-name'), 'Lagret AS');
  await page.click('text=Start over (clears the saved draft)');
  assert.equal(await page.inputValue('#f-controller-name'), '');
  await page.reload();
  await page.waitForSelector('#f-controller-name');
  assert.equal(await page.inputValue('#f-controller-name'), '');
});
