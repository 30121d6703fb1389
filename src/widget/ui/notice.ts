/**
 * The notice summary of the second layer (GDPR art. 13 in short): purposes with their legal
 * basis in plain words, data, retention and recipients; the visitor's rights, one sentence
 * each; the supervisory authority; who the controller is and how to reach them. Everything is
 * text bindings; the only links are the notice's URL fields, and mailto:/tel: built here.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ext, safe, type View } from './view.js';

/** One `<dt>`/`<dd>` pair, or nothing when the value is empty. */
export const row = (label: string, value: unknown) =>
  value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;

/** A mailto: or tel: link showing `shown` (`href`: the address as the href wants it), or `shown` when empty. */
const to = (scheme: string, shown: string | undefined, href = shown) =>
  shown && html`<a href="${scheme}:${href}">${shown}</a>`;

export function notice(v: View): TemplateResult {
  const { s, t, host } = v;
  const { purposes, rights, authority, controller: c } = host.config;
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
          ${ext(authority.url, authority.name, authority.name)}
        </p>`
      : nothing}
    <h3>${s.controller}</h3>
    <p>${c.name}</p>
    <dl>
      ${row(s.orgNumber, c.orgNumber)} ${row(s.address, c.address)}
      ${row(s.email, to('mailto', c.email))}
      ${row(s.phone, to('tel', c.phone, c.phone?.replace(/[^\d+]/g, '')))}
      ${row(s.dpo, to('mailto', c.dpoEmail))}
    </dl>
    ${safe(c.policyUrl) ? html`<p>${ext(c.policyUrl, s.fullNotice)}</p>` : nothing}
  </section>`;
}
