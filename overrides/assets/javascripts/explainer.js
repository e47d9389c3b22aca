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
    var report = reportLink(entry, title);
    if (report) entry.appendChild(report);
  });

  // --- Report an error in an entry, where docs/site.yml names a target (an issue form or a mail address) -------
  // A plain link: nothing is sent until the reader follows it, and no other site is contacted before.
  function reportLink(entry, title) {
    var target = explainer.report || {};
    var canonical = document.querySelector('link[rel="canonical"]');
    var address = new URL("#" + entry.id, canonical ? canonical.href : location.href).href;
    var values = { address: address, id: entry.id, title: title };
    var href = target.url ? target.url.replace(/\{(address|id|title)\}/g, function (_, key) {
      return encodeURIComponent(values[key]);
    }) : target.mail ? "mailto:" + target.mail + "?subject=" + encodeURIComponent(ui.report_error + ": " + title) +
      "&body=" + encodeURIComponent(address) : "";
    if (!href) return null;
    var link = document.createElement("a");
    link.className = "explainer-report";
    link.href = href;
    link.textContent = ui.report_error;
    link.setAttribute("aria-label", ui.report_error + ": " + title);
    return link;
  }

  // --- Tooltips: a name's role, an abbreviation's expansion, a permalink's purpose ---------------------------
  // Material's own tooltips (content.tooltips) put an element's title into innerHTML, and a title is text from a
  // source or a contract; these show it as text only (textContent). Shown on hover and on keyboard focus,
  // dismissed with Escape, kept while the pointer is on the tooltip (WCAG 1.4.13). Without JavaScript the
  // browser's own title tooltip remains.
  var tooltip = document.createElement("div");
  tooltip.className = "explainer-tooltip";
  tooltip.id = "explainer-tooltip";
  tooltip.setAttribute("role", "tooltip");
  tooltip.hidden = true;
  document.body.appendChild(tooltip);
  var shownFor = null, hideTimer = 0;
  function showTooltip(host) {
    window.clearTimeout(hideTimer);
    shownFor = host;
    tooltip.textContent = host.dataset.explainerTooltip;
    tooltip.hidden = false;
    host.setAttribute("aria-describedby", tooltip.id);
    var box = host.getBoundingClientRect(), width = tooltip.offsetWidth;
    var left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
    tooltip.style.left = (left + window.scrollX) + "px";
    tooltip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  function hideTooltip() {
    if (shownFor) shownFor.removeAttribute("aria-describedby");
    shownFor = null;
    tooltip.hidden = true;
  }
  function hideSoon() { hideTimer = window.setTimeout(hideTooltip, 250); }
  document.querySelectorAll("article [title], abbr[title]").forEach(function (host) {
    var text = host.getAttribute("title");
    if (!text) return;
    host.dataset.explainerTooltip = text;
    host.removeAttribute("title"); // one tooltip, not the browser's as well
    if (!host.matches("a, button, [tabindex]")) host.tabIndex = 0; // an abbreviation reached by keyboard too
    host.addEventListener("mouseenter", function () { showTooltip(host); });
    host.addEventListener("focus", function () { showTooltip(host); });
    host.addEventListener("mouseleave", hideSoon);
    host.addEventListener("blur", hideTooltip);
  });
  tooltip.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
  tooltip.addEventListener("mouseleave", hideSoon);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideTooltip(); });
})();
