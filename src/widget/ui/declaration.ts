/**
 * The view of `<samtykke-declaration>` (declaration-part.ts): the notice's cookie declaration for
 * a site's privacy page, one table per category (a row per service: provider and role, with a
 * joint controller's arrangement; purpose, legal basis and retention; each cookie with its
 * duration; transfers), samtykke's own cookie and storage under necessary (own-storage.ts, SPEC
 * §4), then the visitor's current choice with its consent id and date, and the buttons to change
 * or withdraw it.
 *
 * Like every view it binds notice text as text only (no innerHTML, no unsafeHTML); links come
 * from URL fields alone, through `externalLink()`. It says "first party" only where the notice
 * itself shows it (see `firstParty`), and never guesses a third party: the notice schema does
 * not record where a cookie is set.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { fill, formatDate, type Strings } from '../i18n/index.js';
import type { NoticeWords } from '../i18n/notice-words.js';
import type { DeclarationStrings } from '../i18n/strings.js';
import { ownStorage, type StoredItem } from './own-storage.js';
import { storageList, type ServiceTerms } from './service-entry.js';
import type { Config, Consent, Service, ServiceCookie, Text } from '../types.js';
import { NECESSARY, PART, categoryIds, externalLink, row } from './view.js';

export interface DeclarationView {
  /** The validated notice. */
  config: Config;
  /** The visitor's current decision, or null before any. */
  consent: Consent | null;
  /** The language it speaks, and its strings. */
  lang: string;
  strings: Strings;
  /** The declaration's own words in that language (i18n/declaration.ts). */
  words: DeclarationStrings;
  /** The words it shares with the second layer: roles, samtykke's own storage (i18n/notice-words.ts). */
  notice: NoticeWords;
  /** A notice text in that language. */
  text(value: Text | undefined): string;
  /** Opens the second layer. */
  change(event: Event): void;
  /** Withdraws consent; `event` is the click that asked (see declaration-part.ts). */
  withdraw(event: Event): void;
}

/**
 * Whether the notice shows `cookie` to be the site's own: samtykke's decision cookie, or a cookie
 * of a service that names no provider or names the controller itself. Anything else is left
 * unmarked: a third party's script often sets its cookies on the site's own domain (`_ga`,
 * `_fbp`), so a provider alone does not make a cookie third-party.
 */
export const firstParty = (config: Config, service: Service, cookie: ServiceCookie): boolean =>
  cookie.name === config.cookie.name || !service.provider || service.provider === config.controller.name;

const DASH = '–';

/** A service's cookies, then `own` (samtykke's own storage, when this service declares its cookie). */
function cookies(view: DeclarationView, service: Service, own?: StoredItem[]) {
  const { words, text, config } = view;
  const ownList = own ? storageList(own, view.notice) : nothing;
  if (!service.cookies?.length) return own ? ownList : service.cookieless ? words.cookieless : DASH;
  return html`<ul>
      ${service.cookies.map((cookie) => {
        const duration = text(cookie.duration);
        const party = firstParty(config, service, cookie) ? ` (${words.firstParty})` : '';
        return html`<li><code>${cookie.name}</code>${duration ? ` – ${duration}` : ''}${party}</li>`;
      })}
    </ul>
    ${ownList}`;
}

/** A labelled line under a cell's main text, or nothing when `value` is empty. */
const note = (className: string, label: string, value: string | undefined) =>
  value ? html`<br /><span class=${className}>${label}: ${value}</span>` : nothing;

function serviceRow(view: DeclarationView, service: ServiceTerms, own?: StoredItem[]) {
  const { strings, notice: words, text } = view;
  const name = text(service.name) || service.id;
  const role = service.role && words.roles[service.role];
  const purpose = text(service.purpose);
  const basis = service.legalBasis && strings.bases[service.legalBasis];
  const arrangement = service.role === 'joint-controller' ? text(service.arrangement) : '';
  return html`<tr>
    <th scope="row">${name}${externalLink(service.policyUrl, html`<br /><span class="policy">${strings.policy}: ${name}</span>`)}</th>
    <td>
      ${service.provider || DASH}${role ? html`<br /><span class="role">(${role})</span>` : nothing}
      ${note('arrangement', words.arrangement, arrangement)}
    </td>
    <td>
      ${purpose || DASH}${note('basis', strings.legalBasis, basis)}
      ${note('retention', strings.retention, text(service.retention))}
    </td>
    <td>${cookies(view, service, own)}</td>
    <td>${text(service.transfer) || DASH}</td>
  </tr>`;
}

