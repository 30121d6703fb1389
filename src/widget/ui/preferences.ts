/**
 * The second layer's contents: a switch per category and per service, the notice summary, the
 * visitor's own decision and receipts, and Save / Accept all / Reject all. The switches show
 * the widget's working copy of the choices (`view.choices`), which starts from the current
 * decision and is all off before any: nothing is pre-ticked but `necessary`, which is shown on
 * and locked.
 *
 * The close button is the first focusable element and Reject all the last; the widget's focus
 * trap relies on that order (`.close`, `.dialog-footer .button:last-child`).
 */
import { html, nothing } from 'lit/html.js';
import { formatDate, formatList } from '../i18n/index.js';
import type { Method, Receipt, Service } from '../types.js';
import { notice } from './notice.js';
import {
  NECESSARY,
  PART,
  answerButton,
  categoryIds,
  categoryInSentence,
  categoryTitle,
  externalLink,
  row,
  serviceName,
  type View,
} from './view.js';

/** A category's or a service's switch: on and disabled when `locked`. */
const toggle = (locked: boolean, on: unknown, change: (on: boolean) => void) =>
  html`<input type="checkbox" role="switch" class="switch" part=${PART.switch} .checked=${locked || !!on}
    ?disabled=${locked} @change=${(event: Event) => change((event.target as HTMLInputElement).checked)} />`;

function serviceEntry(view: View, service: Service, locked: boolean) {
  const { strings, text } = view;
  const name = serviceName(view, service);
  return html`<li class="service">
    <label class="switch-row">
      ${toggle(locked, view.choices[service.id], (on) => view.service(service, on))}
      <span>${name}</span>
    </label>
    <dl>
      ${row(strings.provider, service.provider)} ${row(strings.purpose, text(service.purpose))}
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
      ${row(strings.transfer, text(service.transfer))}
    </dl>
    ${externalLink(service.policyUrl, html`${strings.policy}: ${name}`)}
  </li>`;
}

function categoryEntry(view: View, id: string, services: Service[]) {
  const { strings, text } = view;
  const locked = id === NECESSARY;
  const own = services.filter((service) => service.category === id);
  const description = text(view.host.config.categories[id].description);
  return html`<div class="category">
    <label class="switch-row">
      ${toggle(locked, view.choices[id], (on) => view.category(id, on))}
      <strong>${categoryTitle(view, id)}</strong>
      ${locked ? html`<span class="always-on">(${strings.alwaysOn})</span>` : nothing}
    </label>
    ${description ? html`<p>${description}</p>` : nothing}
    ${
      own.length
        ? html`<details>
          <summary>${strings.services} (${own.length})</summary>
          <ul class="services">
            ${own.map((service) => serviceEntry(view, service, locked))}
          </ul>
        </details>`
        : nothing
    }
  </div>`;
}

/**
 * What a receipt granted, as a list: "Nødvendige, statistikk og markedsføring" (the first title
 * as written, since it starts the phrase; the others as inside a sentence).
 */
function grantedCategories(view: View, receipt: Receipt): string {
  const granted = Object.keys(receipt.categories).filter((id) => receipt.categories[id]);
  return formatList(
    granted.map((id, index) => (index ? categoryInSentence(view, id) : categoryTitle(view, id))),
    view.lang,
  );
}

function decision(view: View) {
  const { strings, host, lang, history } = view;
  const consent = host.consent;
  if (!consent) return nothing;
  const method = (made: { method: Method }) => strings.methods[made.method] || made.method;
  return html`<section aria-labelledby="decision-heading">
    <h3 id="decision-heading">${strings.yourDecision}</h3>
    <dl>
      ${row(strings.consentId, html`<code>${consent.id}</code>`)}
      ${row(strings.date, `${formatDate(consent.timestamp, lang)} (${method(consent)})`)}
    </dl>
    ${host.gpcHonoured ? html`<p>${strings.gpc}</p>` : nothing}
    ${
      history?.length
        ? html`<details>
          <summary>${strings.history} (${history.length})</summary>
          <ol>
            ${history.map(
              (receipt) =>
                html`<li>${formatDate(receipt.timestamp, lang)}: ${method(receipt)}. ${grantedCategories(view, receipt)}</li>`,
            )}
          </ol>
        </details>`
        : nothing
    }
  </section>`;
}

export function preferences(view: View) {
  const { strings, host } = view;
  const services = host.services();
  return html`<div class="dialog-header">
      <h2 id="dialog-title">${strings.reopen}</h2>
      <button class="close" aria-label=${strings.close} @click=${view.close}>&times;</button>
    </div>
    <div class="dialog-body">
      ${categoryIds(host.config.categories).map((id) => categoryEntry(view, id, services))}
      ${notice(view)} ${decision(view)}
    </div>
    <div class="answers dialog-footer">
      ${answerButton(view, 'save')} ${answerButton(view, 'acceptAll')} ${answerButton(view, 'rejectAll')}
    </div>`;
}
