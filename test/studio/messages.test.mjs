// samtykke studio says the validator's problems in the owner's language: in bokmål and nynorsk
// from each problem's code and parameters, and in English as the console and the CLI write them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStudio, launch, startStudio } from './helpers.mjs';

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

/** A notice that claims consent by use in its summary and has no proof endpoint. */
const NOTICE = {
  revision: '1',
  controller: { name: 'Eksempel AS', email: 'post@eksempel.no' },
  summary: { nb: 'Ved å bruke nettstedet gir du samtykke til informasjonskapsler.' },
  categories: { analytics: { title: 'Statistikk' } },
};

/** The text of the problem summary, once the notice is open. */
async function summaryIn(page, language) {
  await page.selectOption('#interface-language', language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return (await page.locator('#summary').innerText()).replace(/\s+/g, ' ');
}

test("the validator's problems in bokmål, nynorsk and English", async () => {
  const { page, problems } = await openStudio(browser, studio.url, { language: 'nb' });
  await page.fill('#open-paste', JSON.stringify(NOTICE));
  await page.click('text=Åpne det innlimte');
  await page.waitForFunction(
    () => /** @type {HTMLInputElement} */ (document.querySelector('#f-controller-name'))?.value === 'Eksempel AS',
  );

  const nb = await summaryIn(page, 'nb');
  assert.match(
    nb,
    /«Ved å bruke nettstedet gir du samtykke til informasjonskapsler» sier at bruk av nettstedet er samtykke \("Ved å bruke" … "gir du samtykke"\)/,
  );
  assert.match(nb, /Den behandlingsansvarlige må kunne påvise at den besøkende har samtykket \(GDPR art\. 7\(1\)\)/);
  assert.doesNotMatch(nb, /claims consent by use/);

  const nn = await summaryIn(page, 'nn');
  assert.match(nn, /Det validatoren seier/);
  assert.match(nn, /informasjonskapsler» seier at bruk av nettstaden er samtykke \("Ved å bruke" … "gir du samtykke"\)/);
  assert.match(nn, /Den behandlingsansvarlege må kunne påvise at den besøkjande har samtykt \(GDPR art\. 7\(1\)\)/);

  const en = await summaryIn(page, 'en');
  assert.match(en, /claims consent by use \("Ved å bruke" … "gir du samtykke"\)/);
  assert.match(en, /The controller must be able to demonstrate that a visitor consented \(GDPR art\. 7\(1\)\)/);
  assert.deepEqual(problems, []);
});
