// Search worker: Material's own, plus stemming of the words being typed.
//
// Material turns every query word into a prefix search ("ammattilaisilla" -> "ammattilaisilla*"), and lunr
// does not run prefix words through the stemmer; against an index of stems ("ammattilais") nothing then
// matches. This wrapper stems the word before the "*" with the index's own stemmer, so an inflected form finds
// the page ("ammattilaisilla" -> "ammattilais*"). It lives beside Material's worker so that Material's relative
// paths to the lunr language files still resolve.
"use strict";

var language = null;

// Registered before Material's handler: remember the index language from the setup message.
self.addEventListener("message", function (ev) {
  if (ev.data && ev.data.data && ev.data.data.config && ev.data.data.config.lang)
    language = ev.data.data.config.lang[0];
});

importScripts(new URL(self.location.href).searchParams.get("material"));

function stemmer() {
  if (language === "en") return lunr.stemmer;
  return language && lunr[language] ? lunr[language].stemmer : null;
}

var addClause = lunr.Query.prototype.clause;
lunr.Query.prototype.clause = function (clause) {
  var stem = stemmer();
  var match = typeof clause.term === "string" && /^([^*]{2,})\*$/.exec(clause.term);
  if (stem && match) clause.term = stem(new lunr.Token(match[1], {})).toString() + "*";
  return addClause.call(this, clause);
};
