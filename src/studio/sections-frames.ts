/**
 * The frame policy (`"autoBlock": { "frames": [...] }`, SPEC §2) as a control: a switch that
 * turns it on or off, and, while on, the list of hosts the pages may always frame (a payment
 * form, a booking widget), each with its own labelled field and remove button, and a button to
 * add one. A `samtykke scan` draft arrives with the list filled in; the validator names a bad
 * host by its path (`autoBlock.frames[1]`), shown beside its field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { input, problems, type Form } from './fields.js';
import type { Json } from './model.js';
import { t } from './strings.js';

/** The notice's `autoBlock` as an object (null: auto-blocking on by default, or off). */
const options = (form: Form): Json | null => {
  const value = form.notice.autoBlock;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
};

/** The list of framed hosts, or null while the policy is off. */
const hostsOf = (form: Form): unknown[] | null => {
  const frames = options(form)?.frames;
  return Array.isArray(frames) ? frames : null;
};

/** Turns the policy on (an empty list, the other options kept) or off (the list removed). */
function toggle(form: Form, on: boolean): void {
  const rest = { ...(options(form) ?? {}) };
  delete rest.frames;
  if (on) form.notice.autoBlock = { ...rest, frames: [] };
  else if (Object.keys(rest).length) form.notice.autoBlock = rest;
  else delete form.notice.autoBlock; // on by default, with no options
  form.changed();
}

/** The frame policy's switch and list; nothing while auto-blocking itself is off. */
export function framesControl(form: Form): TemplateResult | typeof nothing {
  if (form.notice.autoBlock === false) return nothing;
  const hosts = hostsOf(form);
  const shown = problems(form, ['autoBlock', 'frames']);
  const add = () => {
    hostsOf(form)!.push('');
    form.changed();
    const index = hostsOf(form)!.length - 1;
    requestAnimationFrame(() => document.getElementById(`f-autoBlock-frames-${index}`)?.focus());
  };
  const remove = (index: number) => () => {
    hostsOf(form)!.splice(index, 1);
    form.changed();
    requestAnimationFrame(() => document.getElementById('f-frame-policy')?.focus());
  };
  return html`<div class="field check">
      <input type="checkbox" role="switch" id="f-frame-policy" .checked=${live(!!hosts)}
        @change=${(event: Event) => toggle(form, (event.target as HTMLInputElement).checked)}
        aria-describedby="f-frame-policy-hint">
      <label for="f-frame-policy"><code>autoBlock.frames</code>: ${t('framePolicy')}</label>
      <p class="hint" id="f-frame-policy-hint">${t('framePolicyHint')}</p>
    </div>
    ${
      hosts
        ? html`<fieldset class="item" id="frame-hosts" aria-describedby=${ifDefined(shown.describedBy)}>
            <legend>${t('frameHosts')}</legend>
            ${shown.view}
            ${hosts.length ? nothing : html`<p class="hint">${t('noFrameHosts')}</p>`}
            ${hosts.map(
              (_, i) => html`<div class="row">
                ${input(form, ['autoBlock', 'frames', i], `${t('frameHost')} ${i + 1}`, { hint: i ? undefined : 'js.stripe.com' })}
                <button type="button" class="small danger" @click=${remove(i)}>${t('remove')}: ${t('frameHost')} ${i + 1}</button>
              </div>`,
            )}
            <button type="button" @click=${add}>${t('addFrameHost')}</button>
          </fieldset>`
        : nothing
    }`;
}
