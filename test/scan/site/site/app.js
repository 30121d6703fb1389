// The shop's own script: counts visits in a cookie no catalogue knows.
const visits = Number((document.cookie.match(/(?:^|; )besok_teller=(\d+)/) || [])[1] || 0) + 1;
document.cookie = `besok_teller=${visits}; Max-Age=${30 * 86400}; Path=/; SameSite=Lax`;
