/**
 * The second layer's look: the dialog, the switches, the service lists; forced colours and
 * reduced motion. It builds on the first layer's sheet (first-layer.styles.ts: the theme, the
 * banner, the answers), which the Lit element adopts before this one (widget.ts); the plain first
 * layer (samtykke-first.mjs) needs none of it, so it comes with Lit.
 */
import { firstLayerStyles } from './first-layer.styles.js';
import { css, sheet } from './theme.styles.js';

/** The dialog's constructed sheet, made on first use (after `firstLayerStyles`). */
export const dialogStyles = sheet(css`
  dialog {
    box-sizing: border-box;
    background: var(--background);
    color: var(--text);
    width: min(42em, 100% - 1em);
    max-width: none;
    max-height: calc(100% - 1em);
    padding: 0;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
    flex-flow: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0/.5);
  }
  .dialog-header,
  .dialog-footer {
    padding: .75em 1.25em;
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--border);
  }
  .dialog-header h2 {
    margin: 0;
  }
  .close {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    padding: 0;
    border: 0;
    border-radius: var(--radius);
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.5em;
    line-height: 1;
    cursor: pointer;
  }
  .dialog-body {
    flex: auto;
    min-height: 0;
    overflow: auto;
    padding: 0 1.25em 1em;
  }
  .dialog-footer {
    border-top: 1px solid var(--border);
  }
  .category {
    padding: 1em 0;
    border-bottom: 1px solid var(--border);
  }
  .category p {
    margin: .5em 0 0;
  }
  .switch-row {
    display: flex;
    align-items: center;
    gap: .75em;
    cursor: pointer;
  }
  .switch {
    --knob: var(--border);
    appearance: none;
    flex: none;
    margin: 0;
    font: inherit;
    width: 2.75em;
    height: 1.5em;
    border: 2px solid var(--border);
    border-radius: 1em;
    background: radial-gradient(circle closest-side, var(--knob) 70%, #0000 75%) 0/1.25em 100%
      no-repeat var(--background);
    cursor: pointer;
  }
  .switch:checked {
    --knob: var(--on-accent);
    border-color: var(--accent);
    background-color: var(--accent);
    background-position: 100%;
  }
  .switch:disabled {
    opacity: .6;
    cursor: default;
  }
  summary {
    width: fit-content;
    padding: .5em 0;
    cursor: pointer;
  }
  ul,
  ol {
    margin: 0;
    padding-left: 1.25em;
  }
  .services {
    padding: 0;
    list-style: none;
  }
  .services>li {
    padding: .75em 0 0 1em;
  }
  dl {
    display: grid;
    grid: auto-flow/auto 1fr;
    gap: .25em 1em;
    margin: .5em 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  code {
    font: .9em ui-monospace, monospace;
  }
  h3 {
    margin: 1.5em 0 .5em;
    font-size: 1.05em;
  }
  h4 {
    margin: 1em 0 .25em;
    font-size: 1em;
  }
  @media(forced-colors: active) {
    .switch {
      appearance: auto;
    }
  }
  @media(prefers-reduced-motion: no-preference) {
    .switch {
      transition: background-position .15s;
    }
  }
`);

/** The element's sheets, in order: the first layer's (the theme, the banner), then the dialog's. */
export const widgetSheets = (): CSSStyleSheet[] => [firstLayerStyles(), dialogStyles()];
