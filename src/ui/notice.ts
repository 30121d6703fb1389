/**
 * The notice summary of the second layer (GDPR art. 13 in short): purposes with their legal
 * basis in plain words, data, retention and recipients; the visitor's rights, one sentence
 * each; the supervisory authority; who the controller is and how to reach them. Everything is
 * text bindings; the only links are the notice's URL fields, and mailto:/tel: built here.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { link, type View } from './view.js';

/** One `<dt>`/`<dd>` pair, or nothing when the value is empty. */
export const row = (label: string, value: unknown) =>
  value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;

export function notice(v: View): TemplateResult {
  const { s, t, host } = v;
  const { purposes, rights, authority, controller: c } = host.config;
  const policy = link(c.policyUrl);
  return html`<section aria-labelledby="np">
    <h3 id="np">${s.processing}</h3>
    ${purposes.map(
      (p) => html`<h4>${t(p.title)}</h4>
        <dl>
          ${row(s.legalBasis, s.bases[p.legalBasis])} ${row(s.data, t(p.data))}
          ${row(s.retention, t(p.retention))} ${row(s.recipients, t(p.recipients))}
        </dl>`,
    )}
    ${rights.length
      ? html`<h3>${s.rights}</h3>
          <ul>
            ${rights.map((r) => html`<li>${s.rightText[r]}</li>`)}
          </ul>`
      : nothing}
    ${authority
      ? html`<p>
          ${s.authority}:
          ${link(authority.url) !== nothing
            ? html`<a href=${link(authority.url)} rel="noopener" target="_blank">${authority.name}</a>`
            : authority.name}
        </p>`
      : nothing}
    <h3>${s.controller}</h3>
    <p>${c.name}</p>
    <dl>
      ${row(s.orgNumber, c.orgNumber)} ${row(s.address, c.address)}
      ${row(s.email, c.email && html`<a href="mailto:${c.email}">${c.email}</a>`)}
      ${row(s.phone, c.phone && html`<a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>`)}
      ${row(s.dpo, c.dpoEmail && html`<a href="mailto:${c.dpoEmail}">${c.dpoEmail}</a>`)}
    </dl>
    ${policy !== nothing ? html`<p><a href=${policy} rel="noopener" target="_blank">${s.fullNotice}</a></p>` : nothing}
  </section>`;
}
