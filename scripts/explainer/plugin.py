"""The `explainer` MkDocs plugin: a thin adapter between MkDocs' events and the package's builder-agnostic parts
(the site model, the fragments' partials, the paragraph extension, the page data and the post-build steps).

static-i18n builds the default language first, then, from its own on_post_build (priority -100), every other
language with the same config and the same plugin instances. So each event below runs once per language build,
and what must outlive one language build is kept on `Run` (one per top-level build), nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from . import correction_marks, fragments, page_data
from .files import leaves
from .fragments import Templates
from .listings import ARCHIVE, archive_pages
from .options import ExplainerConfig
from .postbuild import Finish, csp, feeds
from .postbuild.not_found import NAME as NOT_FOUND
from .published import Explainer, KeptData, repeats_a_node
from .site import Site, SiteConfigError, from_config, require_strings
from .source import SourceError, read_credits

PARAGRAPHS = "explainer.paragraphs"  # the Markdown extensions the plugin configures per language build
SOURCE_TEXT = "explainer.sourcetext"
LISTINGS = "explainer.listings"
CORRECTIONS = "explainer.correction_marks"
REVISIONS = "explainer.revision_marks"
# The strings the listings show, from the plugin's `ui` options.
LISTING_STRINGS = ("explainers", "all_explainers", "added", "updated", "corrected", "date_format", "og_locale",
                   "translated", "untranslated_short", "mentioned_in", "no_names", "shared_glossary", "nav_faq",
                   "paragraph", "credit", "source", "permalink_title")
CORRECTION_STRINGS = ("corrections", "corrected", "correction_place", "correction_was", "correction_now",
                      "no_corrections", "date_format", "og_locale")
REVISION_STRINGS = ("revision_changed", "revision_removed", "revision_pending", "revision_new_pending",
                    "revision_versions", "date_format", "og_locale")


@dataclass
class Run:
    """What one top-level build keeps across static-i18n's per-language builds."""
    # the top-level build's config: static-i18n builds every language with this same object, and MkDocs keeps
    # one plugin instance for every config loaded in a process (its plugin cache, for plugins with on_startup),
    # so a config that is not this one starts a build of its own
    config: MkDocsConfig
    site: Site  # read once, when the default language's build starts
    site_names: dict[str, str]  # language -> site name (static-i18n overrides config.site_name per build)
    templates: Templates
    credits: dict[str, str]  # explainer slug -> the source it credits ("Spiceworks"), from its source's credit line
    depth: int = 0  # language builds started and not finished: the last one to finish finishes the site
    not_found: dict[str, str] = field(default_factory=dict)  # language -> the 404 page its build rendered
    # the site's own name and copyright while an explainer's page is rendered with its title and credit instead
    identity: tuple[str, str] | None = None


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def __init__(self):
        self.run: Run | None = None
        self.serving = False  # under `mkdocs serve`, whose live-reload script each page must be allowed to run

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    # --- Reading the site (also used by the checker and the tests, without a build) ---------------------------

    def read_site(self, config: MkDocsConfig, explainers: bool = True, kept: KeptData | None = None) -> Site:
        """The site of a loaded config, its options checked against the languages built (one error line); its
        contracts' data parsed before taken from `kept` (the checker's store)."""
        site = from_config(config, self.config.contract, explainers, kept)
        require_strings(site, {"ui": self.config.ui, "not_found": self.config.not_found})
        return site

    def finish(self, site: Site, config: MkDocsConfig, templates: Templates | None = None) -> Finish:
        """The post-build steps for this site."""
        moved = {language: self.config.ui[language].moved for language in site.languages}
        site_url = config.site_url or "http://127.0.0.1:8000/"
        return Finish(site, site_url, moved, templates or Templates(config.theme.custom_dir),
                      csp.Policy(site_url, tuple(config.theme.dirs), _allowed(site), live_reload=self.serving),
                      _site_names(config, site), {language: self.config.ui[language].corrected
                                                  for language in site.languages})

    # --- Events, in the order MkDocs runs them ---------------------------------------------------------------

    @event_priority(-140)  # after static-i18n (-100) has switched the config to the language being built
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Read the site once per build; give this language build its navigation, strings and template data."""
        if self.run is None or self.run.depth == 0 or self.run.config is not config:
            try:
                site = self.read_site(config)
                credits = read_credits(config.docs_dir, site.explainers)
            except (SiteConfigError, SourceError) as error:
                raise PluginError(str(error)) from None
            self.run = Run(config, site, _site_names(config, site), Templates(config.theme.custom_dir), credits)
        self.run.depth += 1
        site, language = self.run.site, config.theme["language"]
        ui = self.config.ui[language]
        config.nav = site.nav(language, ui)
        # toc's permalink title and the paragraph extension's options are global: each language build sets its own
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = ui.permalink_title
        for extension in (PARAGRAPHS, SOURCE_TEXT, LISTINGS, CORRECTIONS, REVISIONS):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        config.mdx_configs[PARAGRAPHS] = {"permalink_title": ui.permalink_title, "language": language}
        config.mdx_configs[SOURCE_TEXT] = {"docs_dir": config.docs_dir, "language": site.source_language}
        # the contract and credits the run has read already, so the listings read nothing again
        config.mdx_configs[LISTINGS] = {"docs_dir": config.docs_dir, "contract": site.contract,
                                        "credits": self.run.credits, "language": language,
                                        "source_language": site.source_language,
                                        "ui": {key: ui[key] for key in LISTING_STRINGS}}
        config.mdx_configs[CORRECTIONS] = {"contract": site.contract, "language": language, "page": "",
                                           "languages": _language_names(config),
                                           "ui": {key: ui[key] for key in CORRECTION_STRINGS}}
        config.mdx_configs[REVISIONS] = {"contract": site.contract, "page": "",
                                         "ui": {key: ui[key] for key in REVISION_STRINGS}}
        config.extra["explainer"] = page_data.site_data(site, language, config.site_url or "", self.run.site_names,
                                                        self.config.ui, self.config.not_found)
        return config

    @event_priority(-150)  # after static-i18n (-100) has chosen this language's files
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """An explainer's page its contract does not publish (a people page before an editor has confirmed a
        name) is not built. The archive's pages are made here, as the number of explainers gives them:
        explainers/N.md asks the listings extension for page N. They are in this language's folder, outside the
        navigation and search."""
        site, language = self.run.site, config.theme["language"]
        docs = Path(config.docs_dir)
        _refuse_links(files, docs)
        _refuse_scripts(files, docs)
        for file in [file for file in files if _unpublished(file, site)]:
            files.remove(file)
        for file in _archive_files(config, site, language, self.config.ui[language].explainers):
            files.append(file)
        files.append(_corrections_file(config, site, language, self.config.ui[language].corrections))
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """A page's description is text for an attribute (Material writes it unescaped: a generated page's comes
        from its source); a page not translated yet stays out of this language's search (it is in the default
        language's)."""
        if repeats_a_node(page.meta):  # printing it would expand every alias: a small page, all the memory
            raise PluginError(f"{page.file.src_uri}: the front matter uses a YAML alias (*name); write the value out")
        if not isinstance(page.meta.get("description", ""), str):
            raise PluginError(f"{page.file.src_uri}: the front matter's description must be text")
        if page.meta.get("description") is not None:
            page.meta["description"] = Markup.escape(str(page.meta["description"]))  # `| e` leaves Markup as it is
        if _fallback(page, config):
            page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
        # the corrections extension marks this page's corrected units (MkDocs makes a Markdown per page, after this)
        named = self.run.site.page_of(page.url)
        config.mdx_configs[CORRECTIONS]["page"] = named[0] if named else page.file.src_uri.removesuffix(".md")
        config.mdx_configs[REVISIONS]["page"] = named[0] if named else ""
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The untranslated banner (only static-i18n knows a page is shown in another language), and the data for
        an FAQ page's JSON-LD (its address is MkDocs')."""
        site, templates = self.run.site, self.run.templates
        language, ui = config.theme["language"], self.config.ui[config.theme["language"]]
        if site.kind_of(page.url) == "faq":
            explainer = site.contract.explainer_of(site.page_of(page.url)[0])
            page.meta["faq_jsonld"] = page_data.faq_jsonld(
                html, page.canonical_url, _page_language(page, config),
                page_data.absolute(config.site_url or "", explainer.source_path))
        named = site.page_of(page.url)
        explainer = site.contract.explainer_of(named[0]) if named else None
        if explainer:
            page.meta["article_jsonld"] = self._article_jsonld(html, page, config, named[0], explainer)
        if explainer and explainer.added:  # its days, in the language of its text
            html = fragments.dates(templates, html, explainer, self.config.ui[_page_language(page, config)])
        if _fallback(page, config):
            html = fragments.untranslated(templates, html, language, _page_language(page, config), ui)
        return html

    def _article_jsonld(self, html: str, page: Page, config: MkDocsConfig, name: str, explainer: Explainer) -> dict:
        """An explainer page's Article data: a translation names its original, the original its translations."""
        site, site_url, language = self.run.site, config.site_url or "", _page_language(page, config)

        def address(other: str) -> str:
            return page_data.absolute(site_url, site.page_path(name, other))

        translated = [other for other in site.translations
                      if (Path(config.docs_dir) / site.markdown_name(name, other)).is_file()]
        original = address(site.default_language) if language != site.default_language else ""
        translations = [address(other) for other in translated] if language == site.default_language else []
        return page_data.article_jsonld(explainer, html, page.canonical_url, language,
                                        page_data.absolute(site_url, explainer.source_path), original, translations)

    @event_priority(-110)  # after static-i18n (50) has filled extra.alternate for this page
    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        """The page's navigation (its own explainer's section only); hreflang alternates made absolute; the page's
        title and link-preview data for the templates."""
        context["nav"] = _own_section(nav, page)
        site, language = self.run.site, config.theme["language"]
        # static-i18n sets the per-page list as an attribute (config.extra.alternate), which Jinja reads first
        alternates = [dict(alternate, link=page_data.absolute(config.site_url or "", alternate["link"]))
                      for alternate in getattr(config.extra, "alternate", None) or []]
        if page.file.src_uri.startswith(f"{ARCHIVE}/") or page.file.src_uri == f"{correction_marks.PAGE}.md":
            # static-i18n does not know the pages the plugin makes
            alternates = [dict(alternate, link=page_data.absolute(config.site_url or "", site.page_path(
                page.file.src_uri.removesuffix(".md"), alternate["lang"]))) for alternate in alternates]
        if alternates:
            config.extra.alternate = alternates
        explainer = site.contract.explainer_of((site.page_of(page.url) or ("",))[0])
        name = site.title(explainer, language) if explainer else config.site_name
        page.meta["explainer"] = page_data.page_head(site, site.kind_of(page.url), page.title or "", name,
                                                     language, alternates, self.config.ui)
        page.meta["explainer"]["site_name"] = config.site_name
        page.meta["explainer"]["feed"] = page_data.absolute(config.site_url or "", feeds.feed_path(site, language))
        if explainer:  # Material's header and footer show the explainer's title and its source (escaped: they
            # render both as markup); on_post_page puts the site's own back
            self.run.identity = (config.site_name, config.copyright)
            config.site_name = Markup.escape(name)
            config.copyright = Markup.escape(f"{self.config.ui[language].source}: {self.run.credits[explainer.slug]}")
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """The site's own name and copyright again, for the next page."""
        if self.run.identity is not None:
            config.site_name, config.copyright = self.run.identity
            self.run.identity = None
        return output

    def on_template_context(self, context: dict, *, template_name: str, config: MkDocsConfig) -> dict:
        """The 404 page's navigation: the shared pages only, like every page outside an explainer."""
        if context.get("nav") is not None:
            context["nav"] = _own_section(context["nav"], None)
        return context

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        """Each language build renders its own 404 page; every one is kept for the post-build merge."""
        if template_name == NOT_FOUND:
            self.run.not_found[config.theme["language"]] = output_content
        return output_content

    @event_priority(-200)  # after static-i18n (-100) has built the other languages and merged their search index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Once the last language build is done: each language's 404 page at its folder, then the post-build
        steps in their order (explainer.postbuild)."""
        self.run.depth -= 1
        if self.run.depth:
            return
        site, folder = self.run.site, Path(config.site_dir)
        for language, html in self.run.not_found.items():
            (folder / site.prefix(language)).mkdir(parents=True, exist_ok=True)
            (folder / site.prefix(language) / NOT_FOUND).write_text(html, encoding="utf-8")
        self.finish(site, config, self.run.templates).run(folder)

    def on_build_error(self, *, error: Exception) -> None:
        self.run = None  # the next build starts afresh


def _allowed(site: Site) -> dict[str, tuple[tuple[str, str], ...]]:
    """What docs/site.yml `allowed-markup` adds to each built page's content security policy."""
    allowed: dict[str, tuple[tuple[str, str], ...]] = {}
    for allowance in site.contract.allowed_markup:
        sources = csp.allowed_sources(allowance.element, allowance.origin)
        if sources is None or allowance.attribute or allowance.page not in site.kinds:
            continue
        for language in site.languages:
            built = site.built_page(allowance.page, language)
            allowed[built] = (*allowed.get(built, ()), sources)
    return allowed


