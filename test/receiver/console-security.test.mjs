// The console's doors: no page and no download without a session; every POST needs the
// session's CSRF token and this origin; the session cookie's flags; sign-in rate-limited with
// the export's token buckets; with the admin side separate, the public listener takes receipts
// only (the CLI's --admin-port), and without it one listener serves everything (SPEC §9).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build, makeReceipt, post, send, startCli, tempDir } from './helpers.mjs';
import { TOKEN, startConsole } from './console-helpers.mjs';

let srv;
before(async () => {
  await build();
  srv = await startConsole({ dataDir: tempDir(), trustProxy: 1 });
});
after(() => srv?.close());

const form = (fields) => new URLSearchParams(fields).toString();

/** Signs in over HTTP as a browser would (Origin of the admin side); answers the cookie and CSRF token. */
async function session(headers = {}) {
  const answer = await send(`${srv.admin}/controller/sign-in`, {
    body: form({ token: TOKEN }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin, ...headers },
  });
  assert.equal(answer.status, 303, answer.text);
  const setCookie = answer.headers['set-cookie'].find((c) => c.startsWith('samtykke_console='));
  const cookie = setCookie.split(';')[0];
  const page = await send(`${srv.admin}/controller/chain`, { method: 'GET', headers: { cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)[1];
  return { cookie, csrf, setCookie };
}

const PAGES = [
  '/controller/overview',
  '/controller/search?subject=x',
  '/controller/person?subject=x',
  '/controller/download?subject=x&format=csv',
  '/controller/download?from=2020-01-01&format=json',
  '/controller/chain',
  '/controller/erase?subject=x',
  '/controller/audit',
  '/controller/nothing-here',
];

test('no page and no download without a session: GETs go to the sign-in page, POSTs are refused', async () => {
  await post(srv.url, makeReceipt({ subject: 'x' }));
  for (const path of PAGES) {
    for (const cookie of [undefined, 'samtykke_console=forged-session-id']) {
      const answer = await send(`${srv.admin}${path}`, { method: 'GET', headers: cookie ? { cookie } : {} });
      assert.equal(answer.status, 303, path);
      assert.match(answer.headers.location, /^\/controller\/sign-in/, path);
      assert.equal(answer.text, '', path);
    }
  }
  for (const path of ['/controller/verify', '/controller/erase', '/controller/sign-out']) {
    const answer = await send(`${srv.admin}${path}`, {
      body: form({ subject: 'x', confirm: 'yes', csrf: 'guess' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin },
    });
    assert.equal(answer.status, 403, path);
  }
  // The stylesheet is no page: it is served to anyone (the sign-in page needs it).
  assert.equal((await send(`${srv.admin}/controller/console.css`, { method: 'GET' })).status, 200);
});

test('a POST without the session’s CSRF token, or from another origin, is refused and changes nothing', async () => {
  const { cookie, csrf } = await session();
  const receipt = makeReceipt({ subject: 'csrf-victim' });
  await post(srv.url, receipt);
  const headers = { 'content-type': 'application/x-www-form-urlencoded', cookie };
  const tries = [
    [
      { ...headers, origin: srv.admin },
      { subject: 'csrf-victim', confirm: 'yes' },
    ],
    [
      { ...headers, origin: srv.admin },
      { subject: 'csrf-victim', confirm: 'yes', csrf: `${csrf}x` },
    ],
    [
      { ...headers, origin: 'https://evil.example' },
      { subject: 'csrf-victim', confirm: 'yes', csrf },
    ],
    [
      { ...headers, origin: 'null' },
      { subject: 'csrf-victim', confirm: 'yes', csrf },
    ],
    [
      { ...headers, 'sec-fetch-site': 'cross-site' },
      { subject: 'csrf-victim', confirm: 'yes', csrf },
    ],
    [headers, { subject: 'csrf-victim', confirm: 'yes', csrf }],
  ];
  for (const [h, fields] of tries) {
    const answer = await send(`${srv.admin}/controller/erase`, { body: form(fields), headers: h });
    assert.equal(answer.status, 403, JSON.stringify(h));
  }
  const still = await send(`${srv.admin}/controller/search?subject=csrf-victim`, { method: 'GET', headers: { cookie } });
  assert.match(still.text, new RegExp(receipt.consentId));
  // With the token and the origin, the same form works (the erasure itself: console-erase.test.mjs).
  const signOut = await send(`${srv.admin}/controller/sign-out`, {
    body: form({ csrf }),
    headers: { ...headers, origin: srv.admin },
  });
  assert.equal(signOut.status, 303);
  const after = await send(`${srv.admin}/controller/overview`, { method: 'GET', headers: { cookie } });
  assert.equal(after.status, 303, 'signed out: the session is gone');
});

test('the session cookie is HttpOnly, SameSite=Strict, Path=/controller; Secure behind an HTTPS proxy; pages have a strict CSP', async () => {
  const plain = await session();
  assert.match(plain.setCookie, /; Path=\/controller/);
  assert.match(plain.setCookie, /; HttpOnly/);
  assert.match(plain.setCookie, /; SameSite=Strict/);
  assert.doesNotMatch(plain.setCookie, /Secure/);
  const proxied = await session({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' });
  assert.match(proxied.setCookie, /; Secure/);
  const page = await send(`${srv.admin}/controller/overview`, { method: 'GET', headers: { cookie: plain.cookie } });
  assert.equal(page.status, 200);
  const csp = page.headers['content-security-policy'];
  for (const rule of ["default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
    assert.ok(csp.includes(rule), rule);
  }
  assert.doesNotMatch(page.text, /<script|style="/);
});

test('a stored string is escaped on every page that shows it', async () => {
  const { cookie } = await session();
  const nasty = '<img src=x onerror=alert(1)>"\'';
  await post(srv.url, makeReceipt({ subject: nasty, revision: '<b>r</b>' }));
  const page = await send(`${srv.admin}/controller/person?subject=${encodeURIComponent(nasty)}`, {
    method: 'GET',
    headers: { cookie },
  });
  assert.equal(page.status, 200);
  assert.ok(!page.text.includes('<img src=x') && !page.text.includes('<b>r</b>'));
  assert.ok(page.text.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;'));
  const overview = await send(`${srv.admin}/controller/overview`, { method: 'GET', headers: { cookie } });
  assert.ok(overview.text.includes('&lt;b&gt;r&lt;/b&gt;') && !overview.text.includes('<b>r</b>'));
});

test('wrong tokens are refused, then rate-limited with 429 and Retry-After; counted in /metrics', async () => {
  const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: srv.admin, 'x-forwarded-for': '198.51.100.7' };
  const statuses = [];
  for (let i = 0; i < 12; i += 1) {
    const answer = await send(`${srv.admin}/controller/sign-in`, {
      body: form({ token: `wrong-token-${i}-0123456789` }),
      headers,
    });
    statuses.push(answer.status);
    if (answer.status === 429) assert.match(answer.headers['retry-after'], /^\d+$/);
  }
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
  assert.deepEqual(statuses.slice(10), [429, 429]);
  // Even the right token waits now: the bucket is empty.
  const right = await send(`${srv.admin}/controller/sign-in`, { body: form({ token: TOKEN }), headers });
  assert.equal(right.status, 429);
  const metrics = await send(`${srv.admin}/metrics`, { method: 'GET' });
  assert.match(metrics.text, /samtykke_requests_refused_total\{status="401",reason="unauthorized"\} 10/);
});

test('--admin-port: the public listener answers 404 to the console, export, metrics and healthz; the admin listener serves them', async () => {
  const dir = tempDir();
  const cli = startCli(['--port', '0', '--admin-port', '0', '--data', dir], { SAMTYKKE_RECEIVER_TOKEN: TOKEN });
  const url = await cli.url;
  const admin = /admin side on (http:\/\/\S+?)\//.exec(cli.output())[1];
  try {
    const base = url.replace('/consent-proofs', '');
    const auth = { authorization: `Bearer ${TOKEN}` };
    for (const path of ['/controller/', '/controller/sign-in', '/consent-proofs?from=2020-01-01', '/metrics', '/healthz']) {
      assert.equal((await send(`${base}${path}`, { method: 'GET', headers: auth })).status, 404, path);
    }
    assert.equal((await post(url, makeReceipt())).status, 201);
    const preflight = await send(url, { method: 'OPTIONS', headers: { origin: base, 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal((await send(`${admin}/healthz`, { method: 'GET' })).status, 200);
    assert.match((await send(`${admin}/metrics`, { method: 'GET' })).text, /samtykke_receipts_stored_total 1/);
    const exported = await send(`${admin}/consent-proofs?from=2020-01-01`, { method: 'GET', headers: auth });
    assert.equal(exported.status, 200);
    assert.equal(exported.json.receipts.length, 1);
    assert.equal((await send(`${admin}/controller/sign-in`, { method: 'GET' })).status, 200);
    // Receipts are not taken on the admin side.
    assert.equal((await post(`${admin}/consent-proofs`, makeReceipt())).status, 405);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
});

test('without --admin-port one listener serves everything, as SPEC §9 says: receipts, the Bearer export and the console', async () => {
  const dir = tempDir();
  const cli = startCli(['--port', '0', '--data', dir], { SAMTYKKE_RECEIVER_TOKEN: TOKEN });
  const url = await cli.url;
  try {
    const base = url.replace('/consent-proofs', '');
    assert.equal((await post(url, makeReceipt())).status, 201);
    const exported = await send(`${url}?from=2020-01-01`, { method: 'GET', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(exported.status, 200);
    assert.equal((await send(`${base}/healthz`, { method: 'GET' })).status, 200);
    assert.equal((await send(`${base}/controller/sign-in`, { method: 'GET' })).status, 200);
    assert.match(cli.output(), /console at http:\/\/\S+\/controller\//);
  } finally {
    cli.child.kill('SIGTERM');
    await cli.exited;
  }
});
