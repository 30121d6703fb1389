/**
 * The form's building blocks, as Lit templates (text is always bound as text, never markup):
 * a labelled input, select or checkbox bound to a JSON path of the notice, a text in nb, nn and
 * en side by side with missing translations flagged, and the validator's problems for a path.
 *
 * Each block registers its path (see problems.ts), so the validator's findings land beside it,
 * and links its problems to the control with aria-describedby and aria-invalid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldId, getAt, pathText, setAt, type Json, type Path } from './model.js';
import type { Check } from './problems.js';
import { t } from './strings.js';

/** What every block needs: the notice, its check, the registry of shown paths, and "it changed". */
export interface Form {
  notice: Json;
  check: Check;
  /** Each path the form shows (as the validator writes it) → the id of its problem list. */
  anchors: Map<string, string>;
  changed(): void;
}

/** The languages every text offers, side by side. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;

/** The problems shown at `path` (registering it), and the id that describes the control. */
export function problems(
  form: Form,
  path: Path,
): { view: TemplateResult | typeof nothing; describedBy?: string; invalid: boolean } {
  const key = path.length ? pathText(path) : '(root)';
  const id = `${fieldId(path)}-problems`;
  form.anchors.set(key, id);
  const list = form.check.at(key);
  if (!list.length) return { view: nothing, invalid: false };
  return {
    describedBy: id,
    invalid: list.some((p) => p.kind === 'error'),
    view: html`<ul class="problems" id=${id}>
      ${list.map(
        (p) => html`<li class=${p.kind}>
          <strong>${p.kind === 'error' ? t('error') : t('warning')}:</strong>
          <code>${p.path}</code> ${p.message}
          <span class="rule">${t('rule')}: ${p.rule}</span>
        </li>`,
      )}
    </ul>`,
  };
}

const valueAt = (form: Form, path: Path): string => {
  const value = getAt(form.notice, path);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

export interface InputOptions {
  type?: 'text' | 'email' | 'url' | 'tel' | 'number';
  hint?: string | TemplateResult;
  required?: boolean;
  autocomplete?: string;
  /** Turns the typed text into the stored value (a number, a list…). */
  parse?: (text: string) => unknown;
  /** Shows a stored value that is not a string or number (a list…). */
  show?: (value: unknown) => string;
}

/** A labelled one-line input bound to `path`. */
export function input(form: Form, path: Path, label: string, options: InputOptions = {}): TemplateResult {
  const id = fieldId(path);
  const shown = problems(form, path);
  const hintId = options.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, shown.describedBy].filter(Boolean).join(' ') || undefined;
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    setAt(form.notice, path, options.parse ? options.parse(text) : text);
    form.changed();
  };
  return html`<div class="field">
    <label for=${id}>${label}${options.required ? html` <span class="required">*</span>` : nothing}</label>
    <input id=${id} type=${options.type === 'number' ? 'text' : (options.type ?? 'text')} inputmode=${ifDefined(options.type === 'number' ? 'numeric' : undefined)}
      autocomplete=${options.autocomplete ?? 'off'} .value=${live(options.show ? options.show(getAt(form.notice, path)) : valueAt(form, path))} @input=${onInput}
      aria-describedby=${ifDefined(describedBy)} aria-invalid=${shown.invalid ? 'true' : 'false'} ?required=${!!options.required}>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
    ${shown.view}
  </div>`;
}