/** samtykke's own row, when no service of the notice declares its cookie (SPEC §4). */
function ownRow(view: DeclarationView, items: StoredItem[]) {
  const words = view.notice;
  return html`<tr class="own">
    <th scope="row">${words.ownName}</th>
    <td>${view.config.controller.name}</td>
    <td>${words.ownPurpose}</td>
    <td>${storageList(items, words)}</td>
    <td>${DASH}</td>
  </tr>`;
}

/** The category's state in the current decision, or nothing before one. */
function state(view: DeclarationView, id: string) {
  const { consent, words } = view;
  if (!consent) return nothing;
  const on = id === NECESSARY || consent.categories[id];
  return html` <span class="state ${on ? 'on' : 'off'}">(${on ? words.allowed : words.refused})</span>`;
}

function categoryTable(view: DeclarationView, id: string) {
  const { strings, words, text, config } = view;
  const title = text(config.categories[id]?.title) || id;
  const description = text(config.categories[id]?.description);
  const services = config.services.filter((service) => service.category === id);
  // samtykke's own storage, under necessary: with the service that declares its cookie, if it
  // is one of these, or in a row of its own.
  const stored = id === NECESSARY ? ownStorage(config, view.notice) : undefined;
  const ownHere = stored && (!stored.declaredBy || !services.includes(stored.declaredBy)) ? ownRow(view, stored.items) : nothing;
  const caption = html`<span class="title">${title}${state(view, id)}</span>${description ? html`<span class="description">${description}</span>` : nothing}`;
  if (!services.length && !stored) return html`<p class="empty-category">${caption}</p>`;
  // A wide table scrolls inside its own region, which the keyboard can reach (WCAG 2.1.1).
  return html`<div class="scroll" role="region" tabindex="0" aria-label=${fill(words.scrollTable, { category: title })}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="service">${words.service}</th>
          <th scope="col" class="provider">${strings.provider}</th>
          <th scope="col">${strings.purpose}</th>
          <th scope="col" class="cookies">${words.cookie}</th>
          <th scope="col" class="transfer">${strings.transfer}</th>
        </tr>
      </thead>
      <tbody>
        ${services.map((service) => serviceRow(view, service, service === stored?.declaredBy ? stored.items : undefined))}
        ${ownHere}
      </tbody>
    </table>
  </div>`;
}

/** The visitor's current choice and the buttons to change or withdraw it. */
function choice(view: DeclarationView) {
  const { strings, words, consent, lang } = view;
  // Withdrawing means something only while something beyond necessary is granted.
  const withdrawable = !!consent && Object.entries(consent.categories).some(([id, on]) => on && id !== NECESSARY);
  return html`<section class="choice" aria-labelledby="choice-heading">
    <h3 id="choice-heading">${strings.yourDecision}</h3>
    ${
      consent
        ? html`<dl>
          ${row(strings.consentId, html`<code class="consent-id">${consent.id}</code>`)}
          ${row(strings.date, `${formatDate(consent.timestamp, lang)} (${strings.methods[consent.method] || consent.method})`)}
        </dl>`
        : html`<p>${words.noDecision}</p>`
    }
    <div class="answers">
      <button class="button change" part=${PART.button} @click=${view.change}>${words.change}</button>
      ${
        withdrawable
          ? html`<button class="button withdraw" part=${PART.button} @click=${view.withdraw}>${words.withdraw}</button>`
          : nothing
      }
    </div>
  </section>`;
}

export function declaration(view: DeclarationView): TemplateResult {
  const { config, lang, words } = view;
  // All six languages are written left to right.
  return html`<div class="widget theme-${config.theme}" lang=${lang} dir="ltr">
    <h2>${words.title}</h2>
    ${categoryIds(config.categories).map((id) => categoryTable(view, id))} ${choice(view)}
  </div>`;
}
