"""Translation QA: each defect class, injected into a copy of docs/ and rebuilt, is found at its file and line;
legitimate translation choices, rebuilt the same way, give no finding."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import CONTRACT, FIRST, ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer.align import Bead, LengthModel, align, carried
from explainer.grounding import Grounds
from explainer.language import detect, polarity, sentences
from explainer.language import language as language_of
from explainer.published import Names
from explainer.translation import (
    ALIGNMENT,
    LENGTH,
    LENGTH_LIMIT,
    Pair,
    declarations,
    problems,
    reworded_source,
    split_and_align,
    undeclared_names,
)
from explainer.units import Unit

S = FIRST.slug  # the first explainer's slug

ARTICLE_FI, ARTICLE_EN, FAQ_EN = (f"{S}/{name}" for name in ("article.md", "article.en.md", "faq.en.md"))
TRANSLATION_CHECKS = "untranslated,placeholder,dropped-sentence,added-sentence,length,names,numbers,polarity," \
                     "undeclared-name,declared-difference,glossary-grounding,meaning,link-target,shown-text," \
                     "locale-format,brackets,doubled-word"


def replace(project: Path, page: str, old: str, new: str) -> None:
    path = project / "docs" / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {page}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(project: Path, page: str, text: str) -> int:
    """The 1-based line of a page's Markdown that contains `text` (what findings must point at)."""
    lines = (project / "docs" / page).read_text(encoding="utf-8").splitlines()
    [line] = [number for number, content in enumerate(lines, start=1) if text in content]
    return line


def check(project: Path, site_dir: Path, url: str, capsys, monkeypatch) -> tuple[int, list[str]]:
    monkeypatch.chdir(project)  # findings show Markdown paths relative to the working directory
    code = check_site.main([str(site_dir), "--config", str(project / "mkdocs.yml"), "--site-url", url,
                            "--only", TRANSLATION_CHECKS])
    lines = capsys.readouterr().out.splitlines()
    return code, lines[:-1]


# --- Defects: each injected into its own unit of one copy, which is built once ------------------------------

