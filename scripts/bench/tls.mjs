// A throwaway certificate for the bench's HTTP/2 server. Browsers speak HTTP/2 only over TLS, and
// Chromium accepts this certificate only because the bench launches it with the key's hash
// (--ignore-certificate-errors-spki-list): the page is then a normal secure page whose responses
// the HTTP cache keeps (a certificate error, ignored the blunt way, would keep them out of it and
// spoil every returning visit).
import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `{ key, cert, spki }` (PEM texts and the base64 SHA-256 of the public key), made with the
 * system's openssl for 127.0.0.1, valid one day; null when openssl is not there or fails.
 */
export function benchCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'samtykke-bench-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ].concat(['-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']),
      { encoding: 'utf8' },
    );
    if (made.status !== 0) return null;
    const cert = readFileSync(certFile, 'utf8');
    // The hash Chromium pins: SHA-256 of the DER SubjectPublicKeyInfo, base64.
    const spki = createHash('sha256')
      .update(createPublicKey(cert).export({ type: 'spki', format: 'der' }))
      .digest('base64');
    return { key: readFileSync(keyFile, 'utf8'), cert, spki };
  } catch {
    return null; // no openssl at all (spawnSync's ENOENT is in .error, a read may still throw)
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
