// samtykke studio, end to end in Chromium: a site owner builds a notice for a new controller
// through the form only (three catalogue services and one of their own), sees a validation error
// appear and clear, looks at the preview in nb, nn, en and dark, and exports. The exported notice
// must validate with no warnings and, on a page of its own, make the widget show exactly what
// the preview showed (the rendered text of both layers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../dist/audit-build/widget/notice/validate.js';
import { fill, launch, layerText, openStudio, previewFrame, startStudio } from './helpers.mjs';

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

/** The problems listed next to the field whose problem list has this id's prefix. */
const problemsAt = (page, fieldId) => page.locator(`#${fieldId}-problems li`).allInnerTexts();

/** Clicks a preview control (a radio by its label) and waits for the new frame. */
async function previewWith(page, legend, label) {
  const before = await page.$('#preview-host iframe');
  await page.locator('fieldset.toggle', { hasText: legend }).getByLabel(label, { exact: true }).check();
  await page.waitForFunction((old) => document.querySelector('#preview-host iframe') !== old, before);
  return previewFrame(page);
}

test('an owner builds, previews and exports a notice through the form alone', async () => {
  const { page, problems } = await openStudio(browser, studio.url);
  // Whatever the preview does (a decision included), no request leaves it but for its own files.
  const sent = [];
  page.context().on('request', (request) => {
    if (request.method() !== 'GET' || !request.url().startsWith(studio.url)) sent.push(`${request.method()} ${request.url()}`);
  });

  // A new notice fails closed until the controller has a name: the error stands beside the field.
  assert.match((await problemsAt(page, 'f-controller-name')).join(), /is required/);
  await fill(page, 'f-controller-name', 'Fjordkaffe AS');
  assert.deepEqual(await problemsAt(page, 'f-controller-name'), []);

  // The organisation number is checked as it is typed (mod 11).
  await fill(page, 'f-controller-orgNumber', '912345687');
  assert.match(await page.locator('#f-controller-orgNumber-hint').innerText(), /check digit is wrong/);
  assert.match((await problemsAt(page, 'f-controller-orgNumber')).join(), /mod-11/);
  await fill(page, 'f-controller-orgNumber', '912345688');
  assert.match(await page.locator('#f-controller-orgNumber-hint').innerText(), /check digit is right/);
  assert.deepEqual(await problemsAt(page, 'f-controller-orgNumber'), []);
  await fill(page, 'f-controller-email', 'personvern@fjordkaffe.no');
  await fill(page, 'f-controller-address', 'Bryggen 1, 5003 Bergen');
  await fill(page, 'f-controller-policyUrl', 'https://fjordkaffe.no/personvern');
  for (const [lang, text] of Object.entries({
    nb: 'Vi bruker statistikk og markedsføring bare hvis du sier ja.',
    nn: 'Vi brukar statistikk og marknadsføring berre om du seier ja.',
    en: 'We use statistics and marketing only if you say yes.',
  }))
    await fill(page, `f-summary-${lang}`, text);

  // Three services from the catalogue: their categories come with them.
  for (const [query, name] of [
    ['google analytics', 'Google Analytics 4'],
    ['youtube', 'YouTube'],
    ['meta pixel', 'Meta Pixel'],
  ]) {
    await fill(page, 'catalogue-search', query);
    await page.click(`button[aria-label="Add: ${name}"]`);
  }
  assert.equal(await page.inputValue('#f-services-0-id'), 'google-analytics');
  assert.equal(await page.inputValue('#f-services-2-id'), 'meta-pixel');
  assert.deepEqual(await page.locator('#categories legend code').allInnerTexts(), ['necessary', 'analytics', 'marketing']);

  // A validation error appears beside its field, in the summary, and clears when fixed.
  await page.selectOption('#f-services-0-category', 'necessary');
  assert.match(
    (await problemsAt(page, 'f-services-0-category')).join(),
    /known tracker.*cannot be "necessary".*ekomloven § 3-15/s,
  );
  assert.match(await page.locator('#summary').innerText(), /services\[0\]\.category/);
  await page.selectOption('#f-services-0-category', 'analytics');
  assert.deepEqual(await problemsAt(page, 'f-services-0-category'), []);

  // A service of their own, written in three languages; a missing translation is flagged.
  await page.click('text=Add a custom service');
  await fill(page, 'f-services-3-id', 'kundechat');
  await page.selectOption('#f-services-3-category', 'marketing');
  await fill(page, 'f-services-3-name-nb', 'Kundechat');
  assert.match(await page.locator('#service-3').innerText(), /nn: translation missing/);
  await fill(page, 'f-services-3-name-nn', 'Kundechat');
  await fill(page, 'f-services-3-name-en', 'Customer chat');
  assert.doesNotMatch(await page.locator('#service-3').innerText(), /translation missing/);
  await fill(page, 'f-services-3-provider', 'Chatteverket AS');
  await page.selectOption('#f-services-3-role', 'processor');
  for (const [lang, text] of Object.entries({
    nb: 'Chat med kundeservice.',
    nn: 'Chat med kundeservice.',
    en: 'Chat with customer service.',
  }))
    await fill(page, `f-services-3-purpose-${lang}`, text);
  await page.click('#service-3 >> text=Add a cookie');
  await fill(page, 'f-services-3-cookies-0-name', 'chat_session');
  for (const [lang, text] of Object.entries({ nb: '1 dag', nn: '1 dag', en: '1 day' }))
    await fill(page, `f-services-3-cookies-0-duration-${lang}`, text);
  await fill(page, 'f-proof-endpoint', '/consent-proofs');
  // Since the amended SPEC §3: how long each provider keeps the data, and the joint
  // controller's arrangement (Meta), are asked for too.
  assert.match(await page.locator('#summary').innerText(), /services\[0\]\.retention/);
  for (const index of [0, 1, 2, 3])
    for (const [lang, text] of Object.entries({ nb: '14 måneder', nn: '14 månader', en: '14 months' }))
      await fill(page, `f-services-${index}-retention-${lang}`, text);
  for (const [lang, text] of Object.entries({
    nb: 'Vi og Meta har felles ansvar for innsamlingen; Meta svarer på spørsmål om sin del.',
    nn: 'Vi og Meta har felles ansvar for innsamlinga; Meta svarar på spørsmål om sin del.',
    en: 'We and Meta are jointly responsible for the collection; Meta answers for its part.',
  }))
    await fill(page, `f-services-2-arrangement-${lang}`, text);

  assert.equal(await page.locator('#summary-count').innerText(), 'No errors and no warnings: the notice is ready.');

  // The preview: the real widget, in each language and dark.
  const seen = {};
  let frame = await previewFrame(page);
  seen.nb = await layerText(frame, 'first');
  assert.match(seen.nb, /Fjordkaffe AS/);
  assert.match(seen.nb, /Godta alle/);
  frame = await previewWith(page, 'Language', 'nn');
  seen.nn = await layerText(frame, 'first');
  assert.match(seen.nn, /marknadsføring berre om du seier ja/);
  frame = await previewWith(page, 'Language', 'en');
  seen.en = await layerText(frame, 'first');
  assert.match(seen.en, /Accept all/);
  frame = await previewWith(page, 'Theme', 'Dark');
  assert.equal(await layerText(frame, 'first'), seen.en);
  assert.ok(
    await frame.evaluate(() => !!document.querySelector('samtykke-widget').shadowRoot.querySelector('.widget.theme-dark')),
  );
  frame = await previewWith(page, 'View', 'Second layer');
  const second = await layerText(frame, 'second');
  assert.match(second, /Marketing Services \(3\)/);
  frame = await previewWith(page, 'View', 'After a choice');
  await frame.waitForFunction(
    () => !!document.querySelector('samtykke-widget')?.shadowRoot?.querySelector('button.reopen:not([hidden])'),
  );
  await frame.waitForSelector('samtykke-placeholder', { state: 'attached' });
  assert.match(
    await frame.evaluate(() => document.querySelector('samtykke-placeholder').shadowRoot.textContent),
    /YouTube/,
    'the blocked iframe shows its placeholder, naming the service',
  );

  assert.deepEqual(sent, [], 'the preview sends nothing (no receipt, no third party)');

  // Export: the notice, the two tags and the receiver command.
  await page.click('#export-button');
  const exported = JSON.parse(await page.inputValue('#export-json'));
  const result = validate(exported);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, []);
  assert.equal(exported.controller.orgNumber, '912345688');
  assert.deepEqual(
    exported.services.map((s) => s.id),
    ['google-analytics', 'youtube', 'meta-pixel', 'kundechat'],
  );
  const tags = await page.inputValue('#export-tags');
  assert.match(
    tags,
    /^<script type="application\/json" id="samtykke-config">[^]*<\/script>\n<script src="\/samtykke.js"><\/script>$/,
  );
  assert.match(await page.inputValue('#export-receiver'), /^npx samtykke-receiver --port 8787 --data \.\/proofs$/);

  // The exported tags drive a page where the widget shows exactly what the preview showed.
  for (const lang of ['nb', 'nn', 'en']) {
    studio.pages.set(
      `/real/${lang}.html`,
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">\n${tags}\n</head><body><h1>Fjordkaffe</h1></body></html>`,
    );
    const real = await page.context().newPage();
    await real.goto(`${studio.url}/real/${lang}.html`);
    assert.equal(await layerText(real, 'first'), seen[lang], `first layer, ${lang}`);
    if (lang === 'en') {
      await real.evaluate(() => window.samtykke.show());
      assert.equal(await layerText(real, 'second'), second, 'second layer, en');
    }
    await real.close();
  }
  assert.deepEqual(problems, [], 'no script error and no CSP violation in the studio');
});
