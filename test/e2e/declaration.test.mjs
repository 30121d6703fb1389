// `<samtykke-declaration>` on a demo's privacy page (issue 15, point 5): it lists every cookie
// the notice declares, shows the visitor's consent id after a decision, changes and withdraws
// the decision from its own buttons (a real click is the visitor's own, a script's click is
// "api"), has no serious or critical axe violation in light and dark, and its file is fetched
// only by a page that has the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDemoSite, listen } from '../../scripts/static.mjs';
import { newPage, closeBrowser } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const notice = JSON.parse(readFileSync(`${root}demo/notices/resultat24.json`, 'utf8'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let origin;
let server;
const receipts = [];
before(async () => {
  server = createDemoSite(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    receipts.push(JSON.parse(body));
    res.writeHead(201).end('{}');
  });
  origin = await listen(server);
});
after(async () => {
  await closeBrowser();
  await new Promise((ok) => server.close(ok));
});

const PAGE = '/resultat24/personvern.html';

/** Every request the page makes for a samtykke file, by file name. */
function partRequests(page) {
  const files = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/samtykke')) files.push(path.slice(1));
  });
  return files;
}

/** The declaration's text (its shadow root), once it has rendered. */
async function declarationText(page) {
  await page.locator('samtykke-declaration h2').waitFor();
  return page.evaluate(() => document.querySelector('samtykke-declaration').shadowRoot.textContent.replace(/\s+/g, ' '));
}

