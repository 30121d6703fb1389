/** Page snippets the demos share: tagged, inert until consent (SPEC §1/§2). Raw HTML, written by us. */
/** Tagged, inert until consent (SPEC §1/§2). The gtag config is the one Google documents. */
export const GA4 = `<script type="text/plain" data-consent="analytics" data-service="google-analytics" data-src="https://www.googletagmanager.com/gtag/js?id=G-DEMO0000" async></script>
<script type="text/plain" data-consent="analytics" data-service="google-analytics">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-DEMO0000');
</script>`;

/** Meta's base code, unchanged but for the demo pixel id, tagged for marketing. */
export const META_PIXEL = `<script type="text/plain" data-consent="marketing" data-service="meta-pixel">
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '000000000000000');
  fbq('track', 'PageView');
</script>`;

/** A same-origin helper that shows consent-dependent content once its gate is granted. */
export const reveal = (category, service, name) =>
  `<script type="text/plain" data-consent="${category}" data-service="${service}" data-src="../reveal.js" data-reveal="${name}"></script>`;
