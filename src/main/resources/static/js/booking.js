// Small helpers for the booking pages; everything works without them.
(function () {
  'use strict';

  // On the booking form, a click on free time in the day's timeline fills in the times instead of
  // reloading the form, so that what was typed stays.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('#day-timeline a[data-start]');
    var form = document.getElementById('booking-form');
    if (!link || !form) {
      return;
    }
    event.preventDefault();
    form.elements.date.value = link.dataset.date;
    form.elements.start.value = link.dataset.start;
    form.elements.end.value = link.dataset.end;
    form.elements.start.focus();
  });

  // A form sent once is not sent again by a second click; the server would book once anyway.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-submit-once')) {
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'true';
    form.querySelectorAll('button[type=submit]').forEach(function (button) {
      button.setAttribute('aria-busy', 'true');
    });
  });
})();
