import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/catalogue/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; on a busy 2-core machine they need more than the
    // default 5 s. A time limit here only stops a hung test: speed is measured by the benches.
    testTimeout: 120000,
    // The unit tests are pure functions of their input (no DOM, no globals they change), so one
    // thread may run file after file without a fresh module graph for each: 10 s instead of 18 s
    // here, the difference between the quick tier fitting in a minute or not.
    pool: 'threads',
    isolate: false,
  },
});