def _unpublished(file: File, site: Site) -> bool:
    """Whether a file is the Markdown of an explainer's page that its contract does not list."""
    if not file.src_uri.endswith(".md") or "/" not in file.src_uri:
        return False
    page = file.src_uri.removesuffix(".md")
    page = next((page.removesuffix(f".{language}") for language in site.translations
                 if page.endswith(f".{language}")), page)
    return site.contract.explainer(page.split("/", 1)[0]) is not None and page not in site.kinds


def _in_docs(file: File, docs: Path) -> bool:
    """Whether a file comes from the docs folder (the theme's files are outside by design)."""
    return bool(file.abs_src_path) and Path(file.abs_src_path).is_relative_to(docs)


def _refuse_links(files: Files, docs: Path) -> None:
    """A symbolic link out of docs/, or to nothing, is never published (a pull request's link to /etc/passwd,
    say): the build stops."""
    linked = next((file for file in files if _in_docs(file, docs)
                   and (leaves(file.abs_src_path, docs) or not Path(file.abs_src_path).exists())), None)
    if linked is not None:
        raise PluginError(f"{docs.name}/{linked.src_uri} is a symbolic link that leaves {docs.name}/ or leads "
                          "nowhere; remove it (nothing from outside is published)")


def _refuse_scripts(files: Files, docs: Path) -> None:
    """The policy trusts the script folder: only the theme (overrides/, Material) puts files there."""
    script = next((file for file in files if _in_docs(file, docs) and file.dest_uri.startswith(csp.SCRIPT_FOLDER)),
                  None)
    if script is not None:
        raise PluginError(f"{docs.name}/{script.src_uri}: {docs.name}/ may not publish into {csp.SCRIPT_FOLDER}, "
                          "the folder the content security policy trusts; scripts belong to the theme (overrides/)")


