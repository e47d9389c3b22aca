// Reader features on top of Material: keep your place when switching language, copy a link to an entry,
// show the 404 page in the language of the missing path. Loaded after Material's bundle, before DOMContentLoaded.
(function () {
  "use strict";

  var root = document.documentElement;
  var strings = JSON.parse(document.getElementById("__explainer").textContent);
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base.replace(/\/?$/, "/"), location.href);

  // --- Material's alternate-language script --------------------------------------------------------------
  // On DOMContentLoaded, Material 9.7+ requests "<alternate href>/sitemap.xml" for every <link rel=alternate>;
  // with per-page hreflang links those files do not exist (two 404s per page). Its listener was registered
  // when its bundle ran, before this script, so hiding the links until our own listener runs avoids the
  // requests; crawlers read the static HTML, where the links are untouched.
  var alternates = document.querySelectorAll('head link[rel="alternate"][hreflang]');
  alternates.forEach(function (link) { link.setAttribute("rel", "x-explainer-alternate"); });
  document.addEventListener("DOMContentLoaded", function () {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate"); });
  }, { once: true });

  // --- Language switch keeps the entry you are on -------------------------------------------------------
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

  // --- Copy a link to an entry ---------------------------------------------------------------------------
  var ui = strings[root.lang] || strings[Object.keys(strings)[0]];
  var status = document.createElement("div");
  status.className = "md-visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  document.querySelectorAll(".md-content h2[id] > .headerlink, .md-content h3[id] > .headerlink")
    .forEach(function (permalink) {
      var heading = permalink.parentElement;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "explainer-copy-link";
      button.textContent = ui.copy_link;
      button.setAttribute("aria-label", ui.copy_link + ": " + heading.textContent.replace(/\s*¶\s*$/, ""));
      button.addEventListener("click", function () {
        var url = new URL("#" + heading.id, location.href).href;
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = "";
          window.setTimeout(function () { status.textContent = ui.link_copied; }, 50);
          button.classList.add("explainer-copy-link--done");
        });
      });
      heading.appendChild(button);
    });

  // --- 404: the language of the missing path -------------------------------------------------------------
  var sections = document.querySelectorAll(".explainer-not-found[data-explainer-language]");
  if (sections.length) {
    var language = Object.keys(strings)[0];
    Object.keys(strings).slice(1).forEach(function (other) {
      if (location.pathname.indexOf(new URL(other + "/", base).pathname) === 0) language = other;
    });
    sections.forEach(function (section) {
      section.hidden = section.dataset.explainerLanguage !== language;
    });
    root.lang = language;
    document.title = strings[language].not_found_title + " – " + document.title.split(" - ").pop();
  }
})();
