/* Exercise cards: shrink each card's text until it fits the card on paper, show only the cards named in ?only=slug,slug
   (in that order), and wire the print buttons. On screen a card keeps the page's type size; only paper uses the shrink.
   Without this script every card still prints, clipped at worst. */
(function () {
  "use strict";

  var SMALLEST = 0.5; // never shrink text below half its size
  var STEPS = 8;      // halvings of the widest search: the scale is right to within 0.002

  var strings = window.BackGuideStrings; // the guide's wording (assets/strings.js)

  function fits(body, card) {
    return body.scrollHeight <= card.clientHeight + 0.5 && body.scrollWidth <= card.clientWidth + 0.5;
  }

  /* Works out one card's --card-scale at its paper size. .card--paper gives the card that size on screen for the
     moment it is measured, and contains its layout, so each trial lays out this card alone. Text takes room about
     in proportion to the square of its size, so the search starts close to the answer and takes few trials. */
  function fit(card) {
    var body = card.querySelector("[data-card-body]");
    if (!body) { return; }
    card.classList.add("card--paper");
    card.style.removeProperty("--card-scale");
    if (!fits(body, card)) {
      var guess = Math.sqrt(card.clientHeight / body.scrollHeight);
      var low = Math.max(SMALLEST, guess * 0.85), high = Math.min(1, guess * 1.1);
      card.style.setProperty("--card-scale", String(low));
      if (!fits(body, card)) { high = low; low = SMALLEST; }
      var steps = high - low > 0.2 ? STEPS : STEPS - 3;
      for (var i = 0; i < steps; i++) {
        var mid = (low + high) / 2;
        card.style.setProperty("--card-scale", String(mid));
        if (fits(body, card)) { low = mid; } else { high = mid; }
      }
      card.style.setProperty("--card-scale", String(Math.floor(low * 1000) / 1000));
    }
    card.classList.remove("card--paper");
  }

  /* Cards still to fit. They are fitted one at a time between other work, so a long deck never holds up the page;
     printing fits whatever is left at once. <html data-cards-fitted> says when all are done. */
  var waiting = [];

  function fitNext() {
    var card = waiting.shift();
    if (card) {
      var started = window.performance ? performance.now() : 0;
      fit(card);
      // Each card's fitting is one entry in the browser's performance timeline, for the tests and for profiling.
      if (window.performance && performance.measure) { performance.measure("backguide:card-fit", { start: started }); }
    }
    if (waiting.length > 0) { setTimeout(fitNext, 0); } else { document.documentElement.setAttribute("data-cards-fitted", ""); }
  }

  function fitAllLater() {
    var idle = waiting.length === 0;
    waiting = Array.prototype.slice.call(document.querySelectorAll("[data-card]"));
    document.documentElement.removeAttribute("data-cards-fitted");
    if (idle) { setTimeout(fitNext, 0); }
  }

  function fitRestNow() {
    while (waiting.length > 0) { fit(waiting.shift()); }
    document.documentElement.setAttribute("data-cards-fitted", "");
  }

  function requested() {
    var match = /[?&]only=([^&#]*)/.exec(window.location.search);
    if (!match) { return null; }
    var text = match[1].replace(/\+/g, " ");
    // A malformed escape such as "%" or "%E0" is read as it stands rather than stopping the page's script.
    try { text = decodeURIComponent(text); } catch (e) { /* keep the raw text */ }
    return text.split(",")
      .map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
  }

  /* Edit distance, enough to suggest the card a mistyped name meant. */
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) { row.push(j); }
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var above = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, diagonal + (a[i - 1] === b[k - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  function nearest(slug, known) {
    var best = null;
    var bestDistance = Math.max(2, Math.floor(slug.length / 3)) + 1;
    known.forEach(function (name) {
      var d = distance(slug, name);
      if (d < bestDistance) { best = name; bestDistance = d; }
    });
    return best;
  }

  /* Names each requested card that does not exist, with the nearest real one, so a typo never gives a blank sheet. */
  function sayUnknown(unknown, known, noneFound) {
    var note = document.querySelector("[data-only-unknown]");
    if (!note || unknown.length === 0) { return; }
    var names = unknown.map(function (slug) {
      var near = nearest(slug, known);
      return near ? strings.say("cards_unknown_near", { slug: slug, near: near }) : strings.say("cards_unknown_name", { slug: slug });
    });
    note.textContent = strings.count("cards_unknown", unknown.length, { names: names.join(", ") }) + " " +
      strings.say(noneFound ? "cards_unknown_all" : "cards_unknown_others");
    note.hidden = false;
  }

  /* Rebuilds the sheets, four cards each, from the requested cards in the requested order. */
  function showOnly(slugs) {
    var deck = document.querySelector("[data-card-deck]");
    if (!deck) { return; }
    var bySlug = {};
    Array.prototype.forEach.call(deck.querySelectorAll("[data-card]"), function (card) {
      bySlug[card.getAttribute("data-card")] = card;
    });
    var chosen = [];
    var unknown = [];
    slugs.forEach(function (slug) {
      if (!bySlug[slug]) { unknown.push(slug); } else if (chosen.indexOf(bySlug[slug]) < 0) { chosen.push(bySlug[slug]); }
    });
    sayUnknown(unknown, Object.keys(bySlug), chosen.length === 0);
    if (chosen.length === 0) { return; }
    while (deck.firstChild) { deck.removeChild(deck.firstChild); }
    for (var i = 0; i < chosen.length; i += 4) {
      var sheet = document.createElement("div");
      sheet.className = "card-sheet";
      chosen.slice(i, i + 4).forEach(function (card) { sheet.appendChild(card); });
      deck.appendChild(sheet);
    }
    var note = document.querySelector("[data-only-note]");
    if (note) { note.hidden = false; }
  }

  var only = requested();
  if (only) { showOnly(only); }
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // Fitted once the fonts are ready; the paper size does not change with the window, so a resize needs no new fit.
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(fitAllLater); } else { fitAllLater(); }
  window.addEventListener("beforeprint", fitRestNow);
}());
