// Leak 2 of the leaky test page: the site's own script sets a cookie the notice does not list,
// before the visitor has chosen anything (a first-party "visitor id", a year long).
document.cookie = 'leaky_visitor=' + Math.random().toString(36).slice(2) + '; Max-Age=31536000; Path=/; SameSite=Lax';
