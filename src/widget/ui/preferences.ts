/**
 * The second layer's contents: a switch per category and per service, the notice summary, the
 * visitor's own decision and receipts, and Save / Accept all / Reject all. The switches show
 * the widget's working copy of the choices (`v.choices`), which starts from the current decision
 * and is all off before any: nothing is pre-ticked but `necessary`, which is shown on and locked.
 *
 * The close button is the first focusable element and Reject all the last; the widget's focus
 * trap relies on that order.
 */
import { html, nothing } from 'lit/html.js';
import type { Method, Receipt, Service } from '../types.js';
import { notice, row } from './notice.js';
import { NECESSARY, button, categoryIds, categoryTitle, ext, when, type View } from './view.js';

/** A category's or a service's switch: on and disabled when `locked`. */
const toggle = (locked: boolean, on: unknown, change: (on: boolean) => void) =>
  html`<input type="checkbox" role="switch" class="sw" part="switch" .checked=${locked || !!on}
    ?disabled=${locked} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} />`;

function service(v: View, sv: Service, locked: boolean) {
  const { s, t } = v;
  const name = sv.name || sv.id;
  return html`<li>
    <label class="row">
      ${toggle(locked, v.choices[sv.id], (on) => v.service(sv, on))}
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
    ${ext(sv.policyUrl, html`${s.policy}: ${name}`)}
  </li>`;
}

function category(v: View, id: string, services: Service[]) {
  const { s, t } = v;
  const locked = id === NECESSARY;
  const own = services.filter((x) => x.category === id);
  const desc = t(v.host.config.categories[id].description);
  return html`<div class="cat">
    <label class="row">
      ${toggle(locked, v.choices[id], (on) => v.category(id, on))}
      <strong>${categoryTitle(v, id)}</strong>
      ${locked ? html`<span class="on">(${s.alwaysOn})</span>` : nothing}
    </label>
    ${desc ? html`<p>${desc}</p>` : nothing}
    ${own.length
      ? html`<details>
          <summary>${s.services} (${own.length})</summary>
          <ul class="svcs">
            ${own.map((sv) => service(v, sv, locked))}
          </ul>
        </details>`
      : nothing}
  </div>`;
}

function decision(v: View) {
  const { s, host, lang, history } = v;
  const c = host.consent;
  if (!c) return nothing;
  const method = (r: { method: Method }) => s.methods[r.method] || r.method;
  const granted = (r: Receipt) =>
    Object.keys(r.categories)
      .filter((k) => r.categories[k])
      .map((k) => categoryTitle(v, k))
      .join(', ');
  return html`<section aria-labelledby="yd">
    <h3 id="yd">${s.yourDecision}</h3>
    <dl>
      ${row(s.consentId, html`<code>${c.id}</code>`)}
      ${row(s.date, `${when(c.timestamp, lang)} (${method(c)})`)}
    </dl>
    ${host.gpcHonoured ? html`<p>${s.gpc}</p>` : nothing}
    ${history?.length
      ? html`<details>
          <summary>${s.history} (${history.length})</summary>
          <ol>
            ${history.map((r) => html`<li>${when(r.timestamp, lang)}: ${method(r)}. ${granted(r)}</li>`)}
          </ol>
        </details>`
      : nothing}
  </section>`;
}

export function preferences(v: View) {
  const { s, host } = v;
  const services = host.services();
  return html`<div class="hd">
      <h2 id="st">${s.settings}</h2>
      <button class="x" aria-label=${s.close} @click=${v.close}>×</button>
    </div>
    <div class="bd">
      ${categoryIds(host.config.categories).map((id) => category(v, id, services))}
      ${notice(v)} ${decision(v)}
    </div>
    <div class="btns ft">
      ${button(v, 'save')}
      ${button(v, 'acceptAll')}
      ${button(v, 'rejectAll')}
    </div>`;
}
