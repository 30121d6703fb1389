// A notice with nothing but necessary asks nothing (SPEC §4, issue 23 point 7): no first layer,
// the re-open control is there from the start, and it shows the notice read-only (no switch to
// flip, no Accept all or Reject all), samtykke's own storage included.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Config } from '../../src/widget/types.js';
import { $, $$, active, baseConfig, buttons, fakeHost, frame, mount, textOf, widgetPageHooks } from './widget-fixtures.js';

widgetPageHooks();

/** The base notice with only its necessary category and service. */
const necessaryOnly: Config = {
  ...baseConfig,
  language: 'nb',
  categories: { necessary: baseConfig.categories.necessary },
  services: baseConfig.services.filter((service) => service.category === 'necessary'),
  purposes: [{ title: 'Innlogging', legalBasis: 'contract', retention: 'Til du logger ut' }],
};

describe('a notice with nothing but necessary', () => {
  it('shows no first layer, and the re-open control at once', async () => {
    const { host, calls } = fakeHost(necessaryOnly);
    const el = await mount(host);
    await frame();
    expect($(el, '.banner') === null, 'no first layer').to.equal(true);
    expect(textOf(el.shadowRoot!)).to.not.contain('Godta alle');
    const reopen = $(el, '.reopen')!;
    expect(reopen.hidden, 're-open hidden').to.equal(false);
    expect(reopen.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(calls).to.deep.equal([]);
  });

  it('the re-open control shows the notice read-only, with samtykke’s own storage', async () => {
    const { host, calls } = fakeHost(necessaryOnly);
    const el = await mount(host);
    const reopen = $(el, '.reopen')!;
    reopen.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await frame();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open, 'dialog open').to.equal(true);
    const text = textOf(dialog);
    expect(text).to.contain('bare nødvendige informasjonskapsler, så du har ingenting å velge');
    // Nothing to flip, nothing to answer: every switch is necessary's, on and locked.
    const switches = $$<HTMLInputElement>(el, 'dialog input[role=switch]');
    expect(switches.length).to.be.greaterThan(0);
    for (const toggle of switches) expect([toggle.checked, toggle.disabled]).to.deep.equal([true, true]);
    expect(buttons(dialog).map((button) => button.textContent!.trim())).to.deep.equal(['×', 'Lukk']);
    // samtykke's own cookie and storage, with purpose and lifetime, under necessary.
    expect(text).to.contain('samtykke (informasjonskapsel) – 180 dager');
    expect(text).to.contain('samtykke:validated (lokal lagring)');
    expect(text).to.contain('samtykke (IndexedDB)');
    // Close closes, records nothing, and focus goes back to the re-open control.
    buttons(dialog)
      .find((button) => button.textContent!.trim() === 'Lukk')!
      .click();
    await el.updateComplete;
    await frame();
    expect(dialog.open).to.equal(false);
    expect(active(el) === reopen, 'focus back on the re-open control').to.equal(true);
    expect(calls).to.deep.equal([]);
  });

  it('a notice with a category besides necessary still asks, even with no service in it', async () => {
    const config: Config = {
      ...necessaryOnly,
      categories: { ...necessaryOnly.categories, analytics: baseConfig.categories.analytics },
    };
    const el = await mount(fakeHost(config).host);
    expect($(el, '.banner') !== null, 'a first layer').to.equal(true);
    // The generated summary names the category: never "…teknologi til ." with an empty list.
    expect(textOf($(el, '.banner')!)).to.contain('teknologi til statistikk.');
  });
});
