// samtykke's version is written once (package.json) and receipts name it: the generated module
// must follow package.json, and the generator must refuse what is no version.
import { describe, expect, it } from 'vitest';
import { packageVersion, versionModule } from '../../scripts/version.mjs';
import { VERSION } from '../../src/widget/proof/version.generated.js';
import { WIDGET } from '../../src/widget/proof/receipt.js';

describe('the widget version', () => {
  it("is package.json's version (run `node scripts/version.mjs` after a bump)", () => {
    expect(VERSION).toBe(packageVersion());
    expect(WIDGET).toBe(`samtykke@${packageVersion()}`);
  });

  it('is written as a module for any semantic version, and refused otherwise', () => {
    expect(versionModule('2.10.3-beta.1')).toContain("export const VERSION = '2.10.3-beta.1';");
    expect(() => versionModule("1.0.0'; alert(1); '")).toThrow(/semantic version/);
    expect(() => versionModule('')).toThrow(/"version"/);
  });
});
