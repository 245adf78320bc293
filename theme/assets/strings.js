/* The guide's wording for the other scripts: the strings site.yml sets (or the English defaults), which the layout puts
   in the page as JSON (<script type="application/json" id="bg-strings">). Loaded in <head>, before the scripts that use
   it: window.BackGuideStrings.say("routine_cleared"), .count("routine_count", 3) for "My routine: 3 exercises". */
(function () {
  "use strict";

  var words = {};
  try { words = JSON.parse(document.getElementById("bg-strings").textContent) || {}; } catch (e) { /* every name stands for itself */ }

  /** Fills a text's {placeholders} from values; a value is put in as it is, never read for placeholders itself. */
  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (all, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  /** NAME_one or NAME_other, as the page language's plural rule chooses for n ("one" is 1 in English, 0 and 1 in French). */
  function plural(name, n) {
    var one = n === 1;
    try { one = new Intl.PluralRules(document.documentElement.lang || "en").select(n) === "one"; } catch (e) { /* keep n === 1 */ }
    return name + (one ? "_one" : "_other");
  }

  window.BackGuideStrings = {
    /** The text of a string by name, placeholders left as they are. */
    text: function (name) { return Object.prototype.hasOwnProperty.call(words, name) ? words[name] : name; },
    fill: fill,
    plural: plural,
    /** A string by name, its {placeholders} filled in from values. */
    say: function (name, values) { return fill(this.text(name), values); },
    /** A count in words: NAME_one or NAME_other with {n} (and any other values) filled in. */
    count: function (name, n, values) {
      var all = { n: n };
      Object.keys(values || {}).forEach(function (key) { all[key] = values[key]; });
      return this.say(plural(name, n), all);
    },
  };
}());
