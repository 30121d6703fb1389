/**
 * The overview's charts: SVG written on the server, no library and no script. Each chart has a
 * <title> and <desc> (role="img"), each bar its own <title>, and every chart comes with a data
 * table holding the same numbers, so they are readable without the picture.
 * Colours come from console.css (classes), never from style attributes: the CSP allows none.
 */
import { html } from './html.js';
const WIDTH = 720;
const HEIGHT = 200;
const AXIS = 24;
/** Vertical bars (decisions per day): the first and last day and the highest value labelled. */
export function columnChart(chart) {
    const max = Math.max(1, ...chart.bars.map((b) => b.value));
    const step = (WIDTH - 8) / Math.max(1, chart.bars.length);
    const width = Math.max(1, step * 0.8);
    const plot = HEIGHT - AXIS - 16;
    const bars = chart.bars.map((bar, i) => {
        const h = (bar.value / max) * plot;
        const x = 4 + i * step;
        const y = 16 + plot - h;
        return html `<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${h.toFixed(1)}"><title>${bar.label}: ${bar.shown}</title></rect>`;
    });
    const first = chart.bars[0];
    const last = chart.bars[chart.bars.length - 1];
    const peak = chart.bars.reduce((a, b) => (b.value > a.value ? b : a), chart.bars[0] ?? { label: '', value: 0, shown: '0' });
    return html `<svg class="chart" id="${chart.id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
<line class="axis" x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}"></line>
${bars}
<text class="label" x="4" y="12">${peak.shown}</text>
${first ? html `<text class="label" x="4" y="${HEIGHT - 6}">${first.label}</text>` : ''}
${last && last !== first ? html `<text class="label" x="${WIDTH - 4}" y="${HEIGHT - 6}" text-anchor="end">${last.label}</text>` : ''}
</svg>`;
}
const ROW = 28;
const LABEL = 220;
/** Horizontal bars of shares from 0 to 1 (consent rates), each labelled with its name and value. */
export function rateChart(chart) {
    const height = Math.max(1, chart.bars.length) * ROW + 8;
    const room = WIDTH - LABEL - 80;
    const rows = chart.bars.map((bar, i) => {
        const y = 4 + i * ROW;
        const w = Math.max(0, Math.min(1, bar.value)) * room;
        return html `<g>
<text class="label" x="${LABEL - 8}" y="${y + 18}" text-anchor="end">${bar.label}</text>
<rect class="track" x="${LABEL}" y="${y + 4}" width="${room}" height="${ROW - 10}"></rect>
<rect class="bar" x="${LABEL}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW - 10}"><title>${bar.label}: ${bar.shown}</title></rect>
<text class="value" x="${LABEL + room + 8}" y="${y + 18}">${bar.shown}</text>
</g>`;
    });
    return html `<svg class="chart" id="${chart.id}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
${rows}
</svg>`;
}
/** A data table: a caption, header cells, and rows whose first cell is a row header. */
export function dataTable(id, caption, headers, rows) {
    return html `<div class="table-wrap"><table id="${id}">
<caption>${caption}</caption>
<thead><tr>${headers.map((h) => html `<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map(([head, ...cells]) => html `<tr><th scope="row">${head}</th>${cells.map((c) => html `<td>${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
