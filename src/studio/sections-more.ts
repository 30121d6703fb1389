/**
 * The rest of the notice: the wider notice summary (purposes with their legal basis, data,
 * retention and recipients), the rights, the supervisory authority, and the options: proof
 * endpoint, the decision cookie, Google Consent Mode, Global Privacy Control.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ALL_RIGHTS, DEFAULT_CONSENT_MODE, DEFAULT_COOKIE } from '../widget/notice/defaults.js';
import { input, problems, select, textField, type Form } from './fields.js';
import { appendAt, getAt, removeAt, setAt, type Json } from './model.js';
import { framesControl } from './sections-frames.js';
import { LEGAL_BASIS_CHOICES, section } from './sections-notice.js';
import { interfaceLanguage, t } from './strings.js';

export function purposesSection(form: Form): TemplateResult {
  const list = getAt(form.notice, ['purposes']);
  const purposes = Array.isArray(list) ? list : [];
  const add = () => {
    const index = appendAt(form.notice, ['purposes'], { legalBasis: 'consent' });
    form.changed();
    requestAnimationFrame(() => document.getElementById(`purpose-${index}`)?.querySelector('input')?.focus());
  };
  const remove = (index: number) => () => {
    removeAt(form.notice, ['purposes'], index);
    if (!purposes.length) delete form.notice.purposes;
    form.changed();
  };
  return section(
    form,
    'purposes',
    t('purposes'),
    ['purposes'],
    html`
    ${purposes.map((_, i) => {
      const at = ['purposes', i];
      return html`<fieldset class="item" id=${`purpose-${i}`}>
        <legend>${t('purposeItem')} ${i + 1}</legend>
        ${problems(form, at).view}
        ${textField(form, [...at, 'title'], t('titleField'), { required: true })}
        ${select(form, [...at, 'legalBasis'], t('legalBasis'), LEGAL_BASIS_CHOICES)}
        ${textField(form, [...at, 'data'], t('data'))}
        ${textField(form, [...at, 'retention'], t('retention'))}
        ${textField(form, [...at, 'recipients'], t('recipients'))}
        <button type="button" class="small danger" @click=${remove(i)}>${t('remove')}: ${t('purposeItem')} ${i + 1}</button>
      </fieldset>`;
    })}
    <button type="button" @click=${add}>${t('addPurpose')}</button>`,
  );
}

const RIGHT_WORDS: Record<string, [string, string]> = {
  access: ['Innsyn', 'Access'],
  rectification: ['Retting', 'Rectification'],
  erasure: ['Sletting', 'Erasure'],
  restriction: ['Begrensning', 'Restriction'],
  portability: ['Dataportabilitet', 'Portability'],
  objection: ['Protest (innsigelse)', 'Objection'],
  withdraw: ['Trekke samtykke', 'Withdraw consent'],
  complaint: ['Klage til tilsynet', 'Complaint to the authority'],
};

/** The rights as checkboxes; absent `rights` means all of them (the default). */
export function rightsSection(form: Form): TemplateResult {
  const written = getAt(form.notice, ['rights']);
  const rights: string[] = Array.isArray(written) ? (written as string[]) : [...ALL_RIGHTS];
  const toggle = (right: string) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    const next = new Set(rights.filter((r) => r !== right));
    if (on) next.add(right);
    // In the order the notice lists them; rights the studio does not know are kept after.
    setAt(
      form.notice,
      ['rights'],
      [...ALL_RIGHTS.filter((r) => next.has(r)), ...[...next].filter((r) => !(ALL_RIGHTS as readonly string[]).includes(r))],
    );
    form.changed();
  };
  const shown = problems(form, ['rights']);
  return section(
    form,
    'rights',
    t('rights'),
    null,
    html`
    <fieldset class="checks" aria-describedby=${ifDefined(shown.describedBy)}>
      <legend>${t('rights')}</legend>
      ${shown.view}
      ${ALL_RIGHTS.map(
        (right) => html`<div class="field check">
          <input type="checkbox" id=${`f-rights-${right}`} .checked=${live(rights.includes(right))} @change=${toggle(right)}>
          <label for=${`f-rights-${right}`}>${RIGHT_WORDS[right][interfaceLanguage() === 'en' ? 1 : 0]} <code>${right}</code></label>
        </div>`,
      )}
    </fieldset>
    <h3>${t('authority')}</h3>
    <div class="row">
      ${input(form, ['authority', 'name'], t('name'), { hint: `${t('byDefault')}: Datatilsynet` })}
      ${input(form, ['authority', 'url'], t('authorityUrl'), { type: 'url', hint: `${t('byDefault')}: https://www.datatilsynet.no` })}
    </div>`,
  );
}

/** Consent Mode as one choice: on (basic), advanced, off; its other options are kept. */
function consentMode(form: Form): TemplateResult {
  const value = getAt(form.notice, ['googleConsentMode']);
  const options = value && typeof value === 'object' ? (value as Json) : null;
  const current = value === false ? 'off' : options?.mode === 'advanced' ? 'advanced' : 'on';
  const onChange = (event: Event) => {
    const choice = (event.target as HTMLSelectElement).value;
    if (choice === 'off') form.notice.googleConsentMode = false;
    else if (choice === 'advanced') form.notice.googleConsentMode = { ...(options ?? {}), mode: 'advanced' };
    else form.notice.googleConsentMode = options ? { ...options, mode: 'basic' } : true;
    form.changed();
  };
  const shown = problems(form, ['googleConsentMode']);
  return html`<div class="field">
    <label for="f-googleConsentMode">${t('consentMode')}</label>
    <select id="f-googleConsentMode" @change=${onChange} aria-describedby=${ifDefined(shown.describedBy)}>
      ${(['on', 'advanced', 'off'] as const).map(
        (choice) =>
          html`<option value=${choice} .selected=${live(choice === current)}>${t(choice === 'on' ? 'cmOn' : choice === 'advanced' ? 'cmAdvanced' : 'cmOff')}</option>`,
      )}
    </select>
    ${shown.view}
  </div>
  ${
    options
      ? html`${input(form, ['googleConsentMode', 'region'], t('region'), { show: (v) => (Array.isArray(v) ? v.join(', ') : ''), parse: list })}
      ${input(form, ['googleConsentMode', 'waitForUpdate'], t('waitForUpdate'), { type: 'number', parse: whole, hint: `${t('byDefault')}: ${DEFAULT_CONSENT_MODE.waitForUpdate}` })}`
      : nothing
  }`;
}

/** "NO, SE" → ["NO", "SE"]; nothing → the field removed. */
const list = (text: string): string[] | undefined => {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};

/** Digits → a number; anything else stays text, for the validator to name. */
const whole = (text: string): unknown => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/**
 * A switch that is on by default (`autoBlock`, `reloadOnWithdraw`): shown on unless the notice
 * says false; switching it writes the boolean, and switching auto-blocking back on keeps its
 * options object when the notice had one.
 */
function onByDefault(form: Form, field: string, label: string): TemplateResult {
  const value = form.notice[field];
  const onChange = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    form.notice[field] = on ? (value && typeof value === 'object' ? value : true) : false;
    form.changed();
  };
  return html`<div class="field check">
    <input type="checkbox" id=${`f-${field}`} .checked=${live(value !== false)} @change=${onChange}>
    <label for=${`f-${field}`}><code>${field}</code>: ${label}</label>
    ${problems(form, [field]).view}
  </div>`;
}

export function optionsSection(form: Form): TemplateResult {
  const cookie = (field: string) => ['cookie', field];
  return section(
    form,
    'options',
    t('options'),
    ['cookie'],
    html`
    ${input(form, ['proof', 'endpoint'], t('endpoint'), { type: 'url', hint: `${t('forExample')}: /consent-proofs` })}
    <div class="row">
      ${input(form, cookie('name'), t('cookieOptionsName'), { hint: `${t('byDefault')}: samtykke` })}
      ${input(form, cookie('expiresAfterDays'), t('expiresAfterDays'), { type: 'number', parse: whole, hint: `${t('byDefault')}: ${DEFAULT_COOKIE.expiresAfterDays}` })}
    </div>
    <div class="row">
      ${input(form, cookie('domain'), t('domain'))}
      ${input(form, cookie('path'), t('path'), { hint: `${t('byDefault')}: /` })}
      ${select(
        form,
        cookie('sameSite'),
        t('sameSite'),
        [
          ['Lax', 'Lax'],
          ['Strict', 'Strict'],
          ['None', 'None'],
        ],
        'Lax',
      )}
    </div>
    <div class="row">
      ${consentMode(form)}
      ${select(
        form,
        ['gpc'],
        t('gpc'),
        [
          ['honor', t('gpcHonor')],
          ['ignore', t('gpcIgnore')],
        ],
        'honor',
      )}
      ${select(
        form,
        ['theme'],
        t('theme'),
        [
          ['auto', t('themeAuto')],
          ['light', t('light')],
          ['dark', t('dark')],
        ],
        'auto',
      )}
    </div>
    ${onByDefault(form, 'autoBlock', t('autoBlock'))}
    ${framesControl(form)}
    ${onByDefault(form, 'reloadOnWithdraw', t('reloadOnWithdraw'))}`,
  );
}
