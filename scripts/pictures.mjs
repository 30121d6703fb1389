#!/usr/bin/env node
// Renders every customer demo, first and second layer, in Bokmål and Nynorsk, at 1280 and 360 px,
// light and dark, to PNGs in Chromium: `node scripts/pictures.mjs [OUT_DIR]` (default pictures/,
// not committed). `--readme` also refreshes the few pictures the README shows, in docs/pictures/.
// Pages render with reduced motion, so no picture catches the banner sliding in.
import { mkdirSync, copyFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createDemoSite, listen } from './static.mjs';
import { requireChrome, chromeArgs } from './chrome.mjs';

const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'pictures';
const SLUGS = ['resultat24', 'mestergruppen-eiendom', 'vekstly', 'vestbo', 'stavanger-sentrum'];
const CHOOSE = 'Tilpass';
/** Each language's demo page, and what its pictures' names add (Bokmål's keep their old names). */
const LANGUAGES = [
  { page: '', suffix: '' },
  { page: 'nn.html', suffix: '-nn' },
];

const server = createDemoSite((req, res) => res.writeHead(201).end('{}'));
const origin = await listen(server);
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
mkdirSync(out, { recursive: true });
let n = 0;
const total = SLUGS.length * LANGUAGES.length * 2 * 2 * 2;
const progress = process.stdout.isTTY && !process.env.CI;
for (const slug of SLUGS) {
  for (const { page: file, suffix } of LANGUAGES) {
    for (const width of [1280, 360]) {
      for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
        const context = await browser.newContext({
          viewport: { width, height: width > 400 ? 800 : 740 },
          colorScheme,
          reducedMotion: 'reduce',
        });
        await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
        const page = await context.newPage();
        await page.goto(`${origin}/${slug}/${file}`);
        await page.getByRole('button', { name: CHOOSE, exact: true }).waitFor();
        const name = `${out}/${slug}${suffix}-${width}-${colorScheme}`;
        await page.screenshot({ path: `${name}-first.png` });
        await page.getByRole('button', { name: CHOOSE, exact: true }).click();
        await page.getByRole('dialog').waitFor();
        await page.mouse.move(1, 1); // no hover state in the picture
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${name}-second.png` });
        n += 2;
        if (progress) process.stdout.write(`\rpictures: ${n}/${total}`);
        await context.close();
      }
    }
  }
}
if (progress) process.stdout.write('\n');
await browser.close();
server.close();
console.log(`${n} pictures in ${out}/`);
if (process.argv.includes('--readme')) {
  for (const f of [
    'resultat24-1280-light-first',
    'mestergruppen-eiendom-1280-dark-second',
    'vestbo-360-light-second',
    'stavanger-sentrum-360-dark-first',
  ]) {
    copyFileSync(`${out}/${f}.png`, `docs/pictures/${f}.png`);
  }
  console.log('README pictures refreshed in docs/pictures/');
}
