/* Filters the exercises index by target, position, equipment and difficulty.
   Without this script the page shows the full grouped list; with it, the form appears and hides what does not match.
   Each item carries its values as space-separated slugs: data-target="lower-back hamstrings". */
(function () {
  'use strict';
  var form = document.querySelector('[data-filters]');
  if (!form) {
    return;
  }
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.group .item[data-slug]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));
  var status = form.querySelector('[data-filter-status]');

  var strings = window.BackGuideStrings; // the guide's wording (assets/strings.js)

  function chosen() {
    return selects
      .filter(function (select) { return select.value !== ''; })
      .map(function (select) { return { name: select.getAttribute('data-filter'), value: select.value }; });
  }

  function matches(item, filters) {
    return filters.every(function (filter) {
      var values = (item.getAttribute('data-' + filter.name) || '').split(' ');
      return values.indexOf(filter.value) >= 0;
    });
  }

  function apply() {
    var filters = chosen();
    var shown = 0;
    items.forEach(function (item) {
      var visible = matches(item, filters);
      item.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('.item[data-slug]:not([hidden])');
    });
    if (filters.length === 0) {
      status.textContent = '';
    } else if (shown === 0) {
      status.textContent = strings.say('filters_none');
    } else {
      status.textContent = strings.say('filters_showing', { shown: shown, total: items.length });
    }
  }

  // A link such as exercises/index.html?position=lying starts with that filter set.
  var query = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    var wanted = query.get(select.getAttribute('data-filter'));
    // Compared as text, not put into a selector: any value in the address is safe, and an unknown one is ignored.
    if (wanted && Array.prototype.some.call(select.options, function (option) { return option.value === wanted; })) {
      select.value = wanted;
    }
  });

  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  apply();
}());
