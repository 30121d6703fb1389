// The five customer demos (issue 3): each shows its controller, its org number where the notice
// has one, its third parties and Datatilsynet, in nb, nn and en; nothing of theirs runs first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDemoSite, listen } from '../../scripts/static.mjs';
import { newPage, closeBrowser } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SLUGS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];
const PAGES = { nb: 'index.html', nn: 'nn.html', en: 'en.html' };
const CHOOSE = { nb: 'Tilpass', nn: 'Tilpass', en: 'Choose' };

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
  const notice = JSON.parse(readFileSync(`${root}demo/notices/${slug}.json`, 'utf8'));
  for (const [lang, file] of Object.entries(PAGES)) {
    test(`${slug} (${lang}): controller, org number, third parties and Datatilsynet are shown`, async () => {
      const { page, context, requests, console: log } = await newPage();
      await page.goto(`${origin}/${slug}/${file}`);
      await page.getByRole('button', { name: CHOOSE[lang], exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const text = await page.evaluate(() => document.querySelector('samtykke-widget').shadowRoot.textContent);
      assert.ok(text.includes(notice.controller.name), 'controller');
      if (notice.controller.orgNumber) {
        const digits = text.replace(/\s/g, '');
        assert.ok(digits.includes(notice.controller.orgNumber), 'org number');
      }
      for (const s of notice.services) {
        const name = typeof s.name === 'object' ? s.name[lang] : s.name; // a service name may be a text
        if (name) assert.ok(text.includes(name), `service ${name}`);
      }
      for (const s of notice.services) if (s.provider) assert.ok(text.includes(s.provider), `provider ${s.provider}`);
      assert.ok(text.includes('Datatilsynet'));
      assert.equal(
        await page.evaluate(() =>
          document.querySelector('samtykke-widget').shadowRoot.querySelector('[lang]')?.getAttribute('lang'),
        ),
        lang,
      );
      assert.deepEqual(requests, [], 'nothing third-party before a decision');
      assert.deepEqual(
        log.filter((m) => m.type === 'error'),
        [],
      );
      await context.close();
    });
  }
}
