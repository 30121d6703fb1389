/**
 * The notice summary of the second layer (GDPR art. 13 in short): purposes with their legal
 * basis in plain words, data, retention and recipients; the visitor's rights, one sentence
 * each; the supervisory authority; who the controller is and how to reach them. Everything is
 * text bindings; the only links are the notice's URL fields, and mailto:/tel: built here.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { externalLink, row, safe, type View } from './view.js';

/**
 * A mailto: or tel: link showing `shown` (`address`: as the href wants it), or nothing when
 * there is none.
 */
const contactLink = (scheme: 'mailto' | 'tel', shown: string | undefined, address = shown) =>
  shown && html`<a href="${scheme}:${address}">${shown}</a>`;

export function notice(view: View): TemplateResult {
  const { strings, text, host } = view;
  const { purposes, rights, authority, controller } = host.config;
  return html`<section aria-labelledby="notice-heading">
    <h3 id="notice-heading">${strings.processing}</h3>
    ${purposes.map(
      (purpose) => html`<h4>${text(purpose.title)}</h4>
        <dl>
          ${row(strings.legalBasis, strings.bases[purpose.legalBasis])} ${row(strings.data, text(purpose.data))}
          ${row(strings.retention, text(purpose.retention))} ${row(strings.recipients, text(purpose.recipients))}
        </dl>`,
    )}
    ${
      rights.length
        ? html`<h3>${strings.rights}</h3>
          <ul>
            ${rights.map((right) => html`<li>${strings.rightText[right]}</li>`)}
          </ul>`
        : nothing
    }
    ${authority ? html`<p>${strings.authority}: ${externalLink(authority.url, authority.name, authority.name)}</p>` : nothing}
    <h3>${strings.controller}</h3>
    <p>${controller.name}</p>
    <dl>
      ${row(strings.orgNumber, controller.orgNumber)} ${row(strings.address, controller.address)}
      ${row(strings.email, contactLink('mailto', controller.email))}
      ${row(strings.phone, contactLink('tel', controller.phone, controller.phone?.replace(/[^\d+]/g, '')))}
      ${row(strings.dpo, contactLink('mailto', controller.dpoEmail))}
      ${row(strings.privacyContact, contactLink('mailto', controller.privacyEmail))}
    </dl>
    ${safe(controller.policyUrl) ? html`<p>${externalLink(controller.policyUrl, strings.fullNotice)}</p>` : nothing}
  </section>`;
}
