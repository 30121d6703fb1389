/**
 * One service in the second layer: its switch, provider and role, purpose and legal basis,
 * cookies with durations, retention, transfers and the essence of a joint-controller
 * arrangement; and, under necessary, samtykke's own storage (own-storage.ts), with the service
 * that declares samtykke's cookie or as an entry of its own.
 */
import { html, nothing } from 'lit/html.js';
import type { NoticeWords } from '../i18n/notice-words.js';
import type { Service, Text } from '../types.js';
import type { StoredItem } from './own-storage.js';
import { PART, externalLink, row, serviceName, type View } from './view.js';

/**
 * A service with the two texts the notice may give it beyond SPEC §3's first list: how long the
 * provider keeps the data (`retention`) and the essence of a joint-controller arrangement
 * (`arrangement`, GDPR art. 26(2)). The schema carries them; this keeps the view typed either way.
 */
export type ServiceTerms = Service & { retention?: Text; arrangement?: Text };

/** A category's or a service's switch: on and disabled when `locked`. */
export const toggle = (locked: boolean, on: unknown, change: (on: boolean) => void) =>
  html`<input type="checkbox" role="switch" class="switch" part=${PART.switch} .checked=${locked || !!on}
    ?disabled=${locked} @change=${(event: Event) => change((event.target as HTMLInputElement).checked)} />`;

/** samtykke's own storage as a list: name, kind, purpose and lifetime of each. */
export const storageList = (items: StoredItem[], words: NoticeWords) =>
  html`<ul class="own-storage">
    ${items.map(
      (item) =>
        html`<li><code>${item.name}</code> (${words.kinds[item.kind]}) &ndash; ${item.lifetime}<br /><span>${item.purpose}</span></li>`,
    )}
  </ul>`;

/** The provider with its role, as the notice states it ("Google Ireland Ltd. (databehandler for oss)"). */
function provider(service: Service, words: NoticeWords) {
  if (!service.provider) return '';
  return service.role ? `${service.provider} (${words.roles[service.role]})` : service.provider;
}

/**
 * A service of the notice. `own`: samtykke's own storage, when this service declares its
 * cookie (shown after the service's cookies, the cookie itself not twice).
 */
export function serviceEntry(view: View, service: ServiceTerms, locked: boolean, words: NoticeWords, own?: StoredItem[]) {
  const { strings, text } = view;
  const name = serviceName(view, service);
  const joint = service.role === 'joint-controller';
  return html`<li class="service">
    <label class="switch-row">
      ${toggle(locked, view.choices[service.id], (on) => view.service(service, on))}
      <span>${name}</span>
    </label>
    <dl>
      ${row(strings.provider, provider(service, words))} ${row(strings.purpose, text(service.purpose))}
      ${row(strings.legalBasis, service.legalBasis && strings.bases[service.legalBasis])}
      ${row(
        strings.cookies,
        service.cookies?.length &&
          html`<ul>
            ${service.cookies.map(
              (cookie) => html`<li><code>${cookie.name}</code>${cookie.duration ? ` – ${text(cookie.duration)}` : ''}</li>`,
            )}
          </ul>`,
      )}
      ${own ? row(words.storage, storageList(own, words)) : nothing} ${row(strings.retention, text(service.retention))}
      ${row(strings.transfer, text(service.transfer))} ${joint ? row(words.arrangement, text(service.arrangement)) : nothing}
    </dl>
    ${externalLink(service.policyUrl, html`${strings.policy}: ${name}`)}
  </li>`;
}

/**
 * samtykke's own entry under necessary, when no service of the notice declares its cookie. It
 * has no switch: it is no service of the notice, and there is nothing to choose about it.
 */
export function ownEntry(view: View, items: StoredItem[], words: NoticeWords) {
  return html`<li class="service own">
    <p class="own-name"><strong>${words.ownName}</strong></p>
    <dl>
      ${row(view.strings.provider, view.host.config.controller.name)} ${row(view.strings.purpose, words.ownPurpose)}
      ${row(words.storage, storageList(items, words))}
    </dl>
  </li>`;
}
