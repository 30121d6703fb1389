/**
 * samtykke studio: a page where a site owner builds a consent notice (SPEC §3) with a form,
 * sees it validated by the widget's own validator and previewed by the real widget as they type,
 * and exports it. Runs entirely in the browser: the notice never leaves it, and the work in
 * progress is kept in localStorage. Rendered with lit-html into the light DOM (text is always
 * bound as text), under a strict Content-Security-Policy.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { loadCatalogue } from './catalogue.js';
import type { Form } from './fields.js';
import { blankNotice, clearDraft, loadDraft, saveDraft, type Json } from './model.js';
import { Preview, previewControls, type PreviewSettings } from './preview.js';
import { check, type Check } from './problems.js';
import { categoriesSection, controllerSection, noticeSection } from './sections-notice.js';
import { optionsSection, purposesSection, rightsSection } from './sections-more.js';
import { servicesSection } from './sections-services.js';
import { interfaceLanguage, setInterfaceLanguage, t, type InterfaceLanguage } from './strings.js';
import { exportPanel, importPanel, problemLink, resetTransfer } from './transfer.js';

const UI_KEY = 'samtykke-studio:interface';

let notice: Json = loadDraft() ?? blankNotice();
let settings: PreviewSettings = { layer: 'first', language: 'nb', dark: false, width: 360 };
let previewStatus = '';
let preview: Preview | null = null;
let root: HTMLElement;

/** The form's sections, built against `checked` (problems) while registering every path shown. */
function formSections(checked: Check, anchors: Map<string, string>): TemplateResult {
  const form: Form = { notice, check: checked, anchors, changed };
  return html`${noticeSection(form)} ${controllerSection(form)} ${categoriesSection(form)} ${servicesSection(form)}
    ${purposesSection(form)} ${rightsSection(form)} ${optionsSection(form)}`;
}

/** The error summary: every problem, linked to the field that shows it. */
function summary(checked: Check, anchors: ReadonlyMap<string, string>): TemplateResult {
  const all = [...checked.errors, ...checked.warnings];
  return html`<section class="summary ${checked.errors.length ? 'has-errors' : ''}" aria-labelledby="summary-title" id="summary">
    <h2 id="summary-title">${t('problems')}</h2>
    <p role="status" id="summary-count">${
      all.length ? `${checked.errors.length} ${t('errors')}, ${checked.warnings.length} ${t('warnings')}` : t('noProblems')
    }</p>
    ${
      all.length
        ? html`<ul>${all.map(
            (
              p,
            ) => html`<li class=${p.kind}><strong>${p.kind === 'error' ? t('error') : t('warning')}:</strong> ${problemLink(p, anchors)}
          <span class="rule">${t('rule')}: ${p.rule}</span></li>`,
          )}</ul>`
        : nothing
    }
  </section>`;
}

/** Renders the whole page: the form is built twice, first to learn which paths it shows. */
function draw(): Check {
  const shown = new Map<string, string>();
  formSections(check({}, new Set()), shown); // registers the paths only
  const checked = check(notice, shown);
  const anchors = new Map<string, string>();
  const sections = formSections(checked, anchors);
  const transfer = { notice, check: checked, anchors, replace, clear, refresh: draw };
  const setLanguage = (event: Event) => {
    setInterfaceLanguage((event.target as HTMLSelectElement).value as InterfaceLanguage);
    try {
      localStorage.setItem(UI_KEY, interfaceLanguage());
    } catch {
      // Only the choice is not kept.
    }
    changed();
  };
  render(
    html`<header class="top">
        <div>
          <h1>${t('title')}</h1>
          <p class="lead">${t('lead')}</p>
        </div>
        <div class="field">
          <label for="interface-language">${t('interfaceLanguage')}</label>
          <select id="interface-language" @change=${setLanguage}>
            <option value="nb" .selected=${interfaceLanguage() === 'nb'}>Norsk bokmål</option>
            <option value="nn" .selected=${interfaceLanguage() === 'nn'}>Norsk nynorsk</option>
            <option value="en" .selected=${interfaceLanguage() === 'en'}>English</option>
          </select>
        </div>
      </header>
      <div class="layout">
        <main id="main" class="form-column" tabindex="-1">
          ${summary(checked, anchors)} ${importPanel(transfer)}
          <form class="notice-form" @submit=${(e: Event) => e.preventDefault()} novalidate>${sections}</form>
          ${exportPanel(transfer)}
        </main>
        <aside class="preview-column" aria-labelledby="preview-title">
          <h2 id="preview-title">${t('preview')}</h2>
          <p class="hint">${t('previewNote')}</p>
          ${previewControls(settings, (next) => {
            settings = next;
            changed();
          })}
          ${
            typeof notice.language === 'string' && notice.language !== 'auto'
              ? html`<p class="hint">${t('fixedLanguage')} <code>${notice.language}</code></p>`
              : nothing
          }
          <p role="status" class="status" id="preview-status">${previewStatus}</p>
          <div class="preview-host w${settings.width}" id="preview-host"></div>
        </aside>
      </div>`,
    root,
  );
  return checked;
}

/** After any edit: keep the draft, re-render, refresh the preview. */
function changed(): void {
  saveDraft(notice);
  const checked = draw();
  preview ??= new Preview(document.getElementById('preview-host')!, (message) => {
    previewStatus = message;
    draw();
  });
  preview.update(notice, settings, checked.errors.length > 0);
}

function replace(next: Json): void {
  notice = next;
  changed();
}

function clear(): void {
  clearDraft();
  resetTransfer();
  notice = blankNotice();
  changed();
}

function start(): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(UI_KEY);
  } catch {
    saved = null;
  }
  const norwegian = navigator.languages.find((l) => /^(nb|nn|no)\b/i.test(l));
  const preferred = saved ?? (norwegian ? (/^nn\b/i.test(norwegian) ? 'nn' : 'nb') : 'en');
  setInterfaceLanguage(preferred === 'en' || preferred === 'nn' ? preferred : 'nb');
  root = document.getElementById('studio')!;
  root.replaceChildren(); // the page's "Loading" text
  changed();
  // The catalogue arrives after the first paint; the search works from then on.
  loadCatalogue().then(draw, (e: Error) => {
    previewStatus = e.message;
    draw();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
