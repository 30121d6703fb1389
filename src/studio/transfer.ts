/**
 * Opening a notice (a file, or pasted JSON; a `samtykke scan` draft too) and exporting one: the
 * notice JSON, the two tags for `<head>`, and the command that runs the proof receiver. Export is
 * refused while the validator reports an error, since the widget would then show nothing. A
 * valid notice is exported with its `validated` stamp (SPEC §1), as `samtykke validate --stamp`
 * writes it, so a visitor's browser trusts it without fetching the validator.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { expandOpened } from './catalogue.js';
import { stampFor } from '../widget/notice/stamp.js';
import { canonicalJson, type Json } from './model.js';
import type { Check, Problem } from './problems.js';
import { t } from './strings.js';

/** What the panels need from the studio. */
export interface Transfer {
  notice: Json;
  check: Check;
  anchors: ReadonlyMap<string, string>;
  /** Replaces the notice being built. */
  replace(notice: Json): void;
  /** Starts over with a new notice and forgets the saved draft. */
  clear(): void;
  /** Re-renders (after a change of the panels' own state). */
  refresh(): void;
}

let status = '';
let pasted = '';
let exportAsked = false;

/** The last notice stamped: its text without a stamp (`of`), and the notice with its stamp. */
let stamped: { of: string; notice: Json } | null = null;

/**
 * Stamps the notice (valid: export is refused otherwise) for export; resolves when done. Where
 * the browser has no SHA-256 (the studio on plain http, not localhost) it is exported unstamped,
 * and the widget validates it in the visitor's browser.
 */
async function stampForExport(notice: Json): Promise<void> {
  const { validated: _earlier, ...unstamped } = notice;
  const of = JSON.stringify(unstamped);
  if (stamped?.of === of) return;
  try {
    stamped = { of, notice: { ...unstamped, validated: await stampFor(unstamped) } };
  } catch {
    stamped = { of, notice: unstamped };
  }
}

/** The notice as exported: with its stamp once made; a notice edited since is stamped anew (and redrawn). */
function exported(transfer: Transfer): Json {
  const { validated: _earlier, ...unstamped } = transfer.notice;
  if (stamped?.of === JSON.stringify(unstamped)) return stamped.notice;
  void stampForExport(transfer.notice).then(transfer.refresh);
  return unstamped;
}

/** Opens notice text: JSON of an object; presets written `{ "preset": id }` are expanded. */
function open(transfer: Transfer, text: string): void {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the top level must be an object');
    transfer.replace(expandOpened(parsed as Json));
    status = t('opened');
    exportAsked = false;
  } catch (e) {
    status = `${t('notJson')}: ${(e as Error).message}`;
  }
  transfer.refresh();
}

export function importPanel(transfer: Transfer): TemplateResult {
  const onFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) open(transfer, await file.text());
  };
  return html`<section class="panel" aria-labelledby="open-title">
    <h2 id="open-title">${t('open')}</h2>
    <div class="field">
      <label for="open-file">${t('openFile')}</label>
      <input id="open-file" type="file" accept=".json,application/json" @change=${onFile}>
    </div>
    <div class="field">
      <label for="open-paste">${t('paste')}</label>
      <textarea id="open-paste" rows="3" .value=${pasted} @input=${(e: Event) => (pasted = (e.target as HTMLTextAreaElement).value)}></textarea>
      <button type="button" @click=${() => open(transfer, pasted)}>${t('openPasted')}</button>
    </div>
    <p role="status" class="status">${status}</p>
    <p class="hint">${t('saved')}</p>
    <button type="button" class="danger" @click=${() => {
      status = '';
      exportAsked = false;
      transfer.clear();
    }}>${t('clear')}</button>
  </section>`;
}