# (page, old, new, marker of the unit's line in the edited Markdown, check, what the finding says)
DEFECTS = [
    (ARTICLE_EN, "Experienced AI professionals are moving away from Meta, even though the company is a major "
     "player in the field. This growing trend has a significant impact on both Meta and the AI sector as a whole.",
     "TODO: translate this paragraph.", "TODO: translate", "placeholder", '#p-exodus: placeholder text "TODO"'),
    (ARTICLE_EN, " This restriction has led many AI professionals to look for opportunities elsewhere.", "",
     "The main reason behind", "dropped-sentence",
     '#p-frustration: no English for Finnish sentence 2 "Tämä rajoitus on saanut monet tekoälyn'),
    (ARTICLE_EN, "In recent weeks, Meta has seen at least three senior AI employees leave.",
     "Viime viikkoina Meta on todistanut vähintään kolmen korkean tason tekoälytyöntekijän lähdön.",
     "Viime viikkoina", "untranslated", "#p-departures: English sentence 1 is in Finnish"),
    (ARTICLE_EN, "offering large salaries and benefits.\n{ #p-retention }",
     "offering large salaries and benefits. Meta also opened a new research office.\n{ #p-retention }",
     "Recognising the high demand", "added-sentence",
     '#p-retention: English sentence 4 has no Finnish original: "Meta also opened a new research office."'),
    (ARTICLE_EN, "These companies offer innovators", "These companies do not offer innovators",
     "The departures of AI talent from", "polarity", '#p-alternatives sentence 2: "negation" is not in'),
    (ARTICLE_EN, "unlikely to face significant obstacles", "likely to face significant obstacles",
     "The departures of AI talent from", "polarity", '#p-alternatives sentence 3: "unlikely" is missing'),
    (FAQ_EN, "AI professionals are moving away from Meta as the company focuses on using AI in existing "
     "products instead of the professionals having the chance to experiment.", "Translation pending.",
     "Translation pending.", "placeholder", '#why-leave-meta answer: placeholder text "translation pending"'),
    (FAQ_EN, "moving to AI start-ups, which", "moving to AI start-ups such as Mistral, which",
     "such as Mistral", "undeclared-name", '#where-do-they-go answer sentence 1: "Mistral" is not a declared name'),
    (FAQ_EN, "How is Meta trying to retain its AI team?", "How is Meta trying to retain its AI team from OpenAI?",
     "from OpenAI?", "names", '#how-meta-retains-talent question sentence 1: name "OpenAI" is not in'),
    (FAQ_EN, "with AI professionals, offering attractive salary packages and benefits.",
     "with AI professionals.", "has been in personal contact with AI professionals.", "length",
     "#how-meta-retains-talent answer sentence 1: length ratio "),
    ("people.en.md", "> Meta itself has seen more than 30% of the employees",
     "> Meta itself has seen more than 40% of the employees", "more than 40%", "numbers",
     "#meta quote 3 sentence 1: number 30% is missing"),
    ("people.en.md", "> Parikh and Das share similar sentiments.\n\nMentioned in the article: [paragraph “In recent "
     f"weeks…”]({S}/article.md#p-departures)\n{{ .mentions }}\n\n### Abhishek Das",
     "> Parikh and Meijer share similar sentiments.\n\nMentioned in the article: [paragraph “In recent "
     f"weeks…”]({S}/article.md#p-departures)\n{{ .mentions }}\n\n### Abhishek Das",
     "Parikh and Meijer", "names",
     '#devi-parikh quote 2 sentence 1: name "Das" is missing'),
    ("people.en.md", "Role according to the source: engineering director; has left Meta.",
     "Role according to the source: engineering director; has left Meta in 2016.", "in 2016", "numbers",
     "#erik-meijer role sentence 1: number 2016 is not in"),
    ("people.md", "## Yritykset ja termit { #organisations }",
     "### John Smith { #john-smith }\n\nRooli lähteessä: tutkija.\n{ .role }\n\n> Parikh ja Das jakavat samanlaisia "
     "tuntemuksia.\n\n## Yritykset ja termit { #organisations }", "### John Smith", "glossary-grounding",
     '#john-smith: "John Smith" is not a declared entity'),
    ("people.en.md", "## Companies and terms { #organisations }",
     "### John Smyth { #john-smith }\n\nRole in the source: researcher.\n{ .role }\n\n> Parikh and Das share "
     "similar sentiments.\n\n## Companies and terms { #organisations }", "### John Smyth", "undeclared-name",
     '#john-smith name sentence 1: "Smyth" is not a declared name'),
    (ARTICLE_FI, "Sana ”tekoäly-startuksiin” on lähteen virheellinen", "TODO ”tekoäly-startuksiin” on lähteen "
     "virheellinen", "TODO ”tekoäly", "placeholder", 'note after #p-retention: placeholder text "TODO"'),
    (ARTICLE_EN, "Source: Spiceworks\n{ #source-credit }",
     "Source: Spiceworks\n{ #source-credit data-differs=\"names Meta: no such difference exists\" }",
     "Source: Spiceworks", "declared-difference",
     '#source-credit: declares "names Meta", but the translation has no such difference'),
    ("index.en.md", "# Finnish articles, explained", "# Taustoituksia suomenkielisistä artikkeleista",
     "# Taustoituksia", "untranslated", "title: the translation is the Finnish text"),
    # changed meaning, against the approved pair (translation memory)
    (ARTICLE_EN, "leave since the beginning of 2023", "leave since the end of 2023", "Leading AI professionals",
     "meaning", '#p-llm-trend: "end" is new against the approved translation (the end of)'),
    ("people.en.md", "Role according to the source: research scientist; has left Meta.",
     "Role according to the source: research director; has left Meta.", "research director", "meaning",
     '#abhishek-das role: "director" is another role than "scientist"'),
    (FAQ_EN, "Many of these professionals are moving", "All of these professionals are moving",
     "All of these professionals", "meaning", '#where-do-they-go answer: "all" is new against the approved'),
    (FAQ_EN, "[“The main reason…”](article.md#p-frustration)", "[“The main reason…”](article.md#p-exodus)",
     "[“The main reason…”](article.md#p-exodus)", "link-target",
     f'#why-leave-meta support: a link to "{S}/article/#p-exodus", which the Finnish unit does not'),
    # the English way of writing
    (ARTICLE_EN, "more than 30% of the employees on its AI", "more than 30 % of the employees on its AI",
     "Leading AI professionals", "locale-format",
     '#p-llm-trend: "30 %": a space before the per cent sign written the Finnish way, not the English way'),
    (FAQ_EN, "which offer more freedom and development", "which offer more freedom (and development",
     "All of these professionals", "brackets", '#where-do-they-go answer: "(" is never closed'),
    (FAQ_EN, "Where are these professionals moving to?", "Where are these these professionals moving to?",
     "these these", "doubled-word", '#where-do-they-go question: "these" is written twice'),
    # what the reader sees
    (FAQ_EN, "a more innovative and dynamic working", "a more innovative<span hidden> and dynamic</span> working",
     "<span hidden>", "shown-text", "a hidden element (\"and dynamic\")"),
]


