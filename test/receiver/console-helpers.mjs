// Shared by the console's tests (test/receiver/console-*.test.mjs): a receiver with its admin
// side on a listener of its own (as `--admin-port` runs it), a seeded log with known counts,
// Chromium, and signing in as a controller would.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { testBrowser } from '../../scripts/test/browser.mjs';
import { load, makeReceipt, post } from './helpers.mjs';

export const TOKEN = 'console-token-0123456789abcdef';

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * createReceiver({ separateAdmin: true, … }) with `receiver` on one server and `receiver.admin`
 * on another. Resolves { url (receipts), admin (base URL of the admin side), logs, close() }.
 */
export async function startConsole(options) {
  const { createReceiver } = await load();
  const logs = [];
  const receiver = createReceiver({ logger: (entry) => logs.push(entry), token: TOKEN, separateAdmin: true, ...options });
  await receiver.ready;
  // Without one, the admin server below would hold every request open until the test times out.
  if (typeof receiver.admin !== 'function') throw new Error('this receiver has no admin side (receiver.admin)');
  const open = await listen(receiver);
  const admin = await listen(receiver.admin);
  return {
    receiver,
    logs,
    url: `http://127.0.0.1:${open.address().port}/consent-proofs`,
    admin: `http://127.0.0.1:${admin.address().port}`,
    async close() {
      for (const server of [open, admin]) {
        server.close();
        server.closeAllConnections();
      }
      await receiver.close();
    },
  };
}

/**
 * The seeded decisions: 10 receipts, 6 accepting analytics (and google-analytics), 4 rejecting;
 * 3 of them through the API, 2 of those without a user activation; revision A for the first 5,
 * B for the rest. One person (`subject`) has two receipts. Answers what a test checks against.
 */
export async function seed(url) {
  const subject = `kunde-${randomUUID().slice(0, 8)}`;
  const person = randomUUID();
  const receipts = [];
  for (let i = 0; i < 10; i += 1) {
    const accept = i < 6;
    const via = i < 3 ? 'api' : i < 6 ? 'banner' : 'dialog';
    receipts.push(
      makeReceipt({
        consentId: i < 2 ? person : randomUUID(),
        method: accept ? 'accept-all' : 'reject-all',
        categories: { necessary: true, analytics: accept, marketing: false, profiling: false },
        services: { 'google-analytics': accept },
        revision: i < 5 ? '2026-01-01' : '2026-06-01',
        via,
        userActivation: via === 'api' ? i === 0 : true,
        subject: i < 2 ? subject : null,
        url: `https://example.no/page-${i}`,
      }),
    );
  }
  // Receipts that grant nothing carry no user agent (SPEC §7).
  for (const r of receipts) if (r.method === 'reject-all') delete r.userAgent;
  for (const r of receipts) {
    const answer = await post(url, r);
    if (answer.status !== 201) throw new Error(`seeding: ${answer.status} ${answer.text}`);
  }
  return { receipts, subject, person };
}

/** Chromium: under `npm test` the run's shared one, connected to (scripts/test/browser.mjs). */
export function launch() {
  return testBrowser();
}

/**
 * A new browser context and page signed in to the console at `admin` (by keyboard: Tab, typing, Enter).
 * @param {import('playwright-core').Browser} browser
 * @param {string} admin
 * @param {{ locale?: string, bypassCSP?: boolean, lang?: string }} [options]
 */
export async function signIn(browser, admin, { locale = 'en-GB', bypassCSP = false, lang } = {}) {
  const context = await browser.newContext({ locale, bypassCSP, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${admin}/controller/${lang ? `?lang=${lang}` : ''}`);
  await page.waitForURL(/\/controller\/sign-in/);
  await page.locator('#token').focus();
  await page.keyboard.type(TOKEN);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/controller\/overview/);
  return { context, page };
}

/** The rows of a table on the page: an array of arrays of cell texts (header cells included). */
export function tableRows(page, selector) {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));
}
