const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f6f6f6;padding:.75rem;overflow-x:auto;white-space:pre-wrap}
.todo{background:#fff4d6;border-left:4px solid #b37400;padding:.5rem .75rem}.ok{color:#0b6b2b}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}th{background:#222}pre{background:#1c1c1c}.todo{background:#3a2c00}.ok{color:#7fd89a}td,th{border-color:#444}}`;
export function renderScanHtml(r) {
    const list = (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    const services = r.services
        .map((s) => {
        const head = s.preset
            ? `<span class="ok">from the catalogue: <code>${esc(s.preset)}</code></span>, category <code>${esc(s.category ?? '')}</code>`
            : '<strong>not in the catalogue: for you to fill in</strong>';
        const todo = s.todo ? `<p class="todo">${esc(s.todo)}</p>` : '';
        const rows = s.evidence
            .map((e) => `<tr><td>${esc(e.kind)}</td><td><code>${esc(e.page)}</code></td><td>${esc(e.text)}</td></tr>`)
            .join('');
        return `<h3><code>${esc(s.id)}</code></h3><p>${head}</p>${todo}<table><thead><tr><th scope="col">What</th><th scope="col">Page</th><th scope="col">Found</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
        .join('\n');
    const tags = r.tags.length
        ? r.tags
            .map((t) => `<p>On <code>${esc(t.page)}</code> (service <code>${esc(t.service)}</code>):</p><pre>${esc(t.original)}</pre><p>becomes</p><pre>${esc(t.tagged)}</pre>`)
            .join('\n')
        : '<p>No script or iframe of these services is written in the pages’ HTML: they are loaded by other scripts, which auto-blocking holds for the known ones.</p>';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>samtykke scan: ${esc(r.url)}</title><style>${CSS}</style></head>
<body><main>
<h1>What <code>${esc(r.url)}</code> stores and sends</h1>
<p>Scanned ${esc(r.scannedAt)} with ${esc(r.tool)} in ${esc(r.browser)}, as a first-time visitor who made no choice, before samtykke. Pages visited:</p>
${list(r.pages.map((p) => `<code>${esc(p)}</code>`))}
<h2>Still to do</h2>
<p>The draft notice is not valid until each of these is done (it leaves required fields out on purpose):</p>
${list(r.todos.map((t) => `<code>${esc(t.path)}</code>: ${esc(t.text)}`))}
<h2>Services found</h2>
${services || '<p>Nothing: the site stores nothing and contacts no third party.</p>'}
<h2>Put these first in every page’s <code>&lt;head&gt;</code></h2>
${r.head.map((h) => `<pre>${esc(h)}</pre>`).join('\n')}
<h2>Make these wait for consent</h2>
${tags}
${r.notes.length ? `<h2>Notes</h2>${list(r.notes.map(esc))}` : ''}
</main></body></html>
`;
}