@pytest.fixture(scope="module")
def broken(tmp_path_factory, site):
    """A copy of the project with every defect above injected, built once: (project, findings)."""
    project = copy_project(tmp_path_factory.mktemp("broken") / "project")
    for page, old, new, *_ in DEFECTS:
        replace(project, page, old, new)
    build_site(project / "site", site.url, project / "mkdocs.yml")
    return project


@pytest.mark.parametrize("page, old, new, marker, name, says", DEFECTS,
                         ids=[f"{d[4]}-{i}" for i, d in enumerate(DEFECTS)])
def test_each_translation_defect_is_found_at_its_line(broken, site, capsys, monkeypatch,
                                                      page, old, new, marker, name, says):
    code, lines = check(broken, broken / "site", site.url, capsys, monkeypatch)
    assert code == 1
    where = f"docs/{page}:{line_of(broken, page, marker)}: {name}: "
    assert [line for line in lines if line.startswith(where) and says in line], "\n".join(lines)


# --- Legitimate translation choices: none of them is a finding -----------------------------------------------

VARIATIONS = [
    # synonyms and rewording
    (ARTICLE_EN, "Experienced AI professionals are moving away from Meta, even though the company is a major "
     "player in the field. This growing trend has a significant impact on both Meta and the AI sector as a whole.",
     "Seasoned AI professionals are leaving Meta, although the company is an important player in the field. This "
     "growing trend significantly affects both Meta and the AI sector overall."),
    # a long Finnish sentence split in two
    (ARTICLE_EN, "restricted to applying AI only to existing, successful products, instead of having the "
     "opportunity to explore experimental projects.", "restricted to applying AI only to existing, successful "
     "products. They would rather have had the opportunity to explore experimental projects."),
    # two Finnish sentences merged into one
    (ARTICLE_EN, "with attractive salary and benefits packages. However, the company has struggled",
     "with attractive salary and benefits packages, but the company has nevertheless struggled"),
    # digits for number words
    (ARTICLE_EN, "at least three senior AI employees", "at least 3 senior AI employees"),
    # word order
    (ARTICLE_EN, "Challenges notwithstanding, companies such as Meta are, thanks to their wealth, unlikely to "
     "face significant obstacles in reaching their AI goals in the near future.", "Thanks to their wealth, "
     "companies such as Meta are unlikely, despite the challenges, to face significant obstacles in reaching "
     "their AI goals in the near future."),
    # American spelling where the site writes British (and the reverse is the site as it is)
    (ARTICLE_EN, "Recognising the high demand", "Recognizing the high demand"),
]


