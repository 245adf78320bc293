/* Exercise cards: shrink each card's text until it fits its card, show only the cards named in ?only=slug,slug
   (in that order), and wire the print buttons. Without this script every card still prints, clipped at worst. */
(function () {
  "use strict";

  var SMALLEST = 0.5; // never shrink text below half its size

  function fits(body, card) {
    return body.scrollHeight <= card.clientHeight + 0.5 && body.scrollWidth <= card.clientWidth + 0.5;
  }

  function fit(card) {
    var body = card.querySelector("[data-card-body]");
    if (!body) { return; }
    card.style.removeProperty("--card-scale");
    if (fits(body, card)) { return; }
    var low = SMALLEST, high = 1;
    for (var i = 0; i < 8; i++) {
      var mid = (low + high) / 2;
      card.style.setProperty("--card-scale", String(mid));
      if (fits(body, card)) { low = mid; } else { high = mid; }
    }
    card.style.setProperty("--card-scale", String(Math.floor(low * 1000) / 1000));
  }

  function fitAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-card]"), fit);
  }

  function requested() {
    var match = /[?&]only=([^&#]*)/.exec(window.location.search);
    if (!match) { return null; }
    return decodeURIComponent(match[1].replace(/\+/g, " ")).split(",")
      .map(function (s) { return s.trim(); })
      .filter(function (s) { return s.length > 0; });
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
    slugs.forEach(function (slug) {
      if (bySlug[slug] && chosen.indexOf(bySlug[slug]) < 0) { chosen.push(bySlug[slug]); }
    });
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
  fitAll();
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(fitAll); }
  window.addEventListener("beforeprint", fitAll);
  window.addEventListener("resize", fitAll);
}());
