// Loaded first by the /test-api/csp page (an external script, as its policy demands):
// records every Content-Security-Policy violation, including Trusted Types ones,
// so the test in the parent frame can fail on any.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
});
window.addEventListener('error', (event) => {
  window.__violations.push(`error: ${event.message}`);
});