def test_legitimate_translation_choices_pass(tmp_path, site, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    for page, old, new in VARIATIONS:
        replace(project, page, old, new)
    build_site(project / "site", site.url, project / "mkdocs.yml")
    assert check(project, project / "site", site.url, capsys, monkeypatch) == (0, [])


@pytest.mark.fires("entity-list")
def test_an_undeclared_name_in_the_source_is_found(site, tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    source = project / "docs" / FIRST.source_path
    source.write_bytes(source.read_bytes().replace("ja OpenAI nousuun".encode(), "ja Mistral nousuun".encode()))
    monkeypatch.chdir(project)
    code = check_site.main([str(site.dir), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                            "--only", "entity-list"])
    [line] = capsys.readouterr().out.splitlines()[:-1]
    assert code == 1
    line_number = line_of(project, FIRST.source_path, "ja Mistral nousuun")
    assert line == (f"docs/{FIRST.source_path}:{line_number}: entity-list: "
                    '"Mistral" is a name in the source but not declared '
                    f"(declare it under entities in docs/{FIRST.slug}/explainer.yml)")


def test_the_alignment_is_shown_for_review(site, capsys):
    assert check_site.main([str(site.dir), "--config", str(ROOT / "mkdocs.yml"), "--site-url", site.url,
                            "--show-alignment", f"{S}/article"]) == 0
    out = capsys.readouterr().out
    assert "#p-frustration\n   1-1  fi 1: Taustalla oleva pääsyy" in out
    assert "        en 1: The main reason behind these departures" in out
    # what each pair is compared by: the band, names, numbers, concepts, and the words that match and do not
    assert "length 0.83 (band 0.74–1.38); names - | -; numbers - | -" in out
    assert "words matched: reason=syy, departures=lähtö" in out
    assert "aligned pairs" in out.splitlines()[-1]


# --- The building blocks, without a build --------------------------------------------------------------------

def test_a_dropped_sentence_is_a_1_0_bead_not_hidden_in_a_2_1_bead():
    finnish = sentences("Meijer jatkoi työtään vuonna 2022. Parikh ja Das jakavat samanlaisia tuntemuksia.", "fi")
    english = sentences("Meijer continued his work in 2022.", "en")
    from explainer.translation import anchors
    assert align(finnish, english, ALIGNMENT, lambda text: anchors(text, "fi", CONTRACT.names),
                 lambda text: anchors(text, "en", CONTRACT.names)) == [Bead((0,), (0,)), Bead((1,), ())]


def test_a_split_sentence_is_a_1_2_bead():
    model = LengthModel(ratio=1.0, variance=1.0)
    beads = align(["a" * 100], ["b" * 48, "c" * 50], model, lambda text: Counter(), lambda text: Counter())
    assert beads == [Bead((0,), (0, 1))]


# Fiction written for these tests: a council's motion, its English as approved and reworded.
MOTION_FI = ("Valtuusto hylkäsi Honkalan jättämän ponnen, joka olisi velvoittanut hallituksen selvittämään "
             "koulujen yhdistämistä. Äänin 27–16. Kokous päättyi illalla.")
MOTION_EN = ("The council rejected a motion tabled by Honkala that would have required the board to look into "
             "merging schools. The vote was 27–16. The meeting ended in the evening.")


def test_an_approved_alignment_is_carried_to_a_reworded_translation():
    beads = [Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((3,), ()), Bead((4,), (2,))]
    old = ["A.", "B.", "C."]
    assert carried(beads, old, old) == beads
    # "A." reworded and split in two, "B." kept, "C." reworded: each takes its old sentence's bead
    assert carried(beads, old, ["A1.", "A2.", "B.", "C1."]) == [
        Bead((0,), (0, 1)), Bead((1, 2), (2,)), Bead((3,), ()), Bead((4,), (3,))]
    # a sentence added between kept ones has no original; "C." left out leaves its original alone
    assert carried(beads, old, ["A.", "D.", "B."]) == [
        Bead((0,), (0,)), Bead((), (1,)), Bead((1, 2), (2,)), Bead((3,), ()), Bead((4,), ())]
    # a sentence the approved translation added (declared) stays without an original, its neighbours with theirs
    added = [Bead((0,), (0,)), Bead((), (1,)), Bead((1,), (2,))]
    assert carried(added, old, ["A1.", "B.", "C."]) == added


def _pair(finnish: str, approved: str, translation: str) -> Pair:
    pair = Pair(Unit("p", finnish, "paragraph", "p"), Unit("p", translation, "paragraph", "p"), "fi", "en",
                Names(("Honkala",)))
    pair.approved = (finnish, approved)
    split_and_align(pair)
    return pair


def test_a_sentence_split_in_a_rewording_keeps_its_finnish_original():
    split = MOTION_EN.replace("by Honkala that would have", "by Honkala. It would have")
    assert [problem.message for problem in problems(_pair(MOTION_FI, MOTION_EN, split))] == []
    dropped = _pair(MOTION_FI, MOTION_EN, MOTION_EN.replace(" The meeting ended in the evening.", ""))
    assert [(problem.check, problem.item) for problem in problems(dropped)] == [("dropped-sentence", "3")]


def test_a_rewordings_finnish_is_the_sentences_its_changed_sentences_translate():
    reworded = MOTION_EN.replace("The meeting ended", "The session ended")
    assert reworded_source(_pair(MOTION_FI, MOTION_EN, reworded)) == "Kokous päättyi illalla."
    assert reworded_source(_pair(MOTION_FI, MOTION_EN, MOTION_EN.replace(" The vote was 27–16.", ""))) == MOTION_FI


def test_a_clock_time_written_as_a_decimal_is_the_same_number():
    # fiction written for this test: British English writes a time with a point, as a decimal reads
    finnish = "Kallein tunti osui maanantaille kello 17.15–18.15. Hinta oli silloin 41,2 senttiä."
    english = "The most expensive hour fell on Monday between 17.15 and 18.15. The price was then 41.2 cents."
    pair = Pair(Unit("p", finnish, "paragraph", "p"), Unit("p", english, "paragraph", "p"), "fi", "en", Names(()))
    split_and_align(pair)
    assert pair.beads == [Bead((0,), (0,)), Bead((1,), (1,))]
    assert problems(pair) == []
    changed = Pair(pair.source, Unit("p", english.replace("18.15", "18.45"), "paragraph", "p"), "fi", "en",
                   Names(()))
    split_and_align(changed)
    assert {problem.item for problem in problems(changed)} == {"clock 18:15", "18.45"}


@pytest.mark.parametrize("english", ["The theatres will be used on weekdays from 4 to 8 pm.",
                                     "The theatres will be used on weekdays between 4 and 8 pm.",
                                     "The theatres will be used on weekdays 4–8 pm."])
def test_a_ranges_start_takes_the_half_of_the_day_its_end_says(english):
    # fiction written for this test: "kello 16–20" is "from 4 to 8 pm", the start's "pm" left to the end
    finnish = "Leikkaussaleja käytetään arkisin kello 16–20."
    pair = Pair(Unit("p", finnish, "paragraph", "p"), Unit("p", english, "paragraph", "p"), "fi", "en", Names(()))
    split_and_align(pair)
    assert problems(pair) == []
    later = Pair(pair.source, Unit("p", english.replace("8 pm", "10 pm"), "paragraph", "p"), "fi", "en", Names(()))
    split_and_align(later)
    assert {problem.item for problem in problems(later)} == {"clock 20:00", "clock 22:00"}


def test_the_length_band_widens_for_short_sentences():
    short, long = LENGTH.band(20, LENGTH_LIMIT), LENGTH.band(250, LENGTH_LIMIT)
    assert short[0] < long[0] < LENGTH.ratio < long[1] < short[1]


@pytest.mark.parametrize("text, language, expected", [
    ("They don't go, not now and never.", "en", {"negation": 3}),
    ("The company cannot hire.", "en", {"negation": 1}),  # one word, as "ei voi" is two
    ("Meta tuskin kohtaa esteitä ilman rahaa.", "fi", {"unlikely": 1, "without": 1}),
    ("at least three, more than 30%", "en", {"at-least": 1, "more-than": 1}),
    ("vähintään kolmen, yli 30 %", "fi", {"at-least": 1, "more-than": 1}),
    ("Companies often struggle.", "en", {"often": 1}),
    ("No, it won't. Nor will the fee.", "en", {"negation": 2}),  # an echo answer is one negation, as "Ei nouse."
    ("They told us in no uncertain terms, no matter the cost.", "en", {}),  # idioms, no negation
    ("All we did was wait.", "en", {"only": 1}),  # "we did nothing but wait"
])
def test_negations_and_hedges_are_counted(text, language, expected):
    assert dict(polarity(text, language)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Meta CEO Mark Zuckerberg on henkilökohtaisesti ollut yhteydessä tekoälyammattilaisiin", "fi"),
    ("Meta CEO Mark Zuckerberg has personally been in contact with AI professionals", "en"),
    ("Lähde: Spiceworks", None),  # too short to tell
])
def test_language_detection(text, expected):
    assert detect(text, ("fi", "en")) == expected


def test_undeclared_names_skip_sentence_starts_declared_names_and_quoted_finnish():
    names = CONTRACT.names
    assert undeclared_names("Mistral and Meta hired people from Google.", "en", "fi", names) == ["Google"]
    assert undeclared_names('The question says "Mikä yritys" in the singular.', "en", "fi", names) == []
    assert undeclared_names("Metan toimitusjohtaja Mark Zuckerberg.", "fi", "fi", names) == []


def test_a_unit_of_measure_is_no_undeclared_name():
    """Fiction: "GWh" is capitalised by its unit, as the generator reads it (it proposes no name for it), so its own
    output passes the checker."""
    names = CONTRACT.names
    assert undeclared_names("Laitos tuottaa noin 9,5 GWh kaasua vuodessa, ja Meta 12 MW sähköä.", "fi", "fi",
                            names) == []
    assert undeclared_names("Levyn lämmönjohtavuus on 0,038 W/mK.", "fi", "fi", names) == []  # watts
    assert undeclared_names("The plant produces about 9.5 GWh of gas a year at Kallio.", "en", "fi",
                            names) == ["Kallio"]


def test_a_lettered_compounds_elided_letter_is_no_undeclared_name():
    """Fiction: "B- ja C-talot" (buildings B and C) left "B-" to the next compound, as the generator reads it."""
    lettered = Names(("C-talot",), {})  # the generator declares the lettered compound as a term
    assert undeclared_names("Työt alkavat keväällä, ja B- ja C-talot remontoidaan myöhemmin.", "fi", "fi",
                            lettered) == []


def test_a_contacts_lines_title_case_job_title_is_no_name():
    """Fiction: a contacts line writes a person's title in title case, after the name or before it."""
    names = CONTRACT.names
    line = "Mark Zuckerberg, Customer Ombudsman, tel. 040 000 0000, Meta"
    assert undeclared_names(line, "en", "fi", names) == []
    assert undeclared_names("More: m@example.fi Senior Curator Mark Zuckerberg, tel. 040 000 0001", "en", "fi",
                            names) == []
    assert undeclared_names("Mark Zuckerberg, Kallio University, tel. 040 000 0002", "en", "fi", names) == [
        "Kallio", "University"]  # no kind of person: a name to declare
    assert undeclared_names("Mark Zuckerberg, Customer Ombudsman, said it.", "en", "fi", names) == [
        "Customer", "Ombudsman"]  # no contacts line


@pytest.mark.parametrize(("finnish", "english", "undeclared"), [
    ("Tamperelainen ketju avasi myymälän.", "The Tampere-based chain opened a shop.", []),
    ("Ketju toimii Tampereella ja Oulussa.", "The chain operates in Tampere and Turku.", ["Turku"]),
    ("Kilpailu on kovaa Suomessa.", "Competition is fierce in Finland.", []),
    ("Kilpailu on kovaa Suomessa.", "Competition is fierce in Sweden.", ["Sweden"]),
    ("Eteläsavolainen osuuskunta kasvoi.", "A South Savo cooperative grew.", []),
    ("Koivurinteen koulun remontti alkaa.", "Renovation of Koivurinne School begins.", []),
    ("Lindholmin mukaan aikataulu palaa maaliskuussa.", "According to Lindholm, it returns in March.", []),
    ("Tammi–maaliskuussa myynti kasvoi.", "In January-March, sales grew on Monday.", []),
    ("Hän sanoi: ”Tämä ei ole meidän päätettävissämme.”", "She said: “This is not for us to decide.”", []),
    ("Yhtiö palkkaa tekijöitä.", "The company hires people from Mistral.", ["Mistral"]),
    ("Museo on auki tiistaisin ja maanantaisin.", "The museum is open on Tuesdays and Mondays.", []),
], ids=["derived-place", "added-place", "country", "other-country", "compound-place", "stem-change", "surname",
        "months-and-weekdays", "quote-start", "added-name", "weekdays-in-the-plural"])
def test_a_capitalised_word_the_finnish_accounts_for_is_no_undeclared_name(finnish, english, undeclared):
    grounds = Grounds(finnish, "fi", "en")
    assert undeclared_names(english, "en", "fi", Names(()), grounds) == undeclared


def test_a_declared_name_counts_whatever_its_quote_marks_and_dashes():
    """Units are compared with plain quote marks and dashes: a name declared with typographic ones counts there."""
    from explainer.structure import PageStructure, Paragraph
    from explainer.translation import pairs, problems

    names = Names(("Louhikosken Kuntalaisliike", "Louhikoski Residents’ Movement"),
                  {"Louhikoski Residents’ Movement": "Louhikosken Kuntalaisliike"})  # as a contract declares it
    finnish = PageStructure("", (Paragraph("p-ryhma", "Louhikosken Kuntalaisliike vastusti esitystä.", 1),), (), ())
    english = PageStructure("", (Paragraph("p-ryhma", "The Louhikoski Residents’ Movement opposed the proposal.", 1),),
                            (), ())
    found = [problem.message for pair in pairs(finnish, english, "fi", "en", names) for problem in problems(pair)]
    assert found == []


def test_declarations_must_give_a_reason():
    assert declarations("names Language Learning: corrected; numbers 30") == (
        [("names", "Language Learning")], ["numbers 30"])


def test_a_declared_item_may_hold_a_clock_time():
    assert declarations("numbers clock 24:00: kello 11–24 is from 11am to midnight; numbers 2:two") == (
        [("numbers", "clock 24:00"), ("numbers", "2")], [])


def test_an_explainers_listed_summary_is_checked_as_a_translation(site, tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    contract = project / "docs" / f"{S}" / "explainer.yml"
    text = contract.read_text(encoding="utf-8")
    old = "en: Why experienced AI professionals are moving away from Meta and where they are going."
    assert old in text
    # a dash in its first words: the finding still names the summary's line (units compare dashes normalised)
    contract.write_text(text.replace(old, "en: AI experts – why they are moving from Meta to OpenAI."),
                        encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    code, lines = check(project, project / "site", site.url, capsys, monkeypatch)
    line = next(n for n, row in enumerate(contract.read_text(encoding="utf-8").splitlines(), 1) if "to OpenAI" in row)
    assert code == 1
    assert [f for f in lines if f.startswith(f"docs/{S}/explainer.yml:{line}: names: "
                                             f"#{S} summary sentence 1: name \"OpenAI\"")], lines


@pytest.mark.fires("declared-difference")
def test_a_difference_declared_in_the_contract_silences_exactly_its_finding(tmp_path, site, capsys, monkeypatch):
    """A title, summary, role or quote has no Markdown to carry data-differs: its explainer.yml declares it."""
    project = copy_project(tmp_path / "project")
    contract = f"{S}/explainer.yml"
    replace(project, contract, "en: AI experts are leaving Meta\n", "en: AI experts are leaving Meta in 2023\n")
    with (project / "docs" / contract).open("a", encoding="utf-8") as file:
        file.write(f"differs:\n  en:\n    '#{S} title': 'numbers 2023: declared for the test'\n"
                   f"    '#{S} summary': 'numbers 7: no such difference'\n")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    code, lines = check(project, project / "site", site.url, capsys, monkeypatch)
    line = line_of(project, contract, "en: Why experienced AI professionals")
    assert (code, lines) == (1, [f'docs/{contract}:{line}: declared-difference: #{S} summary: declares "numbers 7", '
                                 "but the translation has no such difference"])


@pytest.mark.parametrize("text, only", [
    ("Meijeri ei päätä kuluttajahinnoista.", True),  # the dairy, at a sentence's start
    ("Tulos on hyvä. Meijeri vastaanotti maitoa.", True),
    ("IISALMI, 12.5.2026 – Meijeri nostaa hintaa.", True),  # after a dateline
    ("Hänen mukaansa Meijerin lähtö oli yllätys.", False),  # capitalised inside a sentence: the name's form
    ("Meijer, joka johti tiimiä, lähti.", False),  # the name itself
])
def test_a_word_a_sentence_start_capitalises_is_no_declared_name(text, only):
    """"Meijeri" (a dairy) begins with the declared name Meijer: at a sentence's start it is the word, no name."""
    assert language_of("fi").morphology.only_as_words("Meijer", text) is only
