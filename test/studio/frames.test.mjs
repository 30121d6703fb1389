// The frame policy in samtykke studio (issue #26, point 3): a notice (a scan draft) with
// "autoBlock": { "frames": [...] } shows its hosts; by keyboard the owner adds a host, sees the
// validator name a bad one by its path, removes it, and turns the policy off and on; the export
// carries the list. Accessible (axe-core) with the list shown, in English and Norwegian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openStudio, launch, startStudio, ROOT } from './helpers.mjs';

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

const NOTICE = {
  ...JSON.parse(readFileSync(`${ROOT}demo/notices/vestbo.json`, 'utf8')),
  autoBlock: { frames: ['js.stripe.com'] },
};

async function open(page, notice) {
  await page.fill('#open-paste', JSON.stringify(notice));
  await page.click('text=Open the pasted notice');
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.querySelector('#f-controller-name'))?.value);
}

async function exported(page) {
  await page.click('#export-button');
  await page.waitForSelector('#export-json');
  return JSON.parse(await page.inputValue('#export-json'));
}

test('the frame list: shown, edited by keyboard, a bad host named by its path, exported', async () => {
  const { page, context, problems } = await openStudio(browser, studio.url);
  await open(page, NOTICE);
  const policy = page.getByRole('switch', { name: /autoBlock\.frames: Frame policy/ });
  assert.equal(await policy.isChecked(), true);
  assert.equal(await page.getByLabel('Host 1', { exact: true }).inputValue(), 'js.stripe.com');

  // Add a host from the keyboard: the new field has focus.
  await page.getByRole('button', { name: 'Add a host' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'f-autoBlock-frames-1');
  await page.keyboard.type('*.typeform.com');
  // A host the validator refuses: named by its path, beside its field.
  await page.getByRole('button', { name: 'Add a host' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-autoBlock-frames-2');
  await page.keyboard.type('https://booking.example/widget');
  await page.waitForSelector('#summary li.error');
  assert.match(await page.locator('#summary').innerText(), /autoBlock\.frames\[2\]/);
  assert.equal(await page.getAttribute('#f-autoBlock-frames-2', 'aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Remove: Host 3' }).click();
  assert.equal(await page.locator('#summary li.error').count(), 0);
  assert.deepEqual((await exported(page)).autoBlock, { frames: ['js.stripe.com', '*.typeform.com'] });

  // Off by keyboard: the list goes (auto-blocking stays on); on again: an empty list.
  await policy.focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Host 1', { exact: true }).count(), 0);
  assert.equal((await exported(page)).autoBlock, undefined);
  await policy.focus();
  await page.keyboard.press('Space');
  assert.deepEqual((await exported(page)).autoBlock, { frames: [] });
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe finds no violations with the frame list shown (English, bokmål, nynorsk)', async () => {
  const { page, context } = await openStudio(browser, studio.url, { bypassCSP: true });
  await open(page, NOTICE);
  await page.evaluate(AXE);
  for (const language of ['en', 'nb', 'nn']) {
    await page.selectOption('#interface-language', language);
    const result = await page.evaluate(() =>
      window.axe.run(document.querySelector('#frame-hosts').closest('section') ?? document, {
        iframes: false,
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    );
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.help}`),
      [],
      language,
    );
  }
  await page.selectOption('#interface-language', 'nn');
  assert.match(await page.locator('label[for="f-frame-policy"]').innerText(), /nettlesaren stoppar sporings-iframar/);
  await context.close();
});
