/**
 * The second layer's contents: a switch per category and per service, the notice summary, the
 * visitor's own decision and receipts, and Save / Accept all / Reject all. The switches show
 * the widget's working copy of the choices (`choices`), which starts from the current decision
 * and is all off before any: nothing is pre-ticked but `necessary`, which is shown on and locked.
 *
 * The close button is the first focusable element and Reject all the last; the widget's focus
 * trap relies on that order.
 */
import { html, nothing } from 'lit/html.js';
import type { Receipt, Service } from '../types.js';
import { notice, row } from './notice.js';
import { NECESSARY, categoryIds, categoryTitle, link, when, type View } from './view.js';

export interface PreferencesState {
  choices: Record<string, boolean>;
  /** The visitor's receipts, newest first; undefined while loading. */
  history: Receipt[] | undefined;
}

export interface PreferencesActions {
  close(): void;
  save(): void;
  accept(): void;
  reject(): void;
  category(id: string, on: boolean): void;
  service(s: Service, on: boolean): void;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

function service(v: View, sv: Service, locked: boolean, st: PreferencesState, a: PreferencesActions) {
  const { s, t } = v;
  const name = sv.name || sv.id;
  const policy = link(sv.policyUrl);
  return html`<li>
    <label class="row">
      <input type="checkbox" role="switch" class="sw" part="switch" .checked=${locked || !!st.choices[sv.id]}
        ?disabled=${locked} @change=${(e: Event) => a.service(sv, checked(e))} />
      <span>${name}</span>
    </label>
    <dl>
      ${row(s.provider, sv.provider)} ${row(s.purpose, t(sv.purpose))}
      ${row(s.legalBasis, sv.legalBasis && s.bases[sv.legalBasis])}
      ${row(
        s.cookies,
        sv.cookies?.length &&
          html`<ul>
            ${sv.cookies.map((k) => html`<li><code>${k.name}</code>${k.duration ? ` – ${t(k.duration)}` : ''}</li>`)}
          </ul>`,
      )}
      ${row(s.transfer, t(sv.transfer))}
    </dl>
    ${policy !== nothing ? html`<a href=${policy} rel="noopener" target="_blank">${s.policy}: ${name}</a>` : nothing}
  </li>`;
}

function category(v: View, id: string, services: Service[], st: PreferencesState, a: PreferencesActions) {
  const { s, t } = v;
  const locked = id === NECESSARY;
  const own = services.filter((x) => x.category === id);
  const desc = t(v.host.config.categories[id].description);
  return html`<div class="cat">
    <label class="row">
      <input type="checkbox" role="switch" class="sw" part="switch" .checked=${locked || !!st.choices[id]}
        ?disabled=${locked} @change=${(e: Event) => a.category(id, checked(e))} />
      <strong>${categoryTitle(v, id)}</strong>
      ${locked ? html`<span class="on">(${s.alwaysOn})</span>` : nothing}
    </label>
    ${desc ? html`<p>${desc}</p>` : nothing}
    ${own.length
      ? html`<details>
          <summary>${s.services} (${own.length})</summary>
          <ul class="svcs">
            ${own.map((sv) => service(v, sv, locked, st, a))}
          </ul>
        </details>`
      : nothing}
  </div>`;
}

function decision(v: View, st: PreferencesState) {
  const { s, host, lang } = v;
  const c = host.consent;
  if (!c) return nothing;
  const granted = (r: Receipt) =>
    Object.keys(r.categories)
      .filter((k) => r.categories[k])
      .map((k) => categoryTitle(v, k))
      .join(', ');
  return html`<section aria-labelledby="yd">
    <h3 id="yd">${s.yourDecision}</h3>
    <dl>
      ${row(s.consentId, html`<code>${c.id}</code>`)}
      ${row(s.date, `${when(c.timestamp, lang)} (${s.methods[c.method] || c.method})`)}
    </dl>
    ${host.gpcHonoured ? html`<p>${s.gpc}</p>` : nothing}
    ${st.history?.length
      ? html`<details>
          <summary>${s.history} (${st.history.length})</summary>
          <ol>
            ${st.history.map(
              (r) => html`<li>${when(r.timestamp, lang)}: ${s.methods[r.method] || r.method}. ${granted(r)}</li>`,
            )}
          </ol>
        </details>`
      : nothing}
  </section>`;
}

export function preferences(v: View, st: PreferencesState, a: PreferencesActions) {
  const { s, host } = v;
  const services = host.services();
  return html`<div class="hd">
      <h2 id="st">${s.settings}</h2>
      <button class="x" aria-label=${s.close} @click=${a.close}>×</button>
    </div>
    <div class="bd">
      ${categoryIds(host.config.categories).map((id) => category(v, id, services, st, a))}
      ${notice(v)} ${decision(v, st)}
    </div>
    <div class="btns ft">
      <button class="btn" part="button button-save" @click=${a.save}>${s.save}</button>
      <button class="btn" part="button button-accept" @click=${a.accept}>${s.acceptAll}</button>
      <button class="btn" part="button button-reject" @click=${a.reject}>${s.rejectAll}</button>
    </div>`;
}
