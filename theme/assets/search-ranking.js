/*
 * BackGuide search ranking: the order search results come in, all in this one file.
 *
 * search.js finds the pages that match a query (the words typed, their synonyms, near spellings) and scores each
 * with BM25F; this file puts them in order. The rules, strongest first:
 *
 *   1. Warning signs first. A page whose front matter lists `warningSigns` comes first when the query names one of
 *      them: the query, with its synonyms, holds every word of a sign ("unexplained weight loss" for "weight loss",
 *      "high temperature" for "fever"), or the page holds every word the reader typed (not just a synonym of it)
 *      and one of them is a telling word of a sign: in one sign only, and on at most a fifth of the site's pages,
 *      so "numbness" or "saddle" count, "legs" or "pain" do not.
 *   2. Movements to avoid last. A page with `avoid:` front matter comes after every page to do, unless the reader's
 *      own words name it: they cover more than half of the words of its title ("sit ups", "toe touch").
 *   3. Pages that match more of the query's words come before pages that match fewer.
 *   4. Pages holding the query's words side by side, in order, in their title or snippet come before pages that
 *      hold them scattered.
 *   5. Then the score: BM25F summed over the query's words, raised by the share of words found in the title.
 *   6. Ties go by title, so the order never changes from run to run.
 *
 * The same order serves the search box, search.html and window.BackGuideSearch.search. A theme may replace this file
 * (input/_theme/assets/search-ranking.js) to rank differently; it must define window.BackGuideSearchRanking.rank.
 */
(function () {
  "use strict";

  /** A term is telling when at most this share of the pages holds it. */
  var TELLING_SHARE = 0.2;

  /**
   * Orders the matched pages. `matches`: [{ page, score, clauses, titleClauses, ownClauses }], where clauses counts
   * the query's words (or phrases with synonyms) the page matched, titleClauses those in its title, and ownClauses
   * those matched by the words typed (or their near spellings) rather than by a synonym. `query`: { clauses (how many), ownTerms (Set of the index
   * terms the reader's own words stand for, typos corrected), terms (ownTerms and the synonyms' terms), sequence
   * (ownTerms in the order typed) }. `site`: { pages (the index's page entries), documentFrequency(term),
   * tokens(text) }. Returns the matches, best first, each with `avoid` set when it is a movement to avoid that the
   * query does not name.
   */
  function rank(matches, query, site) {
    var urgent = urgentPages(matches, query, site);
    matches.forEach(function (match) {
      var extra = site.pages[match.page][3];
      match.urgent = urgent.has(match.page);
      match.demoted = Boolean(extra && extra.instead) && !names(site.pages[match.page][1], query, site);
      match.phrase = hasPhrase(match.page, query, site);
      var titleShare = query.clauses ? match.titleClauses / query.clauses : 0;
      match.rankScore = match.score * (1 + titleShare);
    });
    var pages = site.pages;
    return matches.sort(function (a, b) {
      return (
        b.urgent - a.urgent ||
        a.demoted - b.demoted ||
        b.clauses - a.clauses ||
        b.phrase - a.phrase ||
        b.rankScore - a.rankScore ||
        (pages[a.page][1] < pages[b.page][1] ? -1 : pages[a.page][1] > pages[b.page][1] ? 1 : 0)
      );
    });
  }

  /** The pages of warning signs the query names (rule 1). */
  function urgentPages(matches, query, site) {
    var urgent = new Set();
    var matchedAll = new Set();
    matches.forEach(function (match) {
      if (match.ownClauses === query.clauses) matchedAll.add(match.page);
    });
    site.pages.forEach(function (entry, page) {
      var signs = entry[3] && entry[3].warningSigns;
      if (!signs) return;
      var signTerms = signs.map(function (sign) { return plainTerms(sign, site); }).filter(function (t) { return t.length; });
      var signsHolding = new Map();
      signTerms.forEach(function (terms) {
        new Set(terms).forEach(function (term) { signsHolding.set(term, (signsHolding.get(term) || 0) + 1); });
      });
      var whole = signTerms.some(function (terms) {
        return terms.every(function (term) { return query.terms.has(term); });
      });
      var telling = matchedAll.has(page) && Array.from(query.ownTerms).some(function (term) {
        return signsHolding.get(term) === 1 && site.documentFrequency(term) <= Math.max(1, TELLING_SHARE * site.pages.length);
      });
      if (whole || telling) urgent.add(page);
    });
    return urgent;
  }

  /** Whether the reader's own words cover more than half of the words of a title (rule 2); "sit-ups" covers "sit" and "ups". */
  function names(title, query, site) {
    var tokens = site.tokens(title);
    var plain = tokens.filter(function (t) { return !t.compound; });
    var covered = new Set();
    tokens.forEach(function (token) {
      if (!query.ownTerms.has(token.term)) return;
      if (!token.compound) covered.add(token.word);
      else token.word.split("-").forEach(function (part) { covered.add(part); });
    });
    var count = plain.filter(function (t) { return covered.has(t.word); }).length;
    return plain.length > 0 && count * 2 > plain.length;
  }

  /** Whether the page's title or snippet holds the query's words side by side, in the order typed (rule 4). */
  function hasPhrase(page, query, site) {
    var wanted = query.sequence;
    if (wanted.length < 2) return false;
    var entry = site.pages[page];
    return [entry[1], entry[2]].some(function (text) {
      var terms = plainTerms(text, site);
      for (var i = 0; i + wanted.length <= terms.length; i++) {
        var k = 0;
        while (k < wanted.length && terms[i + k] === wanted[k]) k++;
        if (k === wanted.length) return true;
      }
      return false;
    });
  }

  function plainTerms(text, site) {
    return site.tokens(text).filter(function (t) { return !t.compound; }).map(function (t) { return t.term; });
  }

  window.BackGuideSearchRanking = { rank: rank };
})();
