// Records every CSP violation on the page, for the strict-CSP test.
window.__ran = window.__ran || [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')),
);
