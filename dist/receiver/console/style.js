/**
 * The console's stylesheet, served at /controller/console.css (the CSP allows styles from the
 * console itself only, never inline). Kept in a module so the compiled receiver carries it:
 * dist/receiver needs no file beside it. Colours meet WCAG AA contrast in light and dark.
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --text: #1b1f24; --muted: #4a5260; --back: #ffffff; --panel: #f3f5f8; --line: #c5ccd6;
  --accent: #174f8f; --bar: #2463a8; --track: #e3e8ef; --ok: #1d6b37; --bad: #a3161b;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #e8ebf0; --muted: #b7bfcc; --back: #15181d; --panel: #1f242b; --line: #3d4652;
    --accent: #8cc1ff; --bar: #6fa8ea; --track: #2c333d; --ok: #7fd69b; --bad: #ff9b9b; }
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: var(--back); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, main:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
main:focus { outline: none; }
.skip { position: absolute; left: -999px; top: 0; background: var(--back); padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .75rem 1.5rem;
  background: var(--panel); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; margin: 0; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
nav a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.languages { margin-left: auto; }
.sign-out { margin: 0; }
main { max-width: 68rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
form.period, form.sign-in { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: end;
  background: var(--panel); padding: .75rem 1rem; border-radius: 6px; }
form p { margin: 0; }
label { display: block; font-weight: 600; }
input { font: inherit; padding: .35rem .5rem; border: 1px solid var(--muted); border-radius: 4px;
  background: var(--back); color: var(--text); }
button { font: inherit; padding: .4rem 1rem; border: 1px solid var(--accent); border-radius: 4px;
  background: var(--accent); color: var(--back); cursor: pointer; }
.sign-out button { background: transparent; color: var(--accent); }
button.danger, a.danger { background: var(--bad); border-color: var(--bad); color: var(--back); }
a.danger { display: inline-block; padding: .4rem 1rem; border-radius: 4px; text-decoration: none; }
.note { color: var(--muted); }
.problem, .warning { border-left: 4px solid var(--bad); padding: .5rem 1rem; background: var(--panel); }
.notice { border-left: 4px solid var(--ok); padding: .5rem 1rem; background: var(--panel); }
.ok { color: var(--ok); }
.failed { color: var(--bad); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; min-width: 20rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; padding: .3rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td { font-variant-numeric: tabular-nums; }
svg.chart { width: 100%; max-width: 45rem; height: auto; display: block; margin: .5rem 0; }
svg.chart .bar { fill: var(--bar); }
svg.chart .track { fill: var(--track); }
svg.chart .axis { stroke: var(--muted); }
svg.chart text { fill: var(--text); font-size: 13px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.receipt { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
.receipt h2 { margin-top: .5rem; }
ul.choices { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .75rem; margin: 0; padding: 0; }
.choice.on { font-weight: 700; }
.paging, .downloads { display: flex; gap: 1.5rem; }
code { font-size: .92em; overflow-wrap: anywhere; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
