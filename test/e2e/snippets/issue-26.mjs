// Issue 26: unmodified snippets that ran before consent although their services were declared,
// because the catalogue knew other hosts or paths (see analytics.mjs for the fields).
export default [
  {
    // HubSpot's asynchronous analytics code, as sites still paste it: js.hs-analytics.net
    // directly, with a time in the path (a new URL every five minutes).
    id: 'hubspot',
    where: 'body',
    runs: [/^http:\/\/js\.hs-analytics\.net\/analytics\/\d+\/281782\.js$/],
    html: `<!-- Start of Async HubSpot Analytics Code -->
<script type="text/javascript">
(function(d,s,i,r) {
if (d.getElementById(i)){return;}
var n=d.createElement(s),e=d.getElementsByTagName(s)[0];
n.id=i;n.src='//js.hs-analytics.net/analytics/'+(Math.ceil(new Date()/r)*r)+'/281782.js';
e.parentNode.insertBefore(n, e);
})(document,"script","hs-analytics",300000);
</script>
<!-- End of Async HubSpot Analytics Code -->`,
  },
  {
    // The embed code X's publish.x.com gives (and Hugo's x shortcode inserts).
    id: 'x-embed',
    where: 'body',
    runs: ['https://platform.x.com/widgets.js'],
    html: `<blockquote class="twitter-tweet"><p lang="no" dir="ltr">Hei</p>&mdash; X (@X) <a href="https://x.com/X/status/1?ref_src=twsrc%5Etfw">1. desember 2026</a></blockquote> <script async src="https://platform.x.com/widgets.js" charset="utf-8"></script>`,
  },
  {
    // Facebook's page plugin in a locale the old catalogue did not list.
    id: 'facebook-embed',
    where: 'body',
    runs: ['https://connect.facebook.net/fr_FR/sdk.js'],
    html: `<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v19.0"></script>
<div class="fb-page" data-href="https://www.facebook.com/facebook" data-tabs="timeline"></div>`,
  },
];
