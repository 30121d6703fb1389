// Snippets generated from the catalogue for every service that loads code or frames and has no
// hand-written snippet (analytics.mjs, marketing.mjs, embeds.mjs, issue-26.mjs): the way most
// vendors' snippets load them. A script rule becomes the common asynchronous loader (a script
// element created and inserted by an inline script, as Hotjar's, Heap's or Crisp's code does); a
// frame-only rule becomes an <iframe src> written in the HTML (as embed codes are). The URL is
// the rule's own: its host, its path (a "*" segment as a locale, a folder completed with a
// file), a sample of its query, and a subdomain where the rule names a registrable domain.

/** A value each query test of the catalogue accepts. */
const SAMPLES = { '^(AW|DC)-': 'AW-123456789', '^G-': 'G-TEST123', '^GTM?-': 'GTM-TEST123' };

/** The URL a vendor's snippet would load for `rule`, as a `kind` ("script" or "frame"). */
export function urlFor(rule, kind) {
  const host = rule.host === '*' ? 'www.example.no' : rule.host.split('.').length === 2 ? `www.${rule.host}` : rule.host;
  let path = (rule.path ?? '/').replace(/\*/g, 'fr_FR');
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith('/')) path += kind === 'script' ? 'loader.js' : 'embed-1';
  else if (!last.includes('.')) path += kind === 'script' ? '.js' : '/embed-1';
  const query = Object.entries(rule.query ?? {}).map(([name, test]) => `${name}=${SAMPLES[test]}`);
  return `https://${host}${path}${query.length ? '?' + query.join('&') : ''}`;
}

/** The asynchronous loader most vendors paste into <head>. */
const loader = (id, url) => `<!-- ${id} (generated from the catalogue) -->
<script>
  (function (d, s) {
    var j = d.createElement(s), f = d.getElementsByTagName(s)[0];
    j.async = true; j.src = ${JSON.stringify(url)};
    f.parentNode.insertBefore(j, f);
  })(document, 'script');
</script>`;

/** An embed code: the vendor's frame written in the HTML. */
const frame = (id, url) =>
  `<iframe src="${url.replace(/&/g, '&amp;')}" width="400" height="200" title="${id} (generated from the catalogue)"></iframe>`;

/** One snippet per catalogue service that loads code or frames and is not in `covered`. */
export function generatedSnippets(catalogue, covered) {
  const out = [];
  for (const entry of Object.values(catalogue)) {
    if (covered.has(entry.id)) continue;
    const script = entry.block.find((r) => r.kind.includes('script'));
    const framed = entry.block.find((r) => r.kind.includes('frame'));
    if (script) {
      const url = urlFor(script, 'script');
      out.push({ id: entry.id, where: 'head', runs: [url], html: loader(entry.id, url) });
    } else if (framed) {
      out.push({ id: entry.id, where: 'body', html: frame(entry.id, urlFor(framed, 'frame')) });
    }
  }
  return out;
}
