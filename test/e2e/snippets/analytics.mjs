// The vendors' own snippets, unmodified, as their docs and the popular CMS plugins print them,
// for the catalogue's analytics and tag-manager services. `runs`: the scripts that must run once
// after consent; `frames`: the hosts whose frame documents must load once.
export default [
  {
    id: 'google-tag-manager',
    where: 'head',
    runs: ['https://www.googletagmanager.com/gtm.js?id=GTM-TEST123'],
    html: `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST123');</script>
<!-- End Google Tag Manager -->`,
  },
  {
    id: 'google-analytics',
    where: 'head',
    runs: ['https://www.googletagmanager.com/gtag/js?id=G-TEST123'],
    html: `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-TEST123');
</script>`,
  },
  {
    id: 'hotjar',
    where: 'head',
    runs: ['https://static.hotjar.com/c/hotjar-1234567.js?sv=6'],
    html: `<!-- Hotjar Tracking Code for https://www.example.no -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`,
  },
  {
    id: 'microsoft-clarity',
    where: 'head',
    runs: ['https://www.clarity.ms/tag/abcdefghij'],
    html: `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "abcdefghij");
</script>`,
  },
  {
    id: 'plausible',
    where: 'head',
    runs: ['https://plausible.io/js/script.js'],
    html: `<script defer data-domain="example.no" src="https://plausible.io/js/script.js"></script>`,
  },
  {
    // Matomo's tracking code for a self-hosted server, protocol-relative as Matomo prints it.
    id: 'matomo',
    where: 'head',
    runs: ['http://stats.example.no/matomo.js'],
    html: `<!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  /* tracker methods like "setCustomDimension" should be called before "trackPageView" */
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="//stats.example.no/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Code -->`,
  },
  {
    id: 'matomo-cloud',
    where: 'head',
    runs: ['https://cdn.matomo.cloud/example.matomo.cloud/matomo.js'],
    html: `<!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://example.matomo.cloud/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src='https://cdn.matomo.cloud/example.matomo.cloud/matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Code -->`,
  },
  {
    id: 'adobe-analytics',
    where: 'head',
    runs: ['https://assets.adobedtm.com/0a1b2c3d4e5f/6a7b8c9d0e1f/launch-2a3b4c5d6e7f.min.js'],
    html: `<script src="https://assets.adobedtm.com/0a1b2c3d4e5f/6a7b8c9d0e1f/launch-2a3b4c5d6e7f.min.js" async></script>`,
  },
  {
    // Kilkaya publishes no generic snippet; a site loads its script from Kilkaya's host.
    id: 'kilkaya',
    where: 'head',
    runs: ['https://cl.k5a.io/6123abc/k5a.js'],
    html: `<script async src="https://cl.k5a.io/6123abc/k5a.js"></script>`,
  },
];
