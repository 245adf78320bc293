// Live reload for `backguide preview`. The preview server injects this into the pages it serves; `build` output
// never contains it. It listens to the server's event stream: "reload" reloads the page, "problems" shows the
// build's errors over the page (which keeps showing the last good build), "clear" removes them.
(function () {
  'use strict';
  var version = '__BACKGUIDE_VERSION__';
  var overlay = null;
  var source = new EventSource('/_backguide/events?since=' + version);
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('clear', hide);
  source.addEventListener('problems', function (event) { show(JSON.parse(event.data)); });

  function show(problems) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'backguide-problems';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'margin:0;padding:1rem 1.25rem;background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;' +
      'border-top:4px solid #e5484d;white-space:pre-wrap;text-align:left';
    var title = document.createElement('strong');
    title.textContent = 'The build failed (' + problems.errors.length + ' error' + (problems.errors.length === 1 ? '' : 's') +
      '). This page shows the last good build; save a fix and it reloads.';
    overlay.appendChild(title);
    problems.errors.forEach(function (line) {
      var item = document.createElement('div');
      item.textContent = line;
      overlay.appendChild(item);
    });
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }
})();
