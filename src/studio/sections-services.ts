/**
 * The services: found by searching the service catalogue (each added as its preset expanded, every
 * field editable), or written from scratch; each with its cookies and their durations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { addCatalogueService, entryName, searchCatalogue } from './catalogue.js';
import { checkbox, input, problems, select, textField, todo, type Form } from './fields.js';
import { appendAt, getAt, removeAt, type Json } from './model.js';
import { LEGAL_BASIS_CHOICES, section } from './sections-notice.js';
import { interfaceLanguage, t } from './strings.js';

/** The search typed so far, kept between renders. */
let query = '';

const services = (form: Form): Json[] => {
  const list = getAt(form.notice, ['services']);
  return Array.isArray(list) ? (list as Json[]) : [];
};

/** Moves focus to the first field of service `index` once it is on the page. */
const focusService = (index: number) =>
  requestAnimationFrame(() => document.getElementById(`service-${index}`)?.querySelector('input')?.focus());

/** The catalogue search: a labelled search box and its hits, each with an "Add" button. */
function search(form: Form): TemplateResult {
  const taken = new Set(services(form).map((s) => s.id));
  const hits = searchCatalogue(query);
  const add = (id: string) => () => {
    const index = addCatalogueService(form.notice, id);
    form.changed();
    focusService(index);
  };
  return html`<div class="field search">
      <label for="catalogue-search">${t('search')}</label>
      <input id="catalogue-search" type="search" aria-describedby="catalogue-search-hint" .value=${live(query)}
        @input=${(e: Event) => {
          query = (e.target as HTMLInputElement).value;
          form.changed();
        }}>
      <p class="hint" id="catalogue-search-hint">${t('searchHint')}</p>
    </div>
    <div aria-live="polite">
      ${query.trim() && !hits.length ? html`<p>${t('noHits')}</p>` : nothing}
      ${
        hits.length
          ? html`<ul class="hits">
            ${hits.map(
              (entry) => html`<li>
                <span><strong>${entryName(entry, interfaceLanguage())}</strong> · ${entry.provider.name} · <code>${entry.category}</code></span>
                <button type="button" class="small" ?disabled=${taken.has(entry.id)} @click=${add(entry.id)}
                  aria-label=${`${taken.has(entry.id) ? t('added') : t('add')}: ${entryName(entry, interfaceLanguage())}`}>
                  ${taken.has(entry.id) ? t('added') : t('add')}</button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
}

const ROLE_CHOICES = [
  ['', ''],
  ['processor', 'processor'],
  ['joint-controller', 'joint-controller'],
  ['controller', 'controller'],
] as const;

/** One cookie of a service: name, pattern, duration. */
function cookie(form: Form, at: (string | number)[], index: number): TemplateResult {
  const path = [...at, 'cookies', index];
  const remove = () => {
    removeAt(form.notice, [...at, 'cookies'], index);
    form.changed();
  };
  const shown = problems(form, path);
  return html`<fieldset class="item cookie">
    <legend>${t('cookie')} ${index + 1}</legend>
    ${shown.view}
    <div class="row">
      ${input(form, [...path, 'name'], t('cookieName'), { required: true })}
      ${input(form, [...path, 'pattern'], t('pattern'))}
    </div>
    ${textField(form, [...path, 'duration'], t('duration'))}
    <button type="button" class="small danger" @click=${remove}>${t('remove')}: ${t('cookie')} ${index + 1}</button>
  </fieldset>`;
}

/** A service's cookies, each a fieldset of its own, and the button that adds one. */
function serviceCookies(form: Form, at: (string | number)[], index: number, value: Json): TemplateResult {
  const cookies = Array.isArray(value.cookies) ? value.cookies : [];
  const addCookie = () => {
    const i = appendAt(form.notice, [...at, 'cookies'], { name: '' });
    form.changed();
    requestAnimationFrame(() => document.getElementById(`f-services-${index}-cookies-${i}-name`)?.focus());
  };
  return html`<div class="cookies">
      ${problems(form, [...at, 'cookies']).view}
      ${cookies.map((_, i) => cookie(form, at, i))}
      <button type="button" class="small" @click=${addCookie}>${t('addCookie')}</button>
    </div>`;
}

/** A service's hosts, one a line: kept as a list, and left out of the notice when empty. */
function serviceHosts(form: Form, at: (string | number)[], index: number, value: Json): TemplateResult {
  const hosts = Array.isArray(value.hosts) ? value.hosts.join('\n') : '';
  const onHosts = (event: Event) => {
    const lines = (event.target as HTMLTextAreaElement).value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length) value.hosts = lines;
    else delete value.hosts;
    form.changed();
  };
  return html`<div class="field">
      <label for=${`f-services-${index}-hosts`}>${t('hosts')}</label>
      <textarea id=${`f-services-${index}-hosts`} rows="2" .value=${live(hosts)} @change=${onHosts}></textarea>
      ${problems(form, [...at, 'hosts']).view}
    </div>`;
}

/** One service, every field of SPEC §3. */
function service(form: Form, index: number): TemplateResult {
  const at = ['services', index];
  const value = services(form)[index];
  const categories = Object.keys((getAt(form.notice, ['categories']) ?? {}) as Json).map((id) => [id, id] as const);
  const remove = () => {
    removeAt(form.notice, ['services'], index);
    form.changed();
  };
  const shown = problems(form, at);
  const title = typeof value.id === 'string' && value.id ? value.id : `${t('service')} ${index + 1}`;
  return html`<fieldset class="item service" id=${`service-${index}`}>
    <legend>${t('service')}: <code>${title}</code></legend>
    ${todo(form, at)} ${shown.view}
    ${typeof value.preset === 'string' ? html`<p class="preset">${t('fromPreset')}: <code>${value.preset}</code></p>` : nothing}
    <div class="row">
      ${input(form, [...at, 'id'], t('id'), { required: true })}
      ${select(form, [...at, 'category'], t('category'), categories)}
    </div>
    ${textField(form, [...at, 'name'], t('name'))}
    <div class="row">
      ${input(form, [...at, 'provider'], t('provider'))}
      ${select(
        form,
        [...at, 'role'],
        t('role'),
        ROLE_CHOICES.map(([v, l]) => [v, l || t('roleNone')] as const),
      )}
    </div>
    ${textField(form, [...at, 'purpose'], t('purpose'), { long: true })}
    ${textField(form, [...at, 'retention'], t('serviceRetention'))}
    ${textField(form, [...at, 'arrangement'], t('arrangement'), { long: true })}
    ${select(form, [...at, 'legalBasis'], t('legalBasis'), LEGAL_BASIS_CHOICES, 'consent')}
    ${serviceCookies(form, at, index, value)}
    ${checkbox(form, [...at, 'cookieless'], t('cookieless'))}
    ${textField(form, [...at, 'transfer'], t('transfer'), { long: true })}
    ${input(form, [...at, 'policyUrl'], t('servicePolicy'), { type: 'url' })}
    ${serviceHosts(form, at, index, value)}
    <button type="button" class="danger" @click=${remove}>${t('remove')}: ${title}</button>
  </fieldset>`;
}

export function servicesSection(form: Form): TemplateResult {
  const addCustom = () => {
    const categories = Object.keys((getAt(form.notice, ['categories']) ?? {}) as Json);
    const index = appendAt(form.notice, ['services'], { category: categories.find((c) => c !== 'necessary') ?? 'necessary' });
    form.changed();
    focusService(index);
  };
  return section(
    form,
    'services',
    t('services'),
    ['services'],
    html`
    ${search(form)}
    ${services(form).map((_, i) => service(form, i))}
    <button type="button" @click=${addCustom}>${t('addCustom')}</button>`,
  );
}
