// The rate limiter's arithmetic (pure logic, a clock of our own): buckets refill at their rate
// and never past their burst, Retry-After is the real wait, memory stays bounded, and a client
// is an IPv4 address or an IPv6 /64.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { build, load } from './helpers.mjs';

let TokenBuckets;
let limitKey;
before(async () => {
  await build();
  ({ TokenBuckets, limitKey } = await load('limits.js'));
});

test('a bucket gives its burst at once, then one token per 60/perMinute seconds, with the wait as Retry-After', () => {
  let now = 1_000_000;
  const buckets = new TokenBuckets({ perMinute: 6, burst: 3 }, 100, () => now);
  assert.deepEqual(
    [0, 1, 2].map(() => buckets.take('a')),
    [0, 0, 0],
  );
  assert.equal(buckets.take('a'), 10); // one token every 10 s
  now += 4_000;
  assert.equal(buckets.take('a'), 6);
  now += 6_000;
  assert.equal(buckets.take('a'), 0);
  // Idle for an hour: full again, but never more than the burst.
  now += 3_600_000;
  assert.deepEqual(
    [0, 1, 2, 3].map(() => buckets.take('a')),
    [0, 0, 0, 10],
  );
  // waiting() looks without taking.
  assert.equal(buckets.waiting('b'), 0);
  assert.equal(buckets.waiting('b'), 0);
  assert.equal(buckets.take('b'), 0);
});

test('at most maxClients buckets: the least recently seen client is forgotten first', () => {
  const buckets = new TokenBuckets({ perMinute: 1, burst: 1 }, 2, () => 0);
  assert.equal(buckets.take('a'), 0);
  assert.equal(buckets.take('b'), 0);
  assert.ok(buckets.take('a') > 0); // a is now the most recent
  assert.equal(buckets.take('c'), 0); // b is dropped
  assert.ok(buckets.take('a') > 0, 'a was kept');
  assert.equal(buckets.take('b'), 0, 'b starts again with a full bucket');
});

test('limitKey: IPv4 as is (also IPv4-mapped), IPv6 by its /64', () => {
  assert.equal(limitKey('203.0.113.9'), '203.0.113.9');
  assert.equal(limitKey('::ffff:203.0.113.9'), '203.0.113.9');
  assert.equal(limitKey('2001:db8:85a3:8d3:1319:8a2e:370:7348'), '2001:db8:85a3:8d3::/64');
  assert.equal(limitKey('2001:0db8:85a3:08d3::1'), '2001:db8:85a3:8d3::/64');
  assert.equal(limitKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(limitKey('2001:db8::1'), limitKey('2001:db8:0:0:ffff::2'));
  assert.equal(limitKey(null), 'unknown');
});
