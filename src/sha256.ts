/**
 * SHA-256 in plain JavaScript, for pages that are not a secure context (plain http), where
 * `crypto.subtle` does not exist. Receipts must carry a real `noticeHash` there too.
 * Follows FIPS 180-4 directly; tested against WebCrypto's output.
 */
const K: number[] = [];
const H0: number[] = [];
{
  // The first 32 bits of the fractional parts of the square (H0) and cube (K) roots of primes.
  let n = 2;
  while (K.length < 64) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (prime) {
      if (H0.length < 8) H0.push(((n ** 0.5 % 1) * 2 ** 32) | 0);
      K.push(((n ** (1 / 3) % 1) * 2 ** 32) | 0);
    }
    n++;
  }
}

export function sha256Hex(data: Uint8Array): string {
  const len = data.length;
  const blocks = ((len + 8) >> 6) + 1;
  const w = new Uint32Array(blocks * 16);
  for (let i = 0; i < len; i++) w[i >> 2] |= data[i] << (24 - (i % 4) * 8);
  w[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
  w[blocks * 16 - 1] = len * 8;
  w[blocks * 16 - 2] = Math.floor(len / 0x20000000);
  const h = H0.slice();
  const m = new Uint32Array(64);
  const r = (x: number, s: number) => (x >>> s) | (x << (32 - s));
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < 64; i++) {
      m[i] =
        i < 16
          ? w[b * 16 + i]
          : (r(m[i - 2], 17) ^ r(m[i - 2], 19) ^ (m[i - 2] >>> 10)) +
            m[i - 7] +
            (r(m[i - 15], 7) ^ r(m[i - 15], 18) ^ (m[i - 15] >>> 3)) +
            m[i - 16];
    }
    let [a, bb, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = hh + (r(e, 6) ^ r(e, 11) ^ r(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + m[i];
      const t2 = (r(a, 2) ^ r(a, 13) ^ r(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a; h[1] += bb; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    for (let i = 0; i < 8; i++) h[i] |= 0;
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}
