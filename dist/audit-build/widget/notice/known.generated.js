/** Every service that is not necessary, as "id:category", separated by spaces (few bytes for browsers). */
const SERVICES = "abtasty:analytics acast:marketing activecampaign:marketing addtoany:marketing adform:marketing adobe-analytics:analytics adobe-fonts:functional amazon-ads:marketing amplitude:analytics ausha:marketing bandcamp:marketing brevo-chat:functional brevo:marketing calameo:marketing calendly:functional clicky:analytics cloudflare-turnstile:functional cloudflare-web-analytics:analytics collect-chat:functional contentsquare:analytics crazy-egg:analytics crisp:functional criteo:marketing dailymotion:marketing deezer:marketing discord-widget:marketing disqus:marketing elfsight:functional equativ:marketing etracker:analytics facebook-embed:marketing fathom:analytics fillout:functional fullstory:analytics genially:functional google-ad-manager:marketing google-ads:marketing google-adsense:marketing google-analytics:analytics google-calendar:functional google-docs-embed:functional google-fonts:functional google-forms:functional google-maps:functional google-tag-manager:analytics hcaptcha:functional heap:analytics hotjar:analytics hubspot-chat:functional hubspot:marketing instagram-embed:marketing intercom:functional internet-archive:marketing issuu:marketing kilkaya:analytics klarna:functional klaviyo:marketing lead-forensics:marketing leadinfo:marketing linkedin-insight:marketing linkedin-plugins:marketing mailchimp:marketing marketo:marketing matomo-cloud:analytics matomo:analytics matterport:functional meta-pixel:marketing microsoft-clarity:analytics microsoft-uet:marketing mixcloud:marketing mixpanel:analytics mouseflow:analytics mtcaptcha:functional onesignal:marketing optimizely:analytics outbrain:marketing pardot:marketing piano-analytics:analytics pingdom-rum:analytics pinterest-tag:marketing pinterest-widgets:marketing pipedrive-chat:functional piwik-pro:analytics plausible:analytics prezi:marketing purechat:functional recaptcha:functional reddit-pixel:marketing screeb:functional segment:analytics sharethis:marketing siteimprove:analytics slideshare:marketing smartsupp:functional snap-pixel:marketing snowplow:analytics soundcloud:marketing spotify:marketing statcounter:analytics taboola:marketing tawk-to:functional teads:marketing the-trade-desk:marketing tiktok-embed:marketing tiktok-pixel:marketing trustpilot:functional twitch:marketing typeform:functional umami:analytics userlike:functional userpilot:analytics uservoice:functional vercel-analytics:analytics vimeo:marketing vwo:analytics woopra:analytics x-embed:marketing x-pixel:marketing xandr:marketing yandex-metrica:analytics youtube:marketing zendesk:functional zoho-pagesense:analytics zoho-salesiq:functional";
export const KNOWN_SERVICES = SERVICES.split(' ').map((item) => {
    const [id, category] = item.split(':');
    return { id, category };
});
/** Each service's category, by id (from SERVICES). */
const categoryOf = new Map(KNOWN_SERVICES.map((k) => [k.id, k.category]));
/** The known hosts, one a line: `host[/path] service` (the category is the service's). */
const HOSTS = `
try.abtasty.com abtasty
embed.acast.com acast
trackcmp.net activecampaign
diffuser-cdn.app-us1.com activecampaign
static.addtoany.com addtoany
adform.net adform
assets.adobedtm.com adobe-analytics
use.typekit.net adobe-fonts
amazon-adsystem.com amazon-ads
cdn.amplitude.com amplitude
player.ausha.co ausha
bandcamp.com/EmbeddedPlayer/ bandcamp
conversations-widget.brevo.com brevo-chat
sibautomation.com brevo
v.calameo.com calameo
assets.calendly.com calendly
static.getclicky.com clicky
challenges.cloudflare.com/turnstile/ cloudflare-turnstile
cloudflareinsights.com cloudflare-web-analytics
collectcdn.com collect-chat
t.contentsquare.net contentsquare
script.crazyegg.com crazy-egg
client.crisp.chat crisp
static.criteo.net criteo
cas.criteo.com criteo
dailymotion.com/embed dailymotion
widget.deezer.com deezer
discord.com/widget discord-widget
disqus.com disqus
apps.elfsight.com elfsight
sascdn.com equativ
static.etracker.com etracker
facebook.com/plugins/ facebook-embed
connect.facebook.net/*/sdk.js facebook-embed
connect.facebook.net/*/sdk/ facebook-embed
cdn.usefathom.com fathom
server.fillout.com fillout
fullstory.com fullstory
view.genial.ly genially
securepubads.g.doubleclick.net google-ad-manager
googletagmanager.com/gtag/ google-ads
googleadservices.com google-ads
doubleclick.net google-ads
googlesyndication.com google-adsense
googletagmanager.com/gtag/ google-analytics
google-analytics.com google-analytics
analytics.google.com google-analytics
google.com/calendar/embed google-calendar
docs.google.com/document/ google-docs-embed
docs.google.com/spreadsheets/ google-docs-embed
docs.google.com/presentation/ google-docs-embed
docs.google.com/forms/ google-forms
maps.googleapis.com google-maps
google.com/maps/embed google-maps
googletagmanager.com/gtag/ google-tag-manager
googletagmanager.com/gtm.js google-tag-manager
googletagmanager.com google-tag-manager
hcaptcha.com hcaptcha
heapanalytics.com heap
hotjar.com hotjar
hotjar.io hotjar
js.usemessages.com hubspot-chat
js.hs-scripts.com hubspot
js.hs-analytics.net hubspot
js.hs-banner.com hubspot
js.hscollectedforms.net hubspot
js.hsadspixel.net hubspot
js.hsleadflows.net hubspot
instagram.com instagram-embed
widget.intercom.io intercom
archive.org/embed/ internet-archive
e.issuu.com issuu
k5a.io kilkaya
js.klarna.com klarna
static.klaviyo.com klaviyo
secure.leadforensics.com lead-forensics
secure.team8save.com lead-forensics
cdn.leadinfo.net leadinfo
snap.licdn.com linkedin-insight
px.ads.linkedin.com linkedin-insight
platform.linkedin.com linkedin-plugins
munchkin.marketo.net marketo
matomo.cloud matomo-cloud
*/matomo.js matomo
*/piwik.js matomo
*/matomo.php matomo
*/piwik.php matomo
my.matterport.com/show/ matterport
connect.facebook.net meta-pixel
facebook.com/tr meta-pixel
clarity.ms microsoft-clarity
bat.bing.com microsoft-uet
mixcloud.com/widget/ mixcloud
cdn.mxpnl.com mixpanel
cdn.mouseflow.com mouseflow
mtcaptcha.com mtcaptcha
cdn.onesignal.com onesignal
cdn.optimizely.com optimizely
outbrain.com outbrain
pi.pardot.com pardot
tag.aticdn.net piano-analytics
rum-static.pingdom.net pingdom-rum
s.pinimg.com/ct/ pinterest-tag
ct.pinterest.com pinterest-tag
assets.pinterest.com pinterest-widgets
leadbooster-chat.pipedrive.com pipedrive-chat
containers.piwik.pro piwik-pro
plausible.io plausible
prezi.com/embed/ prezi
app.purechat.com purechat
google.com/recaptcha/ recaptcha
redditstatic.com/ads/ reddit-pixel
t.screeb.app screeb
cdn.segment.com segment
sharethis.com sharethis
slideshare.net/slideshow/embed_code/ slideshare
smartsuppchat.com smartsupp
sc-static.net/scevent.min.js snap-pixel
tr.snapchat.com snap-pixel
w.soundcloud.com/player soundcloud
open.spotify.com/embed spotify
statcounter.com statcounter
taboola.com taboola
embed.tawk.to tawk-to
va.tawk.to tawk-to
teads.tv teads
adsrvr.org the-trade-desk
tiktok.com/embed tiktok-embed
analytics.tiktok.com tiktok-pixel
widget.trustpilot.com trustpilot
player.twitch.tv twitch
embed.typeform.com typeform
form.typeform.com typeform
cloud.umami.is umami
userlike-cdn-widgets.s3-eu-west-1.amazonaws.com userlike
js.userpilot.io userpilot
widget.uservoice.com uservoice
*/_vercel/insights/script.js vercel-analytics
cdn.vercel-insights.com vercel-analytics
vimeo.com vimeo
dev.visualwebsiteoptimizer.com vwo
static.woopra.com woopra
platform.twitter.com x-embed
platform.x.com x-embed
static.ads-twitter.com x-pixel
adnxs.com xandr
mc.yandex.ru yandex-metrica
youtube.com youtube
youtube-nocookie.com youtube
static.zdassets.com/ekr/ zendesk
v2.zopim.com zendesk
pagesense.io zoho-pagesense
salesiq.zoho.eu zoho-salesiq
salesiq.zoho.com zoho-salesiq
`;
export const KNOWN_HOSTS = HOSTS.trim()
    .split('\n')
    .map((line) => {
    const [where, service] = line.split(' ');
    const slash = where.indexOf('/');
    const host = slash < 0 ? where : where.slice(0, slash);
    const known = { host, service, category: categoryOf.get(service) };
    if (slash >= 0)
        known.path = where.slice(slash);
    return known;
});
/** Each service's cookie names, separated by spaces; a name that varies is written "name=pattern". */
const COOKIES = {
    "abtasty": "ABTasty ABTastySession",
    "activecampaign": "ac_enable_tracking prism_<…>=prism_.+",
    "adform": "C TPC GCM CM CM14 adtrc SR<id>=^SR.+$ CT<id>=^CT.+$ EBFCD<id>=^EBFCD.+$ EBFC<id>=^EBFC.+$ CFFC<id>=^CFFC.+$ adformfrpid",
    "adobe-analytics": "s_cc s_sq s_vi s_fid fid s_ecid s_ppv s_tp sat_track",
    "amazon-ads": "ad-id ad-privacy",
    "amplitude": "AMP_<…>=AMP_.+ AMP_MKTG_<…>=AMP_MKTG_.+ AMP_TEST AMP_TLDTEST",
    "contentsquare": "_cs_id _cs_c _cs_s _cs_cvars _cs_ex",
    "crazy-egg": "_ce.s _ceir _CEFT _ce.irv _ce.clock_event _ce.clock_data cebs cebsp_<…>=cebsp_.+",
    "crisp": "crisp-client/<…>=crisp-client/.+",
    "disqus": "vglnk.Agent.p vglnk.PartnerRfsh.p",
    "equativ": "gid lcsrc sasd vs",
    "facebook-embed": "fr datr sb c_user xs wd",
    "google-ads": "_gcl_au _gcl_aw _gcl_dc _gcl_gs _gcl_gb _gac_<property-id>=^_gac_.+$ IDE DSID test_cookie ar_debug FLC",
    "google-adsense": "__gpi __eoi __gsas ACLK_DATA",
    "google-analytics": "_ga _ga_<container-id>=^_ga_.+$",
    "google-maps": "NID OGPC OGP",
    "google-tag-manager": "td",
    "heap": "_hp2_id _hp2_ses_props",
    "hotjar": "_hjSessionUser_<site-id>=^_hjSessionUser_.+$ _hjSession_<site-id>=^_hjSession_.+$ _hjid _hjAbsoluteSessionInProgress _hjFirstSeen _hjIncludedInSessionSample_<site-id>=^_hjIncludedInSessionSample_.+$ _hjIncludedInPageviewSample _hjTLDTest _hjCookieTest _hjSessionStorageTest _hjUserAttributesHash _hjCachedUserAttributes _hjHasCachedUserAttributes _hjSessionTooLarge _hjSessionRejected _hjSessionResumed _hjClosedSurveyInvites _hjDonePolls _hjMinimizedPolls _hjShownFeedbackMessage hjViewportId",
    "hubspot": "__hstc hubspotutk __hssc __hssrc messagesUtk __hs_opt_out __hs_do_not_track __hs_initial_opt_in __hs_cookie_cat_pref hs_ab_test hs-messages-is-open hs-messages-hide-welcome-message",
    "instagram-embed": "ig_did ig_cb mid ds_user_id shbid shbts",
    "intercom": "intercom-id-<app-id>=^intercom-id-.+$ intercom-session-<app-id>=^intercom-session-.+$ intercom-device-id-<app-id>=^intercom-device-id-.+$",
    "issuu": "iutk",
    "klaviyo": "__kla_id",
    "leadinfo": "_li_id _li_ses",
    "linkedin-insight": "li_fat_id li_giant ln_or li_sugr lidc bcookie bscookie UserMatchHistory AnalyticsSyncHistory lms_ads lms_analytics",
    "mailchimp": "mc_cid mc_eid mc_landing_site",
    "matomo-cloud": "_pk_id.<site-id>.<domain-hash>=^_pk_id\\..+$ _pk_ref.<site-id>.<domain-hash>=^_pk_ref\\..+$ _pk_ses.<site-id>.<domain-hash>=^_pk_ses\\..+$ _pk_hsr.<site-id>.<domain-hash>=^_pk_hsr\\..+$ _pk_testcookie.<site-id>.<domain-hash>=^_pk_testcookie\\..+$ mtm_consent mtm_consent_removed mtm_cookie_consent",
    "meta-pixel": "_fbp _fbc",
    "microsoft-clarity": "_clck _clsk CLID SM MUID MR ANONCHK",
    "microsoft-uet": "_uetsid _uetvid _RwBf _HPVN",
    "mixpanel": "mp_<…>=mp_.+",
    "optimizely": "optimizelyEndUserId optimizelyDomainTestCookie optimizelyOptOut",
    "outbrain": "obuid apnxs criteo mdfrc adrl ttd recs bdswch obsessionid-<id>=^obsessionid-.+$ opout outbrain_dicbo_id dicbo_id",
    "pardot": "pi_opt_in visitor_id<…>=visitor_id.+",
    "piano-analytics": "pa_user atuserid atidvisitor",
    "pinterest-tag": "_pinterest_ct _pinterest_ct_rt _pin_unauth _epik _derived_epik _pinterest_sess _pinterest_ct_ua _routing_id",
    "pinterest-widgets": "_pinterest_cm",
    "piwik-pro": "_pk_id.<…>=_pk_id\\..+ _pk_ses.<…>=_pk_ses\\..+ ppms_privacy_<…>=ppms_privacy_.+ stg_last_interaction stg_returning_visitor stg_traffic_source_priority",
    "recaptcha": "_GRECAPTCHA",
    "reddit-pixel": "_rdt_uuid",
    "sharethis": "__stid __stidv fpestid",
    "siteimprove": "nmstat",
    "snap-pixel": "_scid _scid_r _schn sc_at",
    "snowplow": "sp _sp_id.<…>=_sp_id\\..+ _sp_ses.<…>=_sp_ses\\..+",
    "spotify": "sp_t sp_landing",
    "taboola": "t_gid t_pt_gid taboola_session_id taboola_select _tb_sess_r",
    "tawk-to": "TawkConnectionTime __tawkuuid TawkCookie tawkUUID",
    "teads": "tt_viewer",
    "the-trade-desk": "TDID TDCPM",
    "tiktok-embed": "ttwid msToken",
    "tiktok-pixel": "_ttp _tt_enable_cookie",
    "trustpilot": "ajs_anonymous_id ajs_user_id ajs_group_id __auc __asc amplitude_id<…>=^amplitude_id.*$",
    "twitch": "unique_id unique_id_durable session_unique_id server_session_id device_id",
    "typeform": "tf_respondent_cc attribution_user_id",
    "vimeo": "vuid player_clearance",
    "vwo": "_vwo_uuid_v2 _vwo_uuid _vis_opt_s _vis_opt_test_cookie _vis_opt_exp_<…>=_vis_opt_exp_.+ _vwo_sn _vwo_ds _vwo_referrer",
    "x-embed": "guest_id personalization_id guest_id_marketing guest_id_ads ct0 gt _twitter_sess syndication_guest_id",
    "x-pixel": "muc_ads",
    "xandr": "uuid2 anj icu usersync uids XANDR_PANID",
    "yandex-metrica": "_ym_uid _ym_d _ym_isad _ym_metrika_enabled yandexuid",
    "youtube": "YSC VISITOR_INFO1_LIVE VISITOR_PRIVACY_METADATA __Secure-ROLLOUT_TOKEN DEVICE_INFO GPS LOGIN_INFO",
    "zendesk": "ZD-suid ZD-buid ZD-store ZD-settings ZD-widgetOpen ZD-launcherLabelRemoved __zlcmid zte2095",
};
export const KNOWN_COOKIES = Object.entries(COOKIES).flatMap(([service, names]) => names.split(' ').map((item) => {
    const at = item.indexOf('=');
    return at < 0 ? { name: item, service } : { name: item.slice(0, at), pattern: item.slice(at + 1), service };
}));
