/* My routine: the exercises a reader picks with "Add to my routine", kept in the browser's local storage (which
   works from file:// too), and a "Print my routine" link to cards/index.html?only=slug,slug in the order picked. */
(function () {
  "use strict";

  if (window.BackGuideRoutine) { return; } // the script is on the page once already
  var KEY = "backguide-routine";
  var memory = []; // used when storage is blocked (private windows, strict settings)
  var cleared = null; // the routine "Clear" just emptied, while "Undo" can bring it back

  var strings = window.BackGuideStrings; // the guide's wording (assets/strings.js)

  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(saved) ? saved.filter(function (s) { return typeof s === "string"; }) : [];
    } catch (e) {
      return memory.slice();
    }
  }

  function save(slugs) {
    memory = slugs.slice();
    try { window.localStorage.setItem(KEY, JSON.stringify(slugs)); } catch (e) { /* kept in memory for this page */ }
    render();
  }

  function toggle(slug) {
    var slugs = load();
    cleared = null;
    var at = slugs.indexOf(slug);
    if (at < 0) { slugs.push(slug); } else { slugs.splice(at, 1); }
    save(slugs);
  }

  function render() {
    var slugs = load();
    Array.prototype.forEach.call(document.querySelectorAll("[data-routine-add]"), function (button) {
      var inRoutine = slugs.indexOf(button.getAttribute("data-routine-add")) >= 0;
      button.hidden = false;
      button.setAttribute("aria-pressed", inRoutine ? "true" : "false");
      button.textContent = strings.say(inRoutine ? "routine_remove" : "routine_add");
    });
    var shown = false;
    Array.prototype.forEach.call(document.querySelectorAll("[data-routine-bar]"), function (bar) {
      bar.hidden = slugs.length === 0 && !cleared;
      shown = shown || !bar.hidden;
      var count = bar.querySelector("[data-routine-count]");
      if (count) { count.textContent = slugs.length === 0 ? strings.say("routine_cleared") : strings.count("routine_count", slugs.length); }
      var link = bar.querySelector("[data-routine-print]");
      if (link) {
        link.hidden = slugs.length === 0;
        link.href = bar.getAttribute("data-cards-url") + "?only=" + slugs.map(encodeURIComponent).join(",");
      }
      var clear = bar.querySelector("[data-routine-clear]");
      if (clear) { clear.hidden = slugs.length === 0; }
      var undo = bar.querySelector("[data-routine-undo]");
      if (undo) { undo.hidden = !cleared; }
    });
    // The bar sits at the foot of the screen while it shows; the page keeps room for it so it covers nothing.
    document.documentElement.classList.toggle("has-routine", shown);
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var add = target && target.closest("[data-routine-add]");
    if (add) { toggle(add.getAttribute("data-routine-add")); return; }
    if (target && target.closest("[data-routine-clear]")) {
      var before = load();
      save([]);
      cleared = before;
      render();
      return;
    }
    if (target && target.closest("[data-routine-undo]") && cleared) {
      var back = cleared;
      cleared = null;
      save(back);
    }
  });
  window.addEventListener("storage", function (event) { if (event.key === KEY) { render(); } });
  window.BackGuideRoutine = { slugs: load };
  render();
}());
