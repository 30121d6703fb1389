/*
 * Demo helper for the customer pages. Each page tags it (type="text/plain", data-consent,
 * data-service, data-src), so samtykke runs it only once the visitor has granted that gate. It
 * then switches the box whose data-revealed-by matches its own data-reveal to the "on" state.
 * Both states occupy the same grid cell (demo.css), so the switch moves nothing on the page.
 */
(function () {
  var script = document.currentScript;
  var name = script && script.getAttribute('data-reveal');
  function show() {
    var boxes = document.querySelectorAll('[data-revealed-by]');
    for (var i = 0; i < boxes.length; i++) {
      if (!name || boxes[i].getAttribute('data-revealed-by') === name) boxes[i].classList.add('is-on');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
