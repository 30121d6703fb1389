import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findTestChrome, requireChrome, chromeArgs } from './scripts/chrome.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findTestChrome() ?? requireChrome(), headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
