/**
 * The first layer's look on top of the shared theme (theme.styles.ts): the banner fixed at the
 * bottom of the viewport, the answers in equal grid tracks, the live region; print and reduced
 * motion. All a first visit needs to paint its buttons (samtykke-first.mjs), so it carries
 * nothing of the second layer: the dialog's sheet (widget.styles.ts) comes with Lit, which adopts
 * both (widget.ts).
 */
import { base, css, sheet } from './theme.styles.js';

/** The first layer's constructed sheet (the theme and the banner), made on first use, shared by every root. */
export const firstLayerStyles = sheet(
  base +
    css`
    :host,
    .interface,
    .widget {
      display: contents;
    }
    .banner {
      box-sizing: border-box;
      background: var(--background);
      color: var(--text);
      position: fixed;
      z-index: var(--samtykke-z, 2147483000);
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
    @media(prefers-reduced-motion: no-preference) {
      .banner {
        animation: slide-up .3s ease-out;
      }
    }
    @keyframes slide-up {
      from {
        transform: translateY(100%);
      }
    }
  `,
);
