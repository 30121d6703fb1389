/**
 * The second layer's contents: a switch per category and per service (service-entry.ts, with
 * samtykke's own storage under necessary), the notice summary, the visitor's own decision and
 * receipts, and Save / Accept all / Reject all (only Close for a notice with nothing to choose). The switches show
 * the widget's working copy of the choices (`view.choices`), which starts from the current
 * decision and is all off before any: nothing is pre-ticked but `necessary`, which is shown on
 * and locked.
 *
 * The close button is the first focusable element and Reject all the last (Close, for a notice
 * with nothing to choose); the widget's focus trap relies on that order (`.close`,
 * `.dialog-footer .button:last-child`).
 */
import { html, nothing } from 'lit/html.js';
import { formatDate, formatList } from '../i18n/index.js';
import type { Method, Receipt, Service } from '../types.js';
import type { NoticeWords } from '../i18n/notice-words.js';
import { notice } from './notice.js';
import { ownStorage } from './own-storage.js';
import { ownEntry, serviceEntry, toggle } from './service-entry.js';
import {
  NECESSARY,
  PART,
  answerButton,
  categoryIds,
  categoryInSentence,
  categoryTitle,
  offersChoice,
  row,
  type View,
} from './view.js';

function categoryEntry(view: View, words: NoticeWords, id: string, services: Service[]) {
  const { strings, text } = view;
  const locked = id === NECESSARY;
  const own = services.filter((service) => service.category === id);
  const description = text(view.host.config.categories[id].description);
  // samtykke's own storage, under necessary: with the service that declares its cookie, if that
  // is one of this category's, or else as an entry of its own (SPEC §4).
  const stored = locked ? ownStorage(view.host.config, words) : undefined;
  const declaredHere = stored?.declaredBy && own.includes(stored.declaredBy);
  const entries = [
    ...own.map((service) =>
      serviceEntry(view, service, locked, words, service === stored?.declaredBy ? stored.items : undefined),
    ),
    ...(stored && !declaredHere ? [ownEntry(view, stored.items, words)] : []),
  ];
  return html`<div class="category">
    <label class="switch-row">
      ${toggle(locked, view.choices[id], (on) => view.category(id, on))}
      <strong>${categoryTitle(view, id)}</strong>
      ${locked ? html`<span class="always-on">(${strings.alwaysOn})</span>` : nothing}
    </label>
    ${description ? html`<p>${description}</p>` : nothing}
    ${
      entries.length
        ? html`<details>
          <summary>${strings.services} (${entries.length})</summary>
          <ul class="services">
            ${entries}
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

/**
 * Save, Accept all and Reject all; a notice with nothing to choose (SPEC §4) is only shown, so
 * its footer has just a Close button (the last control, where the focus trap wraps).
 */
function footer(view: View) {
  if (!offersChoice(view.host.config.categories))
    return html`<div class="answers dialog-footer">
      <button class="button" part=${PART.button} @click=${view.close}>${view.strings.close}</button>
    </div>`;
  return html`<div class="answers dialog-footer">
    ${answerButton(view, 'save')} ${answerButton(view, 'acceptAll')} ${answerButton(view, 'rejectAll')}
  </div>`;
}

/**
 * The second layer, in the view's language; `words` are that language's words beyond `Strings`
 * (roles, samtykke's own storage: i18n/notice-words.ts), fetched before the dialog opens.
 */
export function preferences(view: View, words: NoticeWords) {
  const { strings, host } = view;
  const services = host.services();
  return html`<div class="dialog-header">
      <h2 id="dialog-title">${strings.reopen}</h2>
      <button class="close" aria-label=${strings.close} @click=${view.close}>&times;</button>
    </div>
    <div class="dialog-body">
      ${offersChoice(host.config.categories) ? nothing : html`<p class="nothing-to-choose">${words.nothingToChoose}</p>`}
      ${categoryIds(host.config.categories).map((id) => categoryEntry(view, words, id, services))}
      ${notice(view)} ${decision(view)}
    </div>
    ${footer(view)}`;
}
