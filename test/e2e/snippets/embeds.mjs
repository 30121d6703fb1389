// The vendors' own embed codes and widgets, unmodified (see analytics.mjs for the fields):
// frames written in the HTML, social embeds, chat, reviews, payment messaging, captcha, maps.
export default [
  {
    // Hugo's {{< youtube >}} shortcode.
    id: 'youtube',
    where: 'body',
    frames: ['www.youtube.com', 'www.youtube-nocookie.com'],
    html: `<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">
      <iframe allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" referrerpolicy="strict-origin-when-cross-origin" src="https://www.youtube.com/embed/0RKpf3rK57I?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=0" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" title="YouTube video"></iframe>
    </div>
<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">
      <iframe allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen="allowfullscreen" loading="eager" referrerpolicy="strict-origin-when-cross-origin" src="https://www.youtube-nocookie.com/embed/0RKpf3rK57I?autoplay=0&amp;controls=1&amp;end=0&amp;loop=0&amp;mute=0&amp;start=0" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" title="YouTube video"></iframe>
    </div>`,
  },
  {
    // Hugo's {{< vimeo >}} shortcode.
    id: 'vimeo',
    where: 'body',
    frames: ['player.vimeo.com'],
    html: `<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;">
      <iframe src="https://player.vimeo.com/video/55073825?dnt=0" style="position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;" webkitallowfullscreen mozallowfullscreen allowfullscreen title="vimeo video"></iframe>
    </div>`,
  },
  {
    // Google Maps' "Share → Embed a map", and the Maps JavaScript API loader.
    id: 'google-maps',
    where: 'body',
    frames: ['www.google.com'],
    runs: ['https://maps.googleapis.com/maps/api/js?key=AIzaTEST&callback=initMap&v=weekly'],
    html: `<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d1999.0!2d10.75!3d59.91!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sOslo!5e0!3m2!1sno!2sno!4v1700000000000!5m2!1sno!2sno" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>
<div id="map"></div>
<script>function initMap() {}</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=AIzaTEST&callback=initMap&v=weekly"></script>`,
  },
  {
    id: 'spotify',
    where: 'body',
    frames: ['open.spotify.com'],
    html: `<iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC?utm_source=generator" width="100%" height="352" frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy"></iframe>`,
  },
  {
    id: 'soundcloud',
    where: 'body',
    frames: ['w.soundcloud.com'],
    html: `<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500&auto_play=false&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true"></iframe>`,
  },
  {
    id: 'facebook-embed',
    where: 'body',
    runs: ['https://connect.facebook.net/nb_NO/sdk.js'],
    html: `<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/nb_NO/sdk.js#xfbml=1&version=v19.0" nonce="Ab12Cd34"></script>
<div class="fb-page" data-href="https://www.facebook.com/facebook" data-tabs="timeline" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="https://www.facebook.com/facebook" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/facebook">Facebook</a></blockquote></div>`,
  },
  {
    // Protocol-relative, as Instagram's embed code is.
    id: 'instagram-embed',
    where: 'body',
    runs: ['http://www.instagram.com/embed.js'],
    html: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C0abcdEFGhi/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style=" background:#FFF; border:0; margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%;"><a href="https://www.instagram.com/p/C0abcdEFGhi/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">View this post on Instagram</a></blockquote>
<script async src="//www.instagram.com/embed.js"></script>`,
  },
  {
    id: 'x-embed',
    where: 'body',
    runs: ['https://platform.twitter.com/widgets.js'],
    html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; X (@X) <a href="https://twitter.com/X/status/1?ref_src=twsrc%5Etfw">December 1, 2026</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`,
  },
  {
    // Contact Form 7's reCAPTCHA v3 integration.
    id: 'recaptcha',
    where: 'body',
    runs: ['https://www.google.com/recaptcha/api.js?render=6LcTESTTESTTESTTESTTESTTESTTESTTESTTEST&ver=3.0'],
    html: `<script src="https://www.google.com/recaptcha/api.js?render=6LcTESTTESTTESTTESTTESTTESTTESTTESTTEST&#038;ver=3.0" id="google-recaptcha-js"></script>`,
  },
  {
    id: 'trustpilot',
    where: 'head',
    runs: ['http://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js'],
    html: `<!-- TrustBox script -->
<script type="text/javascript" src="//widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>
<!-- End TrustBox script -->`,
  },
  {
    id: 'klarna',
    where: 'head',
    runs: ['https://js.klarna.com/web-sdk/v1/klarna.js'],
    html: `<script
  async
  data-environment="production"
  src="https://js.klarna.com/web-sdk/v1/klarna.js"
  data-client-id="klarna-client-id-test"
></script>`,
  },
  {
    // Intercom loads its widget at the window's load event.
    id: 'intercom',
    where: 'body',
    runs: ['https://widget.intercom.io/widget/abc12345'],
    html: `<script>
  window.intercomSettings = {
    api_base: "https://api-iam.intercom.io",
    app_id: "abc12345",
  };
</script>
<script>
  (function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/abc12345';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else if(w.attachEvent){w.attachEvent('onload',l);}else{w.addEventListener('load',l,false);}}})();
</script>`,
  },
  {
    // Zendesk's Web Widget: a synchronous script written in the HTML.
    id: 'zendesk',
    where: 'body',
    runs: ['https://static.zdassets.com/ekr/snippet.js?key=00000000-aaaa-bbbb-cccc-dddddddddddd'],
    html: `<!-- Start of example Zendesk Widget script -->
<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=00000000-aaaa-bbbb-cccc-dddddddddddd"> </script>
<!-- End of example Zendesk Widget script -->`,
  },
];