/** axe-core on the declaration alone (its shadow root included): serious and critical violations. */
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['samtykke-declaration']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('the declaration lists every declared cookie, in a table per category, before any decision', async () => {
  const { page, context } = await newPage();
  const files = partRequests(page);
  await page.goto(origin + PAGE);
  const text = await declarationText(page);
  const declared = notice.services.flatMap((s) => (s.cookies ?? []).map((c) => c.name));
  assert.ok(declared.length >= 4, 'the demo declares cookies');
  // Beside them, samtykke's own storage (SPEC §4): its database and marks; its cookie, which the
  // demo declares itself, not twice.
  const own = ['samtykke', 'samtykke:validated', 'samtykke:queued'];
  const shown = await page.locator('samtykke-declaration td code').allTextContents();
  assert.deepEqual(shown.sort(), [...declared, ...own].sort());
  for (const service of notice.services) assert.ok(text.includes(service.name.nb ?? service.name), service.id);
  // One table per category that has services, named by its caption, with column and row headers.
  const tables = page.locator('samtykke-declaration table');
  assert.equal(await tables.count(), Object.keys(notice.categories).length);
  assert.equal(await page.getByRole('table', { name: /Statistikk/ }).count(), 1);
  assert.ok((await page.locator('samtykke-declaration th[scope=col]').count()) >= 10);
  assert.equal(await page.locator('samtykke-declaration th[scope=row]').count(), notice.services.length);
  // The site's own cookies are marked first party; Google's are not guessed either way.
  assert.match(text, /samtykke-resultat24 – [^(]+\(førstepart\)/);
  assert.doesNotMatch(text, /_ga – [^(]+\(førstepart\)/);
  assert.ok(text.includes('Du har ikke gjort noe valg ennå.'));
  assert.ok(files.includes('samtykke-declaration.mjs'), files.join());
  await context.close();
});

test('samtykke’s own storage is declared under necessary, with the service that declares its cookie', async () => {
  const { page, context } = await newPage();
  await page.goto(origin + PAGE);
  await declarationText(page);
  const necessary = page.getByRole('table', { name: /Nødvendige/ });
  const row = necessary.getByRole('row').filter({ has: page.locator('code', { hasText: notice.cookie.name }) });
  assert.equal(await row.count(), 1);
  const text = (await row.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /samtykke \(IndexedDB\) – Så lenge valget den gjelder, varer \(180 dager\), og til den er sendt/);
  assert.match(text, /samtykke:validated \(lokal lagring\) – Til du sletter nettstedsdata i nettleseren/);
  assert.match(text, /Merker at en kvittering for valget ditt venter på å bli sendt til oss\./);
  assert.equal(
    await page
      .getByRole('table', { name: /Statistikk/ })
      .locator('code', { hasText: 'samtykke' })
      .count(),
    0,
  );
  await context.close();
});

test('after a decision it shows the consent id; its buttons change the decision and withdraw it', async () => {
  const { page, context } = await newPage();
  await page.goto(origin + PAGE);
  await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
  await page.locator('samtykke-declaration .consent-id').waitFor();
  const consent = await page.evaluate(() => window.samtykke.get());
  assert.equal(await page.locator('samtykke-declaration .consent-id').textContent(), consent.id);
  assert.match(await declarationText(page), /Statistikk \(Tillatt\)/);

  // "Endre valg" opens the second layer; rejecting there is shown here at once.
  await page.getByRole('button', { name: 'Endre valg', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Avvis alle', exact: true }).click();
  // Refusing what was granted is a withdrawal: the page reloads, and the check may run in the new
  // document before samtykke.js has.
  await page.waitForFunction(() => window.samtykke?.get()?.method === 'reject-all');
  await page.locator('samtykke-declaration .state.off').first().waitFor();
  assert.match(await declarationText(page), /Statistikk \(Ikke tillatt\)/);
  // Nothing beyond necessary is granted: nothing to withdraw.
  assert.equal(await page.getByRole('button', { name: 'Trekk tilbake samtykket' }).count(), 0);

  // Granted again, then withdrawn with the visitor's own click: the page reloads (the default).
  await page.evaluate(() => window.samtykke.acceptAll());
  const withdraw = page.getByRole('button', { name: 'Trekk tilbake samtykket', exact: true });
  await withdraw.click();
  await page.waitForFunction(() => window.samtykke?.get()?.method === 'withdraw');
  await page.locator('samtykke-declaration .consent-id').waitFor();
  const after = await page.evaluate(() => window.samtykke.get());
  assert.equal(after.id, consent.id, 'the same consent id');
  assert.equal(after.categories.analytics, false);
  assert.equal(await page.locator('samtykke-declaration .consent-id').textContent(), consent.id);
  assert.match(await declarationText(page), /Statistikk \(Ikke tillatt\)/);
  for (let i = 0; i < 50 && !receipts.some((r) => r.consentId === consent.id && r.method === 'withdraw'); i++)
    await page.waitForTimeout(100);
  const receipt = receipts.find((r) => r.consentId === consent.id && r.method === 'withdraw');
  assert.equal(receipt?.via, 'dialog', 'a real click inside the declaration is the visitor’s own');
  await context.close();
});

test('a page script clicking Withdraw is recorded as the API, not as the visitor', async () => {
  const { page, context } = await newPage();
  await page.goto(origin + PAGE);
  await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
  await page.getByRole('button', { name: 'Trekk tilbake samtykket', exact: true }).waitFor();
  const id = await page.evaluate(() => window.samtykke.get().id);
  await page.evaluate(() =>
    /** @type {HTMLElement} */ (document.querySelector('samtykke-declaration').shadowRoot.querySelector('.withdraw')).click(),
  );
  for (let i = 0; i < 100 && !receipts.some((r) => r.consentId === id && r.method === 'withdraw'); i++)
    await page.waitForTimeout(100);
  assert.equal(receipts.find((r) => r.consentId === id && r.method === 'withdraw')?.via, 'api');
  await context.close();
});

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  test(`no serious or critical axe violation in ${colorScheme}, before and after a decision`, async () => {
    const { page, context } = await newPage({ colorScheme });
    await page.goto(origin + PAGE);
    await declarationText(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
    await page.getByRole('button', { name: 'Trekk tilbake samtykket', exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('printed, even from a dark screen: black on white, no buttons, link addresses written out', async () => {
  const { page, context } = await newPage({ colorScheme: 'dark' });
  await page.goto(origin + PAGE);
  await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
  await page.locator('samtykke-declaration .consent-id').waitFor();
  const look = () =>
    page.evaluate(() => {
      const root = document.querySelector('samtykke-declaration').shadowRoot;
      const widget = getComputedStyle(root.querySelector('.widget'));
      return {
        buttons: getComputedStyle(root.querySelector('.answers')).display,
        colours: [widget.backgroundColor, widget.color],
        link: getComputedStyle(root.querySelector('a[href]'), '::after').content,
      };
    });
  assert.deepEqual((await look()).colours, ['rgb(30, 30, 34)', 'rgb(241, 241, 244)'], 'dark on screen');
  await page.emulateMedia({ media: 'print' });
  const printed = await look();
  assert.equal(printed.buttons, 'none');
  assert.deepEqual(printed.colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  assert.match(printed.link, /\(https:\/\/policies\.google\.com\//);
  await context.close();
});

// The privacy page in another language: the declaration follows <html lang> (the notice says "auto").
for (const [lang, title, change] of [
  ['nn', 'Informasjonskapslar på denne nettstaden', 'Endre val'],
  ['en', 'Cookies on this site', 'Change your choices'],
  ['sv', 'Kakor på den här webbplatsen', 'Ändra dina val'],
  ['de', 'Cookies auf dieser Website', 'Auswahl ändern'],
]) {
  test(`in ${lang}: the declaration's own words and the interface's`, async () => {
    const { page, context } = await newPage();
    await page.route('**' + PAGE, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace('<html lang="nb">', `<html lang="${lang}">`) });
    });
    await page.goto(origin + PAGE);
    await page.locator('samtykke-declaration h2').waitFor();
    assert.equal(await page.locator('samtykke-declaration h2').textContent(), title);
    assert.equal(await page.locator('samtykke-declaration .change').textContent(), change);
    assert.equal(await page.locator('samtykke-declaration .widget').getAttribute('lang'), lang);
    await context.close();
  });
}

test('a page without the element never fetches the declaration part', async () => {
  const { page, context } = await newPage();
  const files = partRequests(page);
  await page.goto(origin + '/resultat24/index.html');
  await page.getByRole('button', { name: 'Godta alle', exact: true }).click();
  await page.reload();
  await page.waitForFunction(() => window.samtykke?.get() !== null);
  await page.waitForTimeout(300);
  assert.ok(files.includes('samtykke.js'));
  assert.ok(!files.includes('samtykke-declaration.mjs'), files.join());
  await context.close();
});
