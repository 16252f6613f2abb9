// Every page's small helpers; everything works without them.
(function () {
  'use strict';

  // A destructive action asks first: a form, or the button that sends it, with data-confirm="question".
  // (Without this script the action happens at once, as before.)
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var question = (submitter && submitter.dataset.confirm) || event.target.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // The phone's menu: the header's menu folds behind a "Menu" button below tablet width, and opens and
  // closes with it (aria-expanded says which). Without this script every link shows, as on a desk.
  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('.site-header');
    var button = header && header.querySelector('.menu-toggle');
    var menu = header && document.getElementById('main-menu');
    if (!button || !menu) {
      return;
    }
    header.classList.add('folding');
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = menu.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.classList.contains('open')) {
        menu.classList.remove('open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  });
})();
