// What the interface must tell a visitor under issue 23 (SPEC §4; GDPR art. 13, 4(10), 26(2)):
// samtykke's own cookie and storage under necessary (once, even when the notice declares the
// cookie), each service's role with a joint controller's arrangement and its retention, and a
// first layer whose "these companies receive data" leaves processors out.
import { expect } from '@open-wc/testing';
import type { Config } from '../../src/widget/types.js';
import { $, baseConfig, fakeHost, mount, openDialog, textOf, widgetPageHooks } from './widget-fixtures.js';

widgetPageHooks();

/** The values of every `<dt>label</dt><dd>value</dd>` pair under `root` labelled `label`. */
const values = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('dt')].filter((dt) => textOf(dt) === label).map((dt) => textOf(dt.nextElementSibling!));

/** The base notice with roles, a joint controller's arrangement and retention on its services. */
const withRoles: Config = {
  ...baseConfig,
  language: 'nb',
  services: baseConfig.services.map((service) =>
    service.id === 'google-analytics'
      ? { ...service, role: 'processor', retention: { nb: '14 måneder hos Google' } }
      : service.id === 'meta-pixel'
        ? { ...service, role: 'joint-controller', arrangement: { nb: 'Meta svarer på spørsmål om annonsene.' } }
        : service.id === 'hotjar'
          ? { ...service, role: 'controller' }
          : service,
  ) as Config['services'],
};

describe('the interface tells what the law asks', () => {
  it('the first layer names the third parties that receive data, not the processors', async () => {
    const el = await mount(fakeHost(withRoles).host);
    const text = textOf($(el, '.banner')!);
    expect(text).to.contain(
      'Hvis du sier ja, får disse virksomhetene opplysninger om deg: Meta Platforms Ireland Ltd. og Hotjar Ltd.',
    );
    expect(text).to.not.contain('Google Ireland Ltd.');
  });

  it('the second layer shows each role, the arrangement of a joint controller and the retention', async () => {
    const el = await mount(fakeHost(withRoles).host);
    const dialog = await openDialog(
      el,
      [...$(el, '.banner')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Tilpass'),
    );
    const text = textOf(dialog);
    expect(text).to.contain('Google Ireland Ltd. (databehandler for oss)');
    expect(values(dialog, 'Lagringstid')).to.include('14 måneder hos Google');
    expect(text).to.contain('Meta Platforms Ireland Ltd. (felles behandlingsansvarlig med oss)');
    expect(values(dialog, 'Hovedinnholdet i avtalen om felles behandlingsansvar')).to.deep.equal([
      'Meta svarer på spørsmål om annonsene.',
    ]);
    expect(text).to.contain('Hotjar Ltd. (selvstendig behandlingsansvarlig)');
  });

  it('lists samtykke’s own cookie and storage under necessary, with purpose and lifetime', async () => {
    const el = await mount(fakeHost({ ...withRoles, cookie: { ...withRoles.cookie, name: 'valg', expiresAfterDays: 90 } }).host);
    const dialog = await openDialog(
      el,
      [...$(el, '.banner')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Tilpass'),
    );
    const necessary = dialog.querySelector('.category')!;
    expect(textOf(necessary)).to.contain('Personvernvalgene dine (samtykke)');
    necessary.querySelector('details')!.open = true;
    // As rendered: the line break between an item's name and its purpose read as a space.
    const items = [...necessary.querySelectorAll<HTMLElement>('.own-storage li')].map((item) =>
      item.innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'valg (informasjonskapsel) – 90 dager Husker valget ditt, slik at du ikke blir spurt på hver side.',
      'samtykke (IndexedDB) – Så lenge valget den gjelder, varer (90 dager), og til den er sendt Kvitteringer for valgene dine (samtykke-ID, tidspunkt og hva du valgte), slik at du kan se dem her, og de som venter på å bli sendt til oss.',
      'samtykke:validated (lokal lagring) – Til du sletter nettstedsdata i nettleseren Husker at denne versjonen av personvernerklæringen er kontrollert. Inneholder ingen opplysninger om deg.',
      'samtykke:queued (lokal lagring) – Til du sletter nettstedsdata i nettleseren Merker at en kvittering for valget ditt venter på å bli sendt til oss.',
    ]);
    // Not under any other category.
    for (const other of [...dialog.querySelectorAll('.category')].slice(1)) expect(textOf(other)).to.not.contain('samtykke:');
  });

  it('a notice that declares samtykke’s cookie itself gets the storage beside it, the cookie once', async () => {
    const config: Config = {
      ...withRoles,
      services: [
        {
          id: 'samtykke',
          category: 'necessary',
          name: 'samtykke',
          provider: 'Testfirma AS',
          legalBasis: 'legal-obligation',
          cookies: [{ name: 'samtykke', duration: '180 dager' }],
        },
        ...withRoles.services,
      ],
    };
    const el = await mount(fakeHost(config).host);
    const dialog = await openDialog(
      el,
      [...$(el, '.banner')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Tilpass'),
    );
    const codes = [...dialog.querySelectorAll('.category')[0].querySelectorAll('code')].map((code) => code.textContent);
    expect(codes.filter((name) => name === 'samtykke')).to.deep.equal(['samtykke', 'samtykke']); // the cookie, the database
    expect(codes).to.include('samtykke:validated');
    expect(textOf(dialog)).to.not.contain('Personvernvalgene dine (samtykke)');
    expect(textOf(dialog)).to.not.contain('(informasjonskapsel)');
  });
});
