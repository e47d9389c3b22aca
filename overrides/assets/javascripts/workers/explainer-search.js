// Search worker: Material's own, loaded on the first query, plus stemming of the words being typed.
//
// 1. Material starts its worker and sends it the index on every page load, so every first view would download
//    the worker, the lunr language files (~16 KB compressed) and the index that only a search needs. The page
//    sends an index without documents (explainer.postbuild.search); this wrapper answers "ready" at once, and
//    when the first query arrives it fetches the full index (the `index` parameter) and loads Material's worker.
// 2. Material turns every query word into a prefix search ("ammattilaisilla" -> "ammattilaisilla*"), and lunr
//    does not run prefix words through the stemmer; against an index of stems ("ammattilais") nothing then
//    matches. The word before the "*" is stemmed with the index's own stemmer ("ammattilais*").
// It lives beside Material's worker so that Material's relative paths to the lunr language files resolve.
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3; // Material's SearchMessageType
var params = new URL(self.location.href).searchParams;
var material = params.get("material");
var fullIndex = params.get("index") ? new URL(params.get("index"), self.location.href).href : null;
var post = self.postMessage.bind(self);
var setup = null; // the setup message, replayed to Material's worker once it is loaded
var pending = null; // the query that triggered loading
var loaded = false;
var language = null;

self.addEventListener("message", function (ev) {
  if (loaded || !ev.data) return; // from now on Material's own listener answers
  if (ev.data.type === SETUP) {
    setup = ev.data;
    language = setup.data.config.lang[0];
    post({ type: READY });
  } else if (ev.data.type === QUERY && setup && !String(ev.data.data).trim()) {
    post({ type: RESULT, data: { items: [] } }); // what Material answers for an empty query (sent on load)
  } else if (ev.data.type === QUERY && setup) {
    pending = ev.data;
    load();
  }
});

function load() {
  loaded = true;
  // Material answers the replayed setup with "ready": answer the waiting query instead of repeating it.
  self.postMessage = function (message) {
    if (message && message.type === READY && pending) {
      var query = pending;
      pending = null;
      self.dispatchEvent(new MessageEvent("message", { data: query }));
      return;
    }
    post(message);
  };
  importScripts(material);
  stemPrefixWords();
  if (fullIndex) {
    var request = new XMLHttpRequest(); // synchronous: a worker may block, and the query waits for it anyway
    request.open("GET", fullIndex, false);
    request.send();
    // the documents only: the page's setup carries Material's options (suggest, ...) beside the config
    if (request.status === 200) setup.data.docs = JSON.parse(request.responseText).docs;
  }
  self.dispatchEvent(new MessageEvent("message", { data: setup }));
}

function stemPrefixWords() {
  var addClause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (clause) {
    var stem = language === "en" ? lunr.stemmer : lunr[language] && lunr[language].stemmer;
    var match = typeof clause.term === "string" && /^([^*]{2,})\*$/.exec(clause.term);
    if (stem && match) clause.term = stem(new lunr.Token(match[1], {})).toString() + "*";
    return addClause.call(this, clause);
  };
}
