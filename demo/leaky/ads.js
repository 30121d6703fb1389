// Leak 3 of the leaky test page: a tagged marketing script (data-consent="marketing"
// data-service="leaky-ads"), so it runs only after consent; but the cookie it sets on every load
// is not the one the notice lists ("_lads"), so samtykke cannot delete it on withdrawal.
document.cookie = '_leaky_ads_id=' + Math.random().toString(36).slice(2) + '; Max-Age=7776000; Path=/; SameSite=Lax';
