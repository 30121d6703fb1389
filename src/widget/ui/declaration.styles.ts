/**
 * The look of `<samtykke-declaration>` on top of the shared theme (theme.styles.ts): a block in
 * the page's flow (not fixed, not a dialog), bordered tables that scroll on their own when the
 * page is narrow, and a print sheet: black on white, every table in full, no buttons, each
 * link's address written out.
 */
import { base, css, sheet } from './theme.styles.js';

export const declarationStyles = sheet(
  base +
    css`
    :host {
      display: block;
    }
    .widget {
      box-sizing: border-box;
      padding: 1em 1.25em;
      background: var(--background);
      border: 1px solid var(--border);
      border-radius: var(--radius);
    }
    h2 {
      margin: 0 0 .75em;
      font-size: 1.3em;
      line-height: 1.3;
    }
    h3 {
      margin: 0 0 .5em;
      font-size: 1.1em;
    }
    .scroll {
      overflow-x: auto;
      margin: 0 0 1.5em;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      /* "anywhere" (the shared theme's) would let the table squeeze a column to one letter. */
      overflow-wrap: break-word;
      table-layout: fixed;
    }
    /* Narrow screens: columns as wide as their words, the table scrolling in its region. */
    @media(max-width: 40em) {
      table {
        table-layout: auto;
        min-width: 36em;
      }
    }
    caption,
    .empty-category {
      text-align: start;
      padding: 0 0 .5em;
    }
    .title {
      display: block;
      font-weight: 600;
      font-size: 1.1em;
    }
    .description {
      display: block;
    }
    th,
    td {
      box-sizing: border-box;
      padding: .4em .6em;
      border: 1px solid var(--border);
      text-align: start;
      vertical-align: top;
    }
    .service {
      width: 16%;
    }
    .provider {
      width: 17%;
    }
    .cookies {
      width: 23%;
    }
    .transfer {
      width: 16%;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: .25em 1em;
      margin: 0 0 1em;
    }
    dd {
      margin: 0;
    }
    .answers {
      display: flex;
      flex-wrap: wrap;
      gap: .5em;
    }
    @media print {
      :host .widget {
        --background: #fff;
        --text: #000;
        --accent: #000;
        --border: #000;
        color-scheme: light;
        padding: 0;
        border: 0;
      }
      .scroll {
        overflow: visible;
      }
      tr {
        break-inside: avoid;
      }
      a[href]::after {
        content: " (" attr(href) ")";
      }
      .answers {
        display: none;
      }
    }
  `,
);
