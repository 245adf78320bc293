/*
 * BackGuide search: runs in the browser, from a web host or straight from disk (file://).
 *
 * The build writes search-index.js, which assigns window.BackGuideSearchIndex. This script adds that file with a
 * <script> tag the first time a reader focuses or types in the search box (search.html includes it at once), so
 * ordinary pages stay light and nothing is fetched: file:// pages cannot fetch, but they can load scripts.
 *
 * It loads search-ranking.js the same way: that file alone decides the order of results (warning signs first,
 * movements to avoid last, and so on); this one finds the pages that match and scores them.
 *
 * Public contract: window.BackGuideSearch.search(query) resolves to [{ title, url, snippet }], best first, with url
 * relative to the site root ("exercises/bird-dog.html"). A movement to avoid also carries avoid: true and instead:
 * [{ title, url }] (its safer alternatives); when a misspelt word was corrected, every result carries searched: the
 * query as searched ("hamstring").
 *
 * The tokenizer and stemmer below mirror src/BackGuide/Search (Tokenizer.cs, Stemmer.cs); a shared table of cases
 * tests both, so a word is cut the same way when the index is built and when a reader types it.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var MAX_RESULTS = 50;
  var BOX_RESULTS = 8;

  var strings = window.BackGuideStrings; // the guide's wording (assets/strings.js)

  /* ---------- Words: folding, tokenizing, stemming (mirrors the C# engine) ---------- */

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }

  var RUN = /[\p{L}\p{Nd}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{Nd}]+)*/gu;

  /** Tokens of a text: { term, word, compound }, as the index holds them. */
  function tokenize(text, stopWords) {
    var tokens = [];
    var runs = fold(text).match(RUN) || [];
    runs.forEach(function (run) {
      var parts = run.replace(/['\u2019]/g, "").split(/[\-\u2010\u2011]/);
      parts.forEach(function (word) {
        if (word.length >= 2 && !stopWords.has(word)) {
          tokens.push({ term: stem(word), word: word, compound: false });
        }
      });
      if (parts.length > 1) {
        tokens.push({ term: stem(parts.join("")), word: parts.join("-"), compound: true });
      }
    });
    return tokens;
  }

  function stem(word) {
    if (word.length <= 2 || /[^a-z]/.test(word)) {
      return word;
    }
    if (word.length === 3) {
      return isPlural(word) ? word.slice(0, -1) : word; // "ups", "abs"
    }
    var w = stripPlural(word);
    if (w.endsWith("ing") && isStem(w.slice(0, -3))) {
      w = undouble(w.slice(0, -3));
    } else if (w.endsWith("ed") && isStem(w.slice(0, -2))) {
      w = undouble(w.slice(0, -2));
    }
    return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
  }

  function stripPlural(w) {
    if (w.endsWith("sses")) return w.slice(0, -2);
    if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
    if (w.endsWith("es") && w.length > 4) return w.slice(0, -2);
    return isPlural(w) ? w.slice(0, -1) : w;
  }

  function isPlural(w) {
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
  }

  function isStem(rest) {
    return rest.length >= 3 && /[aeiouy]/.test(rest);
  }

  function undouble(w) {
    var last = w[w.length - 1];
    return w.length >= 2 && last === w[w.length - 2] && "bdfgmnprt".indexOf(last) >= 0 ? w.slice(0, -1) : w;
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) once it must exceed limit. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        row.push(value);
        if (value < best) best = value;
      }
      if (best > limit) return limit + 1;
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /* ---------- The index ---------- */

  var LAST_DIGITS = "0123456789abcdefghijklmnopqrstuv";
  var MORE_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz_-";

  /**
   * Reads one term's postings back (see PostingEncoding.cs): parallel arrays of page numbers, weights (0–1) and
   * whether the term is in the page's title (the lowest bit of the stored weight).
   */
  function decode(encoded) {
    var pages = [];
    var weights = [];
    var inTitle = [];
    var value = 0;
    var page = 0;
    var isPage = true;
    for (var i = 0; i < encoded.length; i++) {
      var c = encoded[i];
      var more = MORE_DIGITS.indexOf(c);
      if (more >= 0) {
        value = value * 32 + more;
        continue;
      }
      value = value * 32 + LAST_DIGITS.indexOf(c);
      if (isPage) {
        page += value;
        pages.push(page);
      } else {
        weights.push((value >> 1) / 100);
        inTitle.push(value & 1);
      }
      isPage = !isPage;
      value = 0;
    }
    return { pages: pages, weights: weights, inTitle: inTitle };
  }

  function Engine(data) {
    this.data = data;
    this.pageCount = data.pages.length;
    this.stopWords = new Set(data.stopWords);
    this.vocabulary = Object.keys(data.terms).sort();
    this.postings = new Map();
    this.expansions = new Map();
    this.byLength = new Map();
    var self = this;
    this.vocabulary.forEach(function (term) {
      if (!self.byLength.has(term.length)) self.byLength.set(term.length, []);
      self.byLength.get(term.length).push(term);
    });
    // Each entry as its terms, or, for an entry of stop words only ("what not to do"), as all its words.
    this.synonyms = data.synonyms.map(function (group) {
      return group.map(function (entry) {
        var terms = self.plainTerms(entry);
        return terms.length ? { terms: terms, words: null } : { terms: [], words: allWords(entry).map(function (t) { return t.term; }) };
      }).filter(function (entry) { return entry.terms.length || entry.words.length; });
    });
    var ranking = window.BackGuideSearchRanking;
    this.site = {
      pages: data.pages,
      documentFrequency: function (term) {
        return Object.prototype.hasOwnProperty.call(data.terms, term) ? self.postingsOf(term).pages.length : 0;
      },
      tokens: function (text) { return tokenize(text, self.stopWords); },
    };
    this.rank = ranking.rank;
  }

  /** Every word of a text, stop words included (marked), for matching synonym phrases made of stop words. */
  function allWords(text, stopWords) {
    return tokenize(text, new Set()).filter(function (t) { return !t.compound; }).map(function (t) {
      t.stop = Boolean(stopWords && stopWords.has(t.word));
      return t;
    });
  }

  Engine.prototype.plainTerms = function (text) {
    return tokenize(text, this.stopWords).filter(function (t) { return !t.compound; }).map(function (t) { return t.term; });
  };

  Engine.prototype.postingsOf = function (term) {
    var cached = this.postings.get(term);
    if (!cached) {
      var postings = decode(this.data.terms[term]);
      var documentFrequency = postings.pages.length;
      postings.idf = Math.log(1 + (this.pageCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
      this.postings.set(term, postings);
      cached = postings;
    }
    return cached;
  };

  Engine.prototype.wordOf = function (term) {
    return this.data.words[term] || term;
  };

  /**
   * Index terms that can stand for a query term, each with its kind: the term itself ("exact"), terms it begins
   * ("prefix"), and — for words the reader typed, when neither exists and no synonym knows the word ("can't") — near
   * spellings ("typo": one edit for short words, two for long ones). Remembered per term.
   */
  Engine.prototype.expand = function (token) {
    var key = token.term + "|" + token.word + "|" + (token.synonym ? 1 : 0) + (token.known ? 1 : 0);
    var found = this.expansions.get(key);
    if (found) return found;
    found = [];
    var term = token.term;
    if (Object.prototype.hasOwnProperty.call(this.data.terms, term)) {
      found.push({ term: term, factor: 1, kind: "exact" });
    }
    if (term.length >= 3) {
      var start = lowerBound(this.vocabulary, term);
      for (var i = start; i < this.vocabulary.length && found.length < 30; i++) {
        var candidate = this.vocabulary[i];
        if (!candidate.startsWith(term)) break;
        if (candidate !== term) found.push({ term: candidate, factor: 0.6, kind: "prefix" });
      }
    }
    if (found.length === 0 && term.length >= 4 && !token.synonym && !token.known) {
      var limit = term.length >= 7 ? 2 : 1;
      for (var length = term.length - limit; length <= term.length + limit; length++) {
        var known = this.byLength.get(length) || [];
        for (var k = 0; k < known.length; k++) {
          var d = distance(term, known[k], limit);
          if (d > limit) d = distance(token.word, this.wordOf(known[k]), limit);
          if (d <= limit) found.push({ term: known[k], factor: d === 1 ? 0.7 : 0.5, kind: "typo", distance: d });
        }
      }
    }
    this.expansions.set(key, found);
    return found;
  };

  /** The word the reader most likely meant by a misspelt token: the nearest spelling, then the most used, then A–Z. */
  Engine.prototype.correction = function (token) {
    var self = this;
    var best = null;
    this.expand(token).forEach(function (expansion) {
      // Only a word spelt nearly the same is offered as the correction: "shopping" is not "stop", though their stems are near.
      if (expansion.kind !== "typo" || distance(token.word, self.wordOf(expansion.term), expansion.distance) > expansion.distance) return;
      var used = self.postingsOf(expansion.term).pages.length;
      var word = self.wordOf(expansion.term);
      if (!best || expansion.distance < best.distance || (expansion.distance === best.distance &&
          (used > best.used || (used === best.used && word < best.word)))) {
        best = { term: expansion.term, word: word, distance: expansion.distance, used: used };
      }
    });
    return best;
  };

  /**
   * The query as clauses; each clause is satisfied by any one of its alternatives (the words typed, or a synonym).
   * A synonym phrase matches the words typed with stop words skipped, except a phrase of stop words only, which must
   * be typed word for word.
   */
  Engine.prototype.clauses = function (query) {
    var words = allWords(query, this.stopWords);
    var clauses = [];
    var i = 0;
    while (i < words.length) {
      var match = this.synonymAt(words, i);
      var typed;
      if (match) {
        typed = words.slice(i, i + match.length).filter(function (t) { return !t.stop; }).map(function (t) {
          return { term: t.term, word: t.word, known: true };
        });
        var alternatives = typed.length ? [{ tokens: typed, factor: 1 }] : [];
        match.group.forEach(function (entry) {
          if (entry !== match.entry && entry.terms.length) {
            alternatives.push({ tokens: entry.terms.map(function (t) { return { term: t, word: t, synonym: true }; }), factor: 0.6 });
          }
        });
        if (alternatives.length) clauses.push(alternatives);
        i += match.length;
      } else {
        if (!words[i].stop) clauses.push([{ tokens: [words[i]], factor: 1 }]);
        i++;
      }
    }
    return clauses;
  };

  /** The synonym entry covering the most words from position i of the query's words, with how many it covers. */
  Engine.prototype.synonymAt = function (words, i) {
    var best = null;
    this.synonyms.forEach(function (group) {
      group.forEach(function (entry) {
        var length = entry.words ? matchWords(words, i, entry.words) : matchTerms(words, i, entry.terms);
        if (length > 0 && (!best || length > best.length)) best = { group: group, entry: entry, length: length };
      });
    });
    return best;
  };

  /** How many words from i spell out `wanted` word for word; 0 if they do not. */
  function matchWords(words, i, wanted) {
    for (var k = 0; k < wanted.length; k++) {
      if (i + k >= words.length || words[i + k].term !== wanted[k]) return 0;
    }
    return wanted.length;
  }

  /** How many words from i hold the terms `wanted` in order, stop words between them skipped; 0 if they do not. */
  function matchTerms(words, i, wanted) {
    if (words[i].stop) return 0;
    var j = i;
    for (var k = 0; k < wanted.length; k++) {
      while (j < words.length && words[j].stop) j++;
      if (j >= words.length || words[j].term !== wanted[k]) return 0;
      j++;
    }
    return j - i;
  }

  /**
   * Finds the pages that match the query, scores each (BM25F: idf × the stored saturated, field-weighted term
   * frequency, summed over clauses; an alternative that matches part of its words counts less), and hands them to
   * search-ranking.js for their order. Returns the results, the index terms that matched (for highlighting), and
   * the query as searched when a misspelt word was corrected.
   */
  Engine.prototype.run = function (query) {
    var n = this.pageCount;
    var clauses = this.clauses(query);
    var total = new Float64Array(n);
    var matchedClauses = new Uint16Array(n);
    var titleClauses = new Uint16Array(n);
    var ownClauses = new Uint16Array(n);
    var matchedTerms = new Set();
    var self = this;
    var about = { clauses: clauses.length, ownTerms: new Set(), terms: new Set(), sequence: [] };
    var corrections = new Map();
    clauses.forEach(function (alternatives) {
      var clauseScore = new Float64Array(n);
      var inTitle = new Uint8Array(n);
      var byOwnWords = new Uint8Array(n);
      alternatives.forEach(function (alternative) {
        var sum = new Float64Array(n);
        var count = new Uint16Array(n);
        alternative.tokens.forEach(function (token) {
          var best = new Float64Array(n);
          var expansions = self.expand(token);
          self.describe(token, expansions, about, corrections);
          expansions.forEach(function (expansion) {
            var postings = self.postingsOf(expansion.term);
            matchedTerms.add(expansion.term);
            for (var p = 0; p < postings.pages.length; p++) {
              var page = postings.pages[p];
              var score = postings.idf * postings.weights[p] * expansion.factor;
              if (score > best[page]) best[page] = score;
              if (postings.inTitle[p]) inTitle[page] = 1;
            }
          });
          for (var page = 0; page < n; page++) {
            if (best[page] > 0) {
              sum[page] += best[page];
              count[page]++;
            }
          }
        });
        var size = alternative.tokens.length;
        for (var page = 0; page < n; page++) {
          if (count[page] > 0) {
            if (alternative.factor === 1) byOwnWords[page] = 1;
            var coverage = count[page] / size;
            var score = sum[page] * coverage * coverage * alternative.factor;
            if (score > clauseScore[page]) clauseScore[page] = score;
          }
        }
      });
      for (var page = 0; page < n; page++) {
        if (clauseScore[page] > 0) {
          total[page] += clauseScore[page];
          matchedClauses[page]++;
          titleClauses[page] += inTitle[page];
          ownClauses[page] += byOwnWords[page];
        }
      }
    });
    var matches = [];
    for (var page = 0; page < n; page++) {
      if (total[page] > 0) {
        matches.push({
          page: page, score: total[page], clauses: matchedClauses[page], titleClauses: titleClauses[page], ownClauses: ownClauses[page],
        });
      }
    }
    var searched = corrections.size ? corrected(query, corrections) : null;
    var pages = this.data.pages;
    return {
      terms: matchedTerms,
      searched: searched,
      results: this.rank(matches, about, this.site).slice(0, MAX_RESULTS).map(function (match) {
        var entry = pages[match.page];
        var result = { title: entry[1], url: entry[0], snippet: entry[2] };
        var instead = entry[3] && entry[3].instead;
        if (instead) {
          result.avoid = true;
          result.instead = instead.map(function (link) { return { title: link[0], url: link[1] }; });
        }
        if (searched) result.searched = searched;
        return result;
      }),
    };
  };

  /** Notes what a token of the query stands for: the reader's own terms (typos corrected) and, for synonyms, theirs. */
  Engine.prototype.describe = function (token, expansions, about, corrections) {
    var exact = expansions.filter(function (e) { return e.kind === "exact"; });
    if (token.synonym) {
      exact.forEach(function (e) { about.terms.add(e.term); });
      return;
    }
    var fix = exact.length || expansions.length && expansions[0].kind !== "typo" ? null : this.correction(token);
    var own = exact.length ? token.term : fix ? fix.term : token.term;
    about.ownTerms.add(own);
    about.terms.add(own);
    if (about.sequence.indexOf(own) < 0) about.sequence.push(own);
    if (fix) corrections.set(token.word, fix.word);
  };

  /** The query with each misspelt word replaced by its correction: "hamstrng stretch" → "hamstring stretch". */
  function corrected(query, corrections) {
    return query.trim().replace(new RegExp(RUN.source, "gu"), function (run) {
      var folded = fold(run).replace(/['\u2019]/g, "");
      return corrections.has(folded) ? corrections.get(folded) : run;
    });
  }

  /** Known words closest to what was typed, for a "did you mean" when nothing matched. */
  Engine.prototype.suggest = function (query) {
    var self = this;
    var suggestions = [];
    tokenize(query, this.stopWords).filter(function (t) { return !t.compound; }).forEach(function (token) {
      var best = null;
      var bestDistance = 4;
      self.vocabulary.forEach(function (term) {
        var word = self.wordOf(term);
        var d = distance(token.word, word, 3);
        if (d < bestDistance || (d === bestDistance && best !== null && word < best)) {
          best = word;
          bestDistance = d;
        }
      });
      if (best && suggestions.indexOf(best) < 0) suggestions.push(best);
    });
    return suggestions;
  };

  function lowerBound(sorted, value) {
    var low = 0;
    var high = sorted.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /* ---------- Loading the index with a script tag ---------- */

  var enginePromise = null;

  /** Resolves once window[name] is defined, adding the script that defines it unless a page has already loaded it. */
  function load(src, name) {
    return new Promise(function (resolve, reject) {
      if (window[name]) {
        resolve();
        return;
      }
      var tag = document.createElement("script");
      tag.src = root + src;
      tag.onload = function () {
        if (window[name]) resolve();
        else reject(new Error(src + " loaded but did not define " + name));
      };
      tag.onerror = function () { reject(new Error("could not load " + tag.src)); };
      document.head.appendChild(tag);
    });
  }

  function engine() {
    if (!enginePromise) {
      enginePromise = Promise.all([
        load("search-index.js", "BackGuideSearchIndex"),
        load("assets/search-ranking.js", "BackGuideSearchRanking"),
      ]).then(function () {
        return new Engine(window.BackGuideSearchIndex);
      }, function (error) {
        enginePromise = null;
        throw error;
      });
    }
    return enginePromise;
  }

  /* ---------- Snippets: the matched words, marked ---------- */

  /** Appends text to an element, wrapping words whose term matched in <mark>. */
  function appendHighlighted(element, text, terms, stopWords) {
    var last = 0;
    var match;
    var runs = new RegExp(RUN.source, "gu");
    var folded = text.normalize("NFC");
    while ((match = runs.exec(folded)) !== null) {
      var hit = tokenize(match[0], stopWords).some(function (t) { return terms.has(t.term); });
      if (!hit) continue;
      element.appendChild(document.createTextNode(folded.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      element.appendChild(mark);
      last = match.index + match[0].length;
    }
    element.appendChild(document.createTextNode(folded.slice(last)));
  }

  /* ---------- The search box: a combobox with results as you type ---------- */

  /* A result's address is stored escaped, one path segment at a time; shown to the reader as the folder names read. */
  function readableUrl(url) {
    try { return url.split("/").map(decodeURIComponent).join("/"); } catch (e) { return url; }
  }

  function SearchBox(form) {
    this.form = form;
    this.input = form.querySelector("[data-search-input]");
    this.list = document.getElementById(this.input.getAttribute("aria-controls"));
    this.status = form.querySelector("[data-search-status]");
    this.active = -1;
    this.generation = 0;
    var self = this;
    this.input.addEventListener("focus", function () { engine().catch(function () {}); });
    this.input.addEventListener("input", function () { self.update(); });
    this.input.addEventListener("keydown", function (event) { self.onKey(event); });
    this.input.addEventListener("blur", function () { setTimeout(function () { self.close(); }, 150); });
    this.list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  }

  SearchBox.prototype.update = function () {
    var query = this.input.value;
    var generation = ++this.generation;
    var self = this;
    if (!query.trim()) {
      this.close();
      return;
    }
    engine().then(function (e) {
      if (generation !== self.generation) return;
      self.render(e, query, e.run(query));
    }, function () {
      self.status.textContent = strings.say("search_box_failed");
    });
  };

  SearchBox.prototype.render = function (e, query, outcome) {
    var self = this;
    var id = this.list.id;
    this.list.textContent = "";
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    var count = 0;
    function addOption(url, text, className) {
      var option = document.createElement("li");
      option.id = id + "-" + count++;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.className = className;
      var link = document.createElement("a");
      link.href = root + url;
      link.tabIndex = -1;
      link.textContent = text;
      option.appendChild(link);
      option.addEventListener("click", function (event) {
        if (event.target !== link) link.click();
      });
      self.list.appendChild(option);
      return option;
    }
    outcome.results.slice(0, BOX_RESULTS).forEach(function (result) {
      var option = addOption(result.url, result.title, "search-box__option");
      if (result.avoid) {
        // In words, not colour alone; each safer choice follows as an option of its own, so it is one key press away.
        var mark = document.createElement("span");
        mark.className = "search-box__avoid";
        mark.textContent = strings.say("search_avoid");
        option.appendChild(mark);
      }
      var snippet = document.createElement("span");
      snippet.className = "search-box__snippet";
      appendHighlighted(snippet, result.snippet, outcome.terms, e.stopWords);
      option.appendChild(snippet);
      (result.instead || []).forEach(function (link) {
        addOption(link.url, strings.say("do_this_instead") + " " + link.title, "search-box__option search-box__option--instead");
      });
    });
    var all = document.createElement("li");
    all.id = id + "-all";
    all.setAttribute("role", "option");
    all.setAttribute("aria-selected", "false");
    all.className = "search-box__all";
    var allLink = document.createElement("a");
    allLink.href = root + "search.html?q=" + encodeURIComponent(query);
    allLink.tabIndex = -1;
    allLink.textContent = outcome.results.length
      ? strings.say("search_all_results", { n: outcome.results.length, query: outcome.searched || query.trim() })
      : strings.say("search_box_none", { query: query.trim() });
    all.appendChild(allLink);
    this.list.appendChild(all);
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
    this.status.textContent = outcome.results.length
      ? strings.count("search_box_count", outcome.results.length)
      : strings.say("search_box_no_results");
  };

  SearchBox.prototype.options = function () {
    return this.list.querySelectorAll("[role=option]");
  };

  SearchBox.prototype.select = function (index) {
    var options = this.options();
    if (!options.length) return;
    if (this.active >= 0 && options[this.active]) options[this.active].setAttribute("aria-selected", "false");
    this.active = (index + options.length) % options.length;
    var option = options[this.active];
    option.setAttribute("aria-selected", "true");
    this.input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  };

  SearchBox.prototype.onKey = function (event) {
    var open = !this.list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) this.update();
      else this.select(this.active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) this.select(this.active - 1);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        this.close();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
      }
    } else if (event.key === "Enter" && open && this.active >= 0) {
      event.preventDefault();
      this.options()[this.active].querySelector("a").click();
    }
  };

  SearchBox.prototype.close = function () {
    this.generation++;
    this.list.hidden = true;
    this.list.textContent = "";
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  };

  /* ---------- search.html: full results, highlighted snippets, help when nothing matches ---------- */

  function SearchPage(section) {
    this.input = section.querySelector("[data-search-page-input]");
    this.status = section.querySelector("[data-search-page-status]");
    this.list = section.querySelector("[data-search-page-results]");
    this.empty = section.querySelector("[data-search-empty]");
    this.suggestions = section.querySelector("[data-search-suggestions]");
    this.suggestionList = section.querySelector("[data-search-suggestion-list]");
    var self = this;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    this.input.value = query;
    this.input.addEventListener("input", function () { self.show(self.input.value, true); });
    this.show(query, false);
    if (!query) this.input.focus();
  }

  SearchPage.prototype.show = function (query, typed) {
    var self = this;
    if (typed) {
      try {
        history.replaceState(null, "", "?q=" + encodeURIComponent(query));
      } catch (ignored) {
        // some browsers refuse to change the address of a file:// page; the results still show
      }
    }
    engine().then(function (e) {
      if (self.input.value !== query) return;
      var outcome = query.trim() ? e.run(query) : { results: [], terms: new Set() };
      self.list.textContent = "";
      outcome.results.forEach(function (result) {
        var item = document.createElement("li");
        item.className = "search-result";
        var heading = document.createElement("h2");
        var link = document.createElement("a");
        link.href = root + result.url;
        appendHighlighted(link, result.title, outcome.terms, e.stopWords);
        heading.appendChild(link);
        item.appendChild(heading);
        if (result.avoid) {
          item.classList.add("search-result--avoid");
          item.appendChild(avoidNote(result.instead));
        }
        var snippet = document.createElement("p");
        appendHighlighted(snippet, result.snippet, outcome.terms, e.stopWords);
        var where = document.createElement("p");
        where.className = "search-result__url";
        where.textContent = readableUrl(result.url);
        item.append(snippet, where);
        self.list.appendChild(item);
      });
      var count = outcome.results.length;
      self.status.textContent = "";
      if (!query.trim()) {
        self.status.textContent = strings.say("search_prompt");
      } else if (count && outcome.searched) {
        // The corrected words are emphasised: the sentence is cut where {searched} stands, and each piece filled in.
        strings.text(strings.plural("search_corrected", count)).split("{searched}").forEach(function (part, i) {
          if (i > 0) {
            var searched = document.createElement("em");
            searched.textContent = outcome.searched;
            self.status.append(searched);
          }
          self.status.append(strings.fill(part, { query: query.trim(), n: count }));
        });
      } else {
        self.status.textContent = count
          ? strings.count("search_count", count, { query: query.trim() })
          : strings.say("search_none", { query: query.trim() });
      }
      self.empty.hidden = count > 0 || !query.trim();
      self.showSuggestions(count === 0 && query.trim() ? e.suggest(query) : []);
    }, function () {
      self.status.textContent = strings.say("search_failed");
    });
  };

  /** "Movement to avoid. Do this instead: <a>Partial crunch</a>." — the mark is in words, so it never relies on colour. */
  function avoidNote(instead) {
    var note = document.createElement("p");
    note.className = "search-result__avoid";
    var label = document.createElement("strong");
    label.textContent = strings.say("search_avoid");
    note.appendChild(label);
    if (instead.length) {
      note.appendChild(document.createTextNode(" " + strings.say("do_this_instead") + " "));
      instead.forEach(function (link, i) {
        if (i > 0) note.appendChild(document.createTextNode(i === instead.length - 1 ? " " + strings.say("print_or") + " " : ", "));
        var a = document.createElement("a");
        a.href = root + link.url;
        a.textContent = link.title;
        note.appendChild(a);
      });
      note.appendChild(document.createTextNode("."));
    }
    return note;
  }

  SearchPage.prototype.showSuggestions = function (words) {
    this.suggestionList.textContent = "";
    words.forEach(function (word, i) {
      if (i > 0) this.suggestionList.appendChild(document.createTextNode(i === words.length - 1 ? " " + strings.say("print_or") + " " : ", "));
      var link = document.createElement("a");
      link.href = "?q=" + encodeURIComponent(word);
      link.textContent = word;
      this.suggestionList.appendChild(link);
    }, this);
    this.suggestions.hidden = words.length === 0;
  };

  /* ---------- Wiring ---------- */

  window.BackGuideSearch = {
    /** Resolves to [{ title, url, snippet }] (and avoid, instead, searched where they apply), best first; url is relative to the site root. */
    search: function (query) {
      return engine().then(function (e) {
        return String(query || "").trim() ? e.run(String(query)).results : [];
      });
    },
    /** The terms a text is indexed or searched under (used by the tests that keep the C# and browser tokenizers equal). */
    terms: function (text) {
      return engine().then(function (e) {
        return tokenize(String(text), e.stopWords).map(function (t) { return t.term; });
      });
    },
  };

  function start() {
    document.querySelectorAll("[data-search-box]").forEach(function (form) {
      if (form.querySelector("[data-search-input]")) new SearchBox(form);
    });
    var page = document.querySelector("[data-search-page]");
    if (page) new SearchPage(page);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
