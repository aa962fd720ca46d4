// The HTML report's only script: offline filter and search over findings and fields. It reads
// the rendered table rows (`data-text`, `data-severity`, `data-special`), never fetches
// anything, and is allowed by its sha256 in the Content-Security-Policy. Filtered rows get a
// class that hides them on screen only, so printing always shows the whole report.

export const SCRIPT = `
(function () {
  'use strict';
  function all(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function wire(rootId, noun, accept) {
    var root = document.getElementById(rootId);
    if (!root) return;
    var search = root.querySelector('input[type=search]');
    var status = root.querySelector('[role=status]');
    var rows = all(root, 'tr[data-text]');
    var groups = all(root, '.group');
    function apply() {
      var terms = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute('data-text') || '';
        var ok = terms.every(function (t) { return text.indexOf(t) >= 0; }) && accept(root, row);
        row.classList.toggle('filtered-out', !ok);
        if (ok) shown += 1;
      });
      groups.forEach(function (group) {
        group.classList.toggle('filtered-out', !group.querySelector('tr[data-text]:not(.filtered-out)'));
      });
      status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' ' + noun + '.';
    }
    all(root, '.toolbar input').forEach(function (input) {
      input.addEventListener('input', apply);
      input.addEventListener('change', apply);
    });
    var reset = root.querySelector('button[data-reset]');
    if (reset) reset.addEventListener('click', function () {
      search.value = '';
      all(root, '.toolbar input[type=checkbox]').forEach(function (box) { box.checked = box.hasAttribute('data-default-checked'); });
      apply();
      search.focus();
    });
    apply();
  }
  wire('findings', 'findings', function (root, row) {
    var box = root.querySelector('input[type=checkbox][value="' + row.getAttribute('data-severity') + '"]');
    return !box || box.checked;
  });
  wire('inventory', 'personal fields', function (root, row) {
    var only = root.querySelector('input[type=checkbox][name=special-only]');
    return !only || !only.checked || row.getAttribute('data-special') === 'true';
  });
})();
`;
