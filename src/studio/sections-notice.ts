/**
 * The form's first sections: the notice itself (revision, language), the controller (with the
 * organisation number's mod-11 check as the owner types), the first-layer summary, and the
 * categories. Field names are SPEC §3's, bound by their JSON paths.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LANGUAGES } from '../widget/i18n/language.js';
import { DEFAULT_LANGUAGE } from '../widget/notice/defaults.js';
import { orgNumberValid } from '../widget/notice/validate.js';
import { input, problems, select, textField, todo, type Form } from './fields.js';
import { getAt, setAt, type Json } from './model.js';
import { t } from './strings.js';

export const LEGAL_BASIS_CHOICES = [
  ['consent', 'consent'],
  ['contract', 'contract'],
  ['legal-obligation', 'legal-obligation'],
  ['vital-interests', 'vital-interests'],
  ['public-task', 'public-task'],
  ['legitimate-interests', 'legitimate-interests'],
] as const;

/** A section: a heading, the `$todo` note and problems at `path` (if any), then its fields. */
export function section(form: Form, id: string, title: string, path: (string | number)[] | null, body: unknown): TemplateResult {
  return html`<section class="form-section" aria-labelledby=${`${id}-title`} id=${id}>
    <h2 id=${`${id}-title`}>${title}</h2>
    ${path ? html`${todo(form, path)} ${problems(form, path).view}` : nothing} ${body}
  </section>`;
}

/** What the mod-11 check says of the number typed so far. */
function orgNumberHint(value: unknown): string {
  const digits = typeof value === 'string' ? value.replace(/\s/g, '') : '';
  if (!digits) return '';
  if (!/^\d{9}$/.test(digits)) return t('orgShort');
  return orgNumberValid(digits) ? t('orgOk') : t('orgBad');
}

export function noticeSection(form: Form): TemplateResult {
  const languages: string[] = [DEFAULT_LANGUAGE, ...LANGUAGES];
  const current = getAt(form.notice, ['language']);
  if (typeof current === 'string' && !languages.includes(current)) languages.push(current);
  return section(
    form,
    'notice',
    t('notice'),
    [],
    html`
    <div class="row">
      ${input(form, ['revision'], t('revision'), { required: true })}
      ${select(
        form,
        ['language'],
        t('language'),
        languages.map((l) => [l, l] as const),
        'auto',
      )}
    </div>`,
  );
}

export function controllerSection(form: Form): TemplateResult {
  const path = (field: string) => ['controller', field];
  const orgHint = orgNumberHint(getAt(form.notice, path('orgNumber')));
  return section(
    form,
    'controller',
    t('controller'),
    ['controller'],
    html`
    <div class="row">
      ${input(form, path('name'), t('name'), { required: true, autocomplete: 'organization' })}
      ${input(form, path('orgNumber'), t('orgNumber'), { hint: html`<span aria-live="polite">${orgHint}</span>`, autocomplete: 'off' })}
    </div>
    <div class="row">
      ${input(form, path('email'), t('email'), { type: 'email', autocomplete: 'email' })}
      ${input(form, path('phone'), t('phone'), { type: 'tel', autocomplete: 'tel' })}
    </div>
    ${input(form, path('address'), t('address'), { autocomplete: 'street-address' })}
    <div class="row">
      ${input(form, path('dpoEmail'), t('dpoEmail'), { type: 'email' })}
      ${input(form, path('privacyEmail'), t('privacyEmail'), { type: 'email' })}
    </div>
    ${input(form, path('policyUrl'), t('policyUrl'), { type: 'url' })}
    ${textField(form, ['summary'], t('summary'), { long: true })}`,
  );
}

/** The id typed for a new category, kept between renders. */
let newCategory = '';

export function categoriesSection(form: Form): TemplateResult {
  const categories = (getAt(form.notice, ['categories']) ?? {}) as Json;
  const remove = (id: string) => () => {
    delete categories[id];
    form.changed();
  };
  const add = () => {
    const id = newCategory.trim();
    if (!id) return;
    setAt(form.notice, ['categories', id], { title: { nb: id, nn: id, en: id } });
    newCategory = '';
    form.changed();
    requestAnimationFrame(() => document.getElementById(`category-${id}`)?.querySelector('input')?.focus());
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  return section(
    form,
    'categories',
    t('categories'),
    ['categories'],
    html`
    ${Object.keys(categories).map((id) => {
      const shown = problems(form, ['categories', id]);
      return html`<fieldset class="item" id=${`category-${id}`}>
        <legend>${t('category')}: <code>${id}</code></legend>
        ${shown.view}
        ${textField(form, ['categories', id, 'title'], t('titleField'))}
        ${textField(form, ['categories', id, 'description'], t('descriptionField'), { long: true })}
        ${id === 'necessary' ? nothing : html`<button type="button" class="small danger" @click=${remove(id)}>${t('remove')}: ${id}</button>`}
      </fieldset>`;
    })}
    <div class="field add-row">
      <label for="new-category">${t('newCategoryId')}</label>
      <input id="new-category" .value=${live(newCategory)} @input=${(e: Event) => (newCategory = (e.target as HTMLInputElement).value)} @keydown=${onKey}>
      <button type="button" @click=${add}>${t('addCategory')}</button>
    </div>`,
  );
}
