#!/usr/bin/env node
// Pictures of the controller's console for the README and docs/receiver.md: seeds a proof log
// with 30 days of made-up decisions, opens the console in Chromium and saves
// docs/pictures/console-overview.png, console-person.png and console-chain.png (1000 px wide).
// `node scripts/pictures-console.mjs` after `npm run build`. Nothing leaves 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from './chrome.mjs';
import { createReceiver } from '../dist/receiver/index.js';
import { ProofLog } from '../dist/receiver/log.js';

const TOKEN = 'pictures-token-0123456789abcdef';
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'samtykke-console-pictures-'));

/** A pseudo-random number in [0, 1) that is the same on every run, so the pictures are too. */
let state = 42;
function random() {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state / 2 ** 31;
}

function receipt(at, person) {
  const revision = at < Date.now() - 12 * DAY ? '2026-09-01' : '2026-11-20';
  const choice = random();
  const all = choice < 0.52;
  const none = choice >= 0.52 && choice < 0.8;
  const analytics = all || (!none && random() < 0.7);
  const marketing = all || (!none && random() < 0.25);
  const via = ['banner', 'banner', 'banner', 'dialog', 'placeholder', 'api'][Math.floor(random() * 6)];
  return {
    v: 1,
    receiptId: randomUUID(),
    consentId: person?.consentId ?? randomUUID(),
    timestamp: new Date(at - 800).toISOString(),
    method: all ? 'accept-all' : none ? 'reject-all' : 'custom',
    revision,
    noticeHash: `sha256:${revision === '2026-11-20' ? 'c4'.repeat(32) : '9e'.repeat(32)}`,
    language: random() < 0.9 ? 'nb' : 'nn',
    controller: { name: 'Vestbo AS', orgNumber: '912345678' },
    categories: { necessary: true, analytics, marketing },
    services: { 'google-analytics': analytics, hotjar: analytics && random() < 0.8, 'meta-pixel': marketing },
    gpc: false,
    url: 'https://vestbo.example/boliger/',
    widget: 'samtykke@1.0.0',
    previousReceiptId: null,
    expiresAt: new Date(at + 180 * DAY).toISOString(),
    via,
    userActivation: via === 'api' ? random() < 0.6 : true,
    subject: person?.subject ?? null,
    receivedAt: new Date(at).toISOString(),
    ip: analytics || marketing ? '203.0.113.0' : null,
  };
}

async function seed() {
  const log = await ProofLog.open(dir);
  const person = { consentId: '6f1c2b9e-4d3a-4e8b-9a71-2c5d8e0f4b13', subject: 'kunde-48213' };
  const start = Date.now() - 29 * DAY;
  for (let day = 0; day < 30; day += 1) {
    const count = 18 + Math.floor(random() * 14) + (day % 7 === 5 ? -8 : 0);
    for (let i = 0; i < count; i += 1) {
      const r = receipt(start + day * DAY + Math.floor(random() * DAY * 0.9), null);
      await log.append(r.receiptId, r);
    }
  }
  for (const at of [Date.now() - 20 * DAY, Date.now() - 3 * DAY]) {
    const r = receipt(at, person);
    await log.append(r.receiptId, r);
  }
  await log.close();
  return person;
}

const person = await seed();
const receiver = createReceiver({ dataDir: dir, token: TOKEN, separateAdmin: true, logger: () => undefined });
await receiver.ready;
const server = createServer(receiver.admin);
await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
const admin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1150 }, locale: 'nb-NO', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${admin}/controller/sign-in?lang=nb`);
  await page.fill('#token', TOKEN);
  await page.press('#token', 'Enter');
  await page.waitForURL(/overview/);
  await page.screenshot({ path: 'docs/pictures/console-overview.png' });
  await page.goto(`${admin}/controller/person?subject=${person.subject}`);
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.screenshot({ path: 'docs/pictures/console-person.png' });
  await page.goto(`${admin}/controller/chain`);
  await page.click('form[action="/controller/verify"] button');
  await page.waitForSelector('#verdict');
  await page.setViewportSize({ width: 1000, height: 640 });
  await page.screenshot({ path: 'docs/pictures/console-chain.png' });
  console.log('pictures-console: wrote docs/pictures/console-overview.png, console-person.png, console-chain.png');
} finally {
  await browser.close();
  server.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
}