/** A labelled select bound to `path`; a value not among the choices shows as "—" (removing the field). */
export function select(
  form: Form,
  path: Path,
  label: string,
  choices: readonly (readonly [string, string])[],
  fallback = '',
): TemplateResult {
  const id = fieldId(path);
  const shown = problems(form, path);
  const current = valueAt(form, path) || fallback; // an absent field shows its default
  const onChange = (event: Event) => {
    setAt(form.notice, path, (event.target as HTMLSelectElement).value);
    form.changed();
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${onChange} aria-describedby=${ifDefined(shown.describedBy)} aria-invalid=${shown.invalid ? 'true' : 'false'}>
      ${choices.some(([value]) => value === current) ? nothing : html`<option value="" .selected=${live(true)}>—</option>`}
      ${choices.map(([value, text]) => html`<option value=${value} .selected=${live(value === current)}>${text}</option>`)}
    </select>
    ${shown.view}
  </div>`;
}

/** A labelled checkbox bound to a boolean at `path`; unchecked removes the field unless `keepFalse`. */
export function checkbox(form: Form, path: Path, label: string, keepFalse = false): TemplateResult {
  const id = fieldId(path);
  const shown = problems(form, path);
  const onChange = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    setAt(form.notice, path, on || keepFalse ? on : undefined);
    form.changed();
  };
  return html`<div class="field check">
    <input type="checkbox" id=${id} .checked=${live(getAt(form.notice, path) === true)} @change=${onChange}
      aria-describedby=${ifDefined(shown.describedBy)}>
    <label for=${id}>${label}</label>
    ${shown.view}
  </div>`;
}

/**
 * A text of the notice (a string for every language, or language → string): one input per
 * language, nb, nn and en side by side (and any other language the notice has), each missing
 * translation flagged. A plain string is one input for all languages, until the owner splits it.
 */
export function textField(
  form: Form,
  path: Path,
  label: string,
  options: { required?: boolean; long?: boolean } = {},
): TemplateResult {
  const value = getAt(form.notice, path);
  const shown = problems(form, path);
  const id = fieldId(path);
  /** One input: its id from `idPath`, writing to `valuePath` (the language's, or the whole text's). */
  const control = (idPath: Path, text: string, inputLabel: string, lang?: string, missing = false, valuePath = idPath) => {
    const inputId = fieldId(idPath);
    const onInput = (event: Event) => {
      setAt(form.notice, valuePath, (event.target as HTMLInputElement).value);
      form.changed();
    };
    const attrs = {
      describedBy: [missing ? `${inputId}-missing` : '', shown.describedBy ?? ''].filter(Boolean).join(' ') || undefined,
    };
    return html`<div class="lang-field">
      <label for=${inputId}><span class="visually-hidden">${label}: </span>${inputLabel}</label>
      ${
        options.long
          ? html`<textarea id=${inputId} lang=${ifDefined(lang)} rows="3" .value=${live(text)} @input=${onInput} aria-describedby=${ifDefined(attrs.describedBy)} aria-invalid=${shown.invalid ? 'true' : 'false'}></textarea>`
          : html`<input id=${inputId} lang=${ifDefined(lang)} .value=${live(text)} @input=${onInput} aria-describedby=${ifDefined(attrs.describedBy)} aria-invalid=${shown.invalid ? 'true' : 'false'}>`
      }
      ${missing ? html`<p class="missing" id=${`${inputId}-missing`}>${lang}: ${t('missing')}</p>` : nothing}
    </div>`;
  };
  let body: TemplateResult;
  if (typeof value === 'string') {
    const split = () => {
      setAt(form.notice, path, Object.fromEntries(LANGUAGES.map((lang) => [lang, value])));
      form.changed();
    };
    body = html`${control([...path, '*'], value, t('textsAll'), undefined, false, path)}<button type="button" class="small" @click=${split}>${t('perLanguage')}</button>`;
  } else {
    const map = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    const any = Object.values(map).some((v) => typeof v === 'string' && v !== '');
    const languages = [...new Set([...LANGUAGES, ...Object.keys(map)])];
    body = html`<div class="langs">
      ${languages.map((lang) => {
        const text = typeof map[lang] === 'string' ? (map[lang] as string) : '';
        return control([...path, lang], text, lang, lang, any && !text && (LANGUAGES as readonly string[]).includes(lang));
      })}
    </div>`;
  }
  return html`<fieldset class="text-field" id=${id}>
    <legend>${label}${options.required ? html` <span class="required">*</span>` : nothing}</legend>
    ${body} ${shown.view}
  </fieldset>`;
}

/** A `$todo` note of a `samtykke scan` draft at `path`, with a button that removes it. */
export function todo(form: Form, path: Path): TemplateResult | typeof nothing {
  const note = getAt(form.notice, [...path, '$todo']);
  if (typeof note !== 'string') return nothing;
  const done = () => {
    setAt(form.notice, [...path, '$todo'], undefined);
    form.changed();
  };
  return html`<div class="todo" role="note"><strong>${t('todo')}:</strong> ${note}
    <button type="button" class="small" @click=${done}>${t('todoDone')}</button></div>`;
}
