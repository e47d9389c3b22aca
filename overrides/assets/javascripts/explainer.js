// Reader features on top of Material. Runs after Material's bundle, before DOMContentLoaded.
(function () {
  "use strict";

  var root = document.documentElement;
  var explainer = JSON.parse(document.getElementById("__explainer").textContent);
  var strings = explainer.ui;
  var ui = strings[root.lang] || strings[explainer.languages[0]]; // languages: the default first

  // --- Material 9.7+ requests "<alternate href>/sitemap.xml" for each <link rel=alternate> on
  // DOMContentLoaded: 404s with per-page hreflang links. Its listener runs before ours, so the links are
  // hidden until ours runs; crawlers read the static HTML, where they are untouched.
  var alternates = document.querySelectorAll('head link[rel="alternate"][hreflang]');
  alternates.forEach(function (link) { link.setAttribute("rel", "x-explainer-alternate"); });
  document.addEventListener("DOMContentLoaded", function () {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  }, { once: true });

  // --- Language switch keeps the entry you are on: the switcher gets the fragment --------------------------
  var switchers = Array.prototype.slice.call(document.querySelectorAll(".md-select__link[hreflang]"));
  switchers.forEach(function (link) { link.dataset.explainerHref = link.getAttribute("href"); });
  function keepFragment() {
    switchers.forEach(function (link) {
      var target = new URL(link.dataset.explainerHref, location.href);
      target.hash = location.hash;
      link.setAttribute("href", target.href);
    });
  }
  keepFragment();
  window.addEventListener("hashchange", keepFragment);

  // --- Search dialog: Material's has role="dialog" but no accessible name -----------------------------------
  var search = document.querySelector('.md-search[role="dialog"]');
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", ui.search_label);

  // --- Copy a link to an entry -----------------------------------------------------------------------------
  var status = document.createElement("div");
  status.className = "md-visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  // Entries (h2, h3) and article paragraphs (p, whose permalink a build hook adds) get a copy-link button.
  document.querySelectorAll(".md-content :is(h2, h3, p)[id] > .headerlink").forEach(function (permalink) {
    var entry = permalink.parentElement;
    var text = entry.textContent.replace(permalink.textContent, "").trim();
    // a paragraph is named by its first words, as a reader would quote it
    var title = entry.tagName === "P" ? text.split(/\s+/).slice(0, 6).join(" ") + "…" : text;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "explainer-copy-link";
    button.textContent = ui.copy_link;
    button.setAttribute("aria-label", ui.copy_link + ": " + title);
    button.addEventListener("click", function () {
      var url = new URL("#" + entry.id, location.href).href;
      navigator.clipboard.writeText(url).then(function () {
        status.textContent = "";
        // emptied first so screen readers announce a repeated message
        window.setTimeout(function () { status.textContent = ui.link_copied; }, 50);
        button.classList.add("explainer-copy-link--done");
      });
    });
    entry.appendChild(button);
  });
})();