/** A link to where a problem is shown; following it focuses the first control there. */
export function problemLink(problem: Problem, anchors: ReadonlyMap<string, string>): TemplateResult {
  const target = anchors.get(problem.anchor) ?? '';
  const go = (event: Event) => {
    const list = document.getElementById(target);
    const scope = list?.closest('.field, fieldset, section');
    const control = scope?.querySelector<HTMLElement>('input, select, textarea') ?? list;
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.scrollIntoView({ block: 'center' });
  };
  return html`<a href=${`#${target}`} @click=${go}><code>${problem.path}</code></a> ${problem.message}`;
}

/** The notice as inline JSON in a script element: "<" escaped, so no text can end the element. */
export const headTags = (notice: Json): string =>
  `<script type="application/json" id="samtykke-config">\n${canonicalJson(notice).trim().replace(/</g, '\\u003c')}\n</script>\n<script src="/samtykke.js"></script>`;

/** `npx samtykke-receiver …` for this notice's proof endpoint. */
export function receiverCommand(notice: Json): string {
  const endpoint = (notice.proof as Json | undefined)?.endpoint;
  const command = 'npx samtykke-receiver --port 8787 --data ./proofs';
  if (typeof endpoint !== 'string') return command;
  // An endpoint on another origin than the site receives cross-origin posts: allow the site.
  const policy = (notice.controller as Json | undefined)?.policyUrl;
  try {
    const site = typeof policy === 'string' ? new URL(policy).origin : '';
    return new URL(endpoint).origin !== site ? `${command} --origin ${site || 'https://www.example.no'}` : command;
  } catch {
    return command; // a relative endpoint: same origin as the site
  }
}

function download(notice: Json): void {
  const url = URL.createObjectURL(new Blob([canonicalJson(notice)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'notice.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An output to copy: a labelled read-only text area with a copy button. */
function output(id: string, label: string, text: string): TemplateResult {
  const copy = async (event: Event) => {
    const button = event.target as HTMLButtonElement;
    await navigator.clipboard?.writeText(text).then(
      () => (button.textContent = t('copied')),
      () => undefined,
    );
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows="6" .value=${text}></textarea>
    <button type="button" class="small" @click=${copy}>${t('copy')}</button>
  </div>`;
}

export function exportPanel(transfer: Transfer): TemplateResult {
  const { errors, warnings } = transfer.check;
  const ask = async () => {
    if (!errors.length) await stampForExport(transfer.notice);
    exportAsked = true;
    transfer.refresh();
    requestAnimationFrame(() => document.getElementById('export-result')?.focus());
  };
  let result: TemplateResult | typeof nothing = nothing;
  if (exportAsked && errors.length)
    result = html`<div id="export-result" class="refused" tabindex="-1" role="alert">
      <p><strong>${t('refused')}</strong></p>
      <ul>${errors.map((p) => html`<li>${problemLink(p, transfer.anchors)}</li>`)}</ul>
    </div>`;
  else if (exportAsked) {
    const endpoint = (transfer.notice.proof as Json | undefined)?.endpoint;
    const notice = exported(transfer);
    result = html`<div id="export-result" tabindex="-1">
      ${warnings.length ? html`<p class="warning-note">${t('exportWarnings')} (${warnings.length} ${t('warnings')})</p>` : nothing}
      ${output('export-json', t('noticeJson'), canonicalJson(notice))}
      <button type="button" @click=${() => download(notice)}>${t('download')}</button>
      ${output('export-tags', t('tags'), headTags(notice))}
      ${output('export-receiver', t('receiver'), receiverCommand(transfer.notice))}
      <p class="hint">${typeof endpoint === 'string' ? t('receiverNote') : t('noEndpoint')}</p>
    </div>`;
  }
  return html`<section class="panel" aria-labelledby="export-title">
    <h2 id="export-title">${t('export')}</h2>
    <button type="button" id="export-button" @click=${ask}>${t('exportButton')}</button>
    ${result}
  </section>`;
}

/** Forgets an earlier "export" click (a new notice was opened or started). */
export function resetTransfer(): void {
  exportAsked = false;
}
