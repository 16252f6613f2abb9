// Placing desks and rooms on a floor plan: a click on the plan fills in the position form and sends
// it without reloading the page; the marker moves at once. Without this script the form still
// works, with the position typed in per cent.
(function () {
  'use strict';

  var form = document.getElementById('place-form');
  var figure = document.querySelector('.plan-admin .floor-plan');
  if (!form || !figure) {
    return;
  }
  var select = form.elements.resourceId;
  var status = document.getElementById('place-status');

  function option() {
    return select.options[select.selectedIndex];
  }

  function marker(id) {
    return figure.querySelector('.plan-marker[data-resource-id="' + id + '"]');
  }

  function highlight() {
    figure.querySelectorAll('.plan-marker.selected').forEach(function (m) {
      m.classList.remove('selected');
    });
    var current = marker(select.value);
    if (current) {
      current.classList.add('selected');
    }
    form.elements.x.value = option().dataset.x || '';
    form.elements.y.value = option().dataset.y || '';
  }

  function percent(fraction) {
    return (Math.round(fraction * 100000) / 1000).toString();
  }

  function show(id, x, y) {
    var m = marker(id);
    var chosen = select.querySelector('option[value="' + id + '"]');
    if (x === null) {
      if (m) {
        m.remove();
      }
      chosen.dataset.x = '';
      chosen.dataset.y = '';
      chosen.textContent = chosen.dataset.unplacedText;
      return;
    }
    if (!m) {
      m = document.createElement('span');
      m.className = 'plan-marker placed ' + chosen.dataset.kind;
      m.setAttribute('role', 'img');
      m.dataset.resourceId = id;
      m.title = chosen.dataset.label;
      m.setAttribute('aria-label', chosen.dataset.label);
      var caption = document.createElement('span');
      caption.className = 'plan-marker-caption';
      caption.setAttribute('aria-hidden', 'true');
      caption.textContent = chosen.dataset.caption;
      m.appendChild(caption);
      figure.appendChild(m);
    }
    m.style.left = (x * 100) + '%';
    m.style.top = (y * 100) + '%';
    chosen.dataset.x = percent(x);
    chosen.dataset.y = percent(y);
    chosen.textContent = chosen.dataset.placedText;
    highlight();
  }

  function count() {
    var counter = document.getElementById('place-count');
    if (!counter) {
      return;
    }
    var placed = Array.prototype.filter.call(select.options, function (o) {
      return Boolean(o.dataset.x);
    }).length;
    counter.textContent = counter.dataset.template.replace('{0}', placed).replace('{1}', select.options.length);
  }

  function send(remove) {
    var data = new FormData(form);
    data.append('format', 'json');
    if (remove) {
      data.append('remove', 'true');
    }
    status.textContent = '';
    form.setAttribute('aria-busy', 'true');
    return fetch(form.action, {method: 'POST', body: data, headers: {'Accept': 'application/json'},
        credentials: 'same-origin'})
      .then(function (response) {
        return response.json().then(function (body) {
          return {ok: response.ok, body: body};
        });
      })
      .then(function (answer) {
        if (answer.ok) {
          show(String(answer.body.resourceId), answer.body.x, answer.body.y);
          count();
          status.textContent = answer.body.message;
          status.classList.remove('error');
        } else {
          status.textContent = answer.body.error;
          status.classList.add('error');
        }
      })
      .catch(function () {
        form.submit();
      })
      .finally(function () {
        form.removeAttribute('aria-busy');
      });
  }

  figure.addEventListener('click', function (event) {
    var clicked = event.target.closest('.plan-marker');
    if (clicked && clicked.dataset.resourceId !== select.value) {
      select.value = clicked.dataset.resourceId;
      highlight();
      return;
    }
    // Markers sit at fractions of the image, which fills the figure inside its border.
    var box = figure.querySelector('img').getBoundingClientRect();
    var x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    var y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
    form.elements.x.value = percent(x);
    form.elements.y.value = percent(y);
    send(false);
  });

  select.addEventListener('change', highlight);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    send(event.submitter && event.submitter.name === 'remove');
  });
})();
