/**
 * The widget's own look on top of the shared theme (theme.styles.ts): the first layer fixed at
 * the bottom of the viewport, the answers in equal grid tracks, the second layer's dialog, the
 * switches, the re-open control; print, forced colours and reduced motion.
 */
import { base, css, sheet } from './theme.styles.js';

export const widgetStyles = sheet(
  base +
    css`
    :host,
    .interface,
    .widget {
      display: contents;
    }
    .banner,
    dialog {
      box-sizing: border-box;
      background: var(--background);
      color: var(--text);
    }
    .banner {
      position: fixed;
      z-index: var(--samtykke-z, 2147483000);
    }
    .banner {
      inset: auto 0 0;
      margin: 0 auto;
      max-width: 60em;
      max-height: 85vh;
      overflow: auto;
      padding: 1em 1.25em 1.25em;
      border: 1px solid var(--border);
      border-bottom: 0;
      border-radius: var(--radius) var(--radius) 0 0;
      box-shadow: 0 0 2em rgb(0 0 0/.3);
    }
    h2 {
      margin: 0 0 .5em;
      font-size: 1.2em;
      line-height: 1.3;
    }
    .answers {
      display: grid;
      grid: auto-flow 1fr/repeat(3, minmax(0, 1fr));
      gap: .5em;
    }
    @media(max-width: 30em) {
      .answers {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    dialog {
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
    .visually-hidden {
      position: fixed;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media print {
      .banner {
        display: none;
      }
    }
    @media(forced-colors: active) {
      .switch {
        appearance: auto;
      }
    }
    @media(prefers-reduced-motion: no-preference) {
      .banner {
        animation: slide-up .3s ease-out;
      }
      .switch {
        transition: background-position .15s;
      }
    }
    @keyframes slide-up {
      from {
        transform: translateY(100%);
      }
    }
  `,
);