def _archive_files(config: MkDocsConfig, site: Site, language: str, title: str) -> list[File]:
    """The archive's pages of a language build, as many as the explainers fill, each asking the listings
    extension for its page."""
    pages = archive_pages(len(site.explainers))
    archive = []
    for number in range(1, pages + 1):
        markdown = f"---\nsearch:\n  exclude: true\n---\n\n# {title} {number}/{pages}\n\n[[explainers: {number}]]\n"
        file = File.generated(config, f"{ARCHIVE}/{number}.md", content=markdown,
                              inclusion=InclusionLevel.NOT_IN_NAV)  # linked from the home page's pager
        file.dest_uri = f"{site.prefix(language)}{ARCHIVE}/{number}/index.html"
        archive.append(file)
    return archive


def _corrections_file(config: MkDocsConfig, site: Site, language: str, title: str) -> File:
    """The site's corrections page of a language build, asking the corrections extension for its list; linked from
    each explainer's corrections section and the home page."""
    markdown = f"---\nsearch:\n  exclude: true\n---\n\n# {title}\n\n{correction_marks.DIRECTIVE}\n"
    file = File.generated(config, f"{correction_marks.PAGE}.md", content=markdown,
                          inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = f"{site.prefix(language)}{correction_marks.PAGE}/index.html"
    return file


def _language_names(config: MkDocsConfig) -> dict[str, str]:
    """Each language's name as static-i18n's options give it ("en" -> "English")."""
    return {language.locale: language.name for language in config.plugins["i18n"].config.languages}


def _site_names(config: MkDocsConfig, site: Site) -> dict[str, str]:
    """Each language's site name: static-i18n's per-language override, else the config's own."""
    languages = {language.locale: language for language in config.plugins["i18n"].config.languages}
    return {language: languages[language].site_name or config.site_name for language in site.languages}


def _own_section(nav: Navigation, page: Page | None) -> Navigation:
    """The navigation a page shows: the shared pages, and the section of the explainer the page belongs to. With
    every explainer's section on every page, pages would grow with the number of explainers (the home page lists
    them all)."""
    def holds(item) -> bool:
        return item is page or any(holds(child) for child in getattr(item, "children", None) or ())

    own = Navigation([item for item in nav.items if not isinstance(item, Section) or holds(item)], nav.pages)
    own.homepage = nav.homepage
    return own


def _page_language(page: Page, config: MkDocsConfig) -> str:
    """The language a page's text is in: static-i18n's file locale (the default's on a page not translated yet)."""
    return getattr(page.file, "locale", config.theme["language"])


def _fallback(page: Page, config: MkDocsConfig) -> bool:
    """Whether static-i18n shows the default language's page here, as this language's is not written yet."""
    return _page_language(page, config) != config.theme["language"]
