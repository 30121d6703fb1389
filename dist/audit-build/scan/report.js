const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.5rem 0 .25rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f6f6f6;padding:.75rem;overflow-x:auto;white-space:pre-wrap}
.todo{background:#fff4d6;border-left:4px solid #b37400;padding:.5rem .75rem}.ok{color:#0b6b2b}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}th{background:#222}pre{background:#1c1c1c}.todo{background:#3a2c00}.ok{color:#7fd89a}td,th{border-color:#444}}`;
/** The frame policy the draft writes: which hosts it lists, why, and how to edit the list. */
function framesHtml(frames) {
    if (!frames)
        return '<p>The pages frame nothing, so the draft has no frame policy (<code>autoBlock.frames</code>).</p>';
    const row = (host, what, why) => `<tr><td><code>${esc(host)}</code></td><td>${what}</td><td>${why}</td></tr>`;
    const rows = [
        ...frames.listed.map((f) => row(f.host, '<strong>listed</strong>', `${f.service ? `catalogue service <code>${esc(f.service)}</code>, no tracker` : 'not in the catalogue'}; framed on <code>${esc(f.pages[0])}</code>, e.g. <code>${esc(f.example)}</code>`)),
        ...frames.trackers.map((t) => row(t.host, 'not listed', `a tracker (<code>${esc(t.service)}</code>): it loads once the visitor grants it`)),
        ...frames.skipped.map((s) => row(s.host, 'not listed', esc(s.why))),
    ].join('');
    return `<p>The draft turns the frame policy on: <code>"autoBlock": { "frames": [${frames.listed.map((f) => `"${esc(f.host)}"`).join(', ')}] }</code>. samtykke.js then adds a Content-Security-Policy <code>frame-src</code> to <code>&lt;head&gt;</code>, so the browser itself refuses the request of a tracker iframe written in the HTML until the visitor grants it (without it, that request often leaves before samtykke can stop it). Every other host your pages frame must be listed, or it is refused too:</p>
<table><thead><tr><th scope="col">Framed host</th><th scope="col">In <code>frames</code></th><th scope="col">Why</th></tr></thead><tbody>${rows}</tbody></table>
<p>To edit it: add each host your pages frame that the scan did not see (<code>"*.example.com"</code> names its subdomains), and remove a host you would rather put behind consent (then tag its iframe). Granting a tracker frame reloads the page once; if you tag every tracker iframe (below), you may remove <code>autoBlock</code> to avoid that reload.</p>`;
}
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
${r.todos.length ? `<p>The draft notice is not valid until each of these is done (it leaves required fields out on purpose):</p>${list(r.todos.map((t) => `<code>${esc(t.path)}</code>: ${esc(t.text)}`))}` : '<p>Nothing: the draft is a complete notice.</p>'}
<p>The draft is ${esc(r.stamp.why)}</p>
<h2>Services found</h2>
${services || '<p>Nothing: the site stores nothing and contacts no third party.</p>'}
<h2>Frames: the frame policy</h2>
${framesHtml(r.frames)}
<h2>Put these first in every page’s <code>&lt;head&gt;</code></h2>
${r.head.map((h) => `<pre>${esc(h)}</pre>`).join('\n')}
<h2>Make these wait for consent</h2>
${tags}
${r.notes.length ? `<h2>Notes</h2>${list(r.notes.map(esc))}` : ''}
</main></body></html>
`;
}
