"""The proper names of a Finnish source: runs of capitalised words cut where one name ends, each in its base form.

Finnish inflects only the last word of a multi-word name ("Suomen Tietotoimiston" is "Suomen Tietotoimisto",
"Pohjolan Tuulivoima Oy:n" is "Pohjolan Tuulivoima Oy"); the words before it are a genitive attribute or part of
the name as it is. So a name's base form is the name with its last word in its base form, and a run of capitalised
words holds two names where a word in another case ends one ("Tuulivoimalta Pohjanmaan…"), where a place name
follows a common noun ("…Tuulivoiman Pohjanmaan Verkkopalvelu", "Satakunnan Kansa Länsi-Suomi"), or where a first
name follows another word ("Chief Technology Officer Markus Lehtovaara"); a person's job title in foreign words
between an organisation's genitive and the person ("yhtiön Head of Sales Aino Lahti") is a term, no name. A
capitalised word is a name in the middle of a sentence; at its start, or at the start of a quote ("– Tämä…",
"”Tämä…"), only if Voikko reads it as a name or does not know it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .finnish import PROPER, Morphology, compound_parts
from .published import COMPANY_FORMS
from .text import UPPER

# a capitalised word; an abbreviation of single letters with slashes is one ("H/K-suhde", a benefit-cost ratio)
_CAPITALISED = re.compile(rf"(?<![\w'’-])(?<![{UPPER}]/)(?:[{UPPER}]/)*[{UPPER}][\w’':-]*")
_CASE_ENDING = re.compile(r":[a-zåäö]+$")  # "Oy:n", "KTK:ssa", "PC:lle": an abbreviation's case ending
# Finnish case endings on a foreign word that ends in a consonant ("Capitalin", "Talesiin", "Gamesista")
# A title that ends its sentence, unquoted, after the word before it ("näyttelyn Lanka muistaa."): one to five
# words, the first capitalised
_TITLE_AT_END = re.compile(r"(?<!\S)([^\W\d_]+) (?=([A-ZÅÄÖ][^\s,;:”\"()]*(?: [^\s,;:”\"()]+){0,4})[.!?]$)")
# the stem of a Finnish "-as" or "-äs" noun, its consonant doubled ("Airokkaa-": Airokas, as "rikkaa-" is rikas)
_AS_STEM = re.compile(r"(?<=[aeiouyäö])(kk|pp|tt)([aä])\2$")
_FOREIGN_ENDING = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:iin|ista|issa|ille|ilta|illa|ia|in)$")
_NICKNAME = re.compile(rf"[”“\"][{UPPER}][^\W\d_]*[”\"]")  # a nickname in quotation marks
# a first name, a nickname and a surname ("Joonas ”Vaski” Heikkilä")
_NICKNAMED = re.compile(rf"(?<!\w)([{UPPER}][\w-]*) ({_NICKNAME.pattern}) ([{UPPER}][\w-]*)")
_QUOTE_START = re.compile(r"(?:^|[\s(])[”“\"'’«»]\s*$|(?:^|\s)[–—-]\s+$")  # an opening quote mark, or a dash-led quote
NOMINATIVE, GENITIVE = "nimento", "omanto"
_TITLE = re.compile(r"”([A-ZÅÄÖ][^”,.!?;:\n]*)”")  # a capitalised quotation without punctuation
LOCAL_CASES = frozenset({"sisaolento", "sisaeronto", "sisatulento", "ulkoolento", "ulkoeronto", "ulkotulento"})
# a local case ending on a word Voikko does not know, after a vowel of its stem ("Mukkulassa")
_VOWEL_GENITIVE = re.compile(r"(?<=[aeiouyäö])n$")
# an adjective of place, in any case: "-lainen", "-läisen", "-laisia", "-läisille"
_DEMONYM = re.compile(r"l[aä]i(?:nen|s[\wäö]*)$")
# adjectives of a compass point: "Pohjoisessa Suomessa" is northern Finland, no place's name
_COMPASS = frozenset({"pohjoinen", "eteläinen", "itäinen", "läntinen", "keskinen", "koillinen", "kaakkoinen",
                      "lounainen", "luoteinen"})
_OF_PLACE = ("lainen", "läinen")  # a demonym Voikko knows ("kuopiolainen")
# an illative ending after a long vowel ("Laukaaseen": Laukaa; "-hVn" of a one-syllable name: "Suohon")
_LONG_ILLATIVE = re.compile(r"(?<=[aeiouyäö]{2})(?:seen|h[aeiouyäö]n)$")
LOCAL_ENDING = re.compile(r"(?<=[aeiouyäö])(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)$")
# a local case ending after a, o, u, y, ä or ö, whose stem is the base as written ("Vermossa": Vermo); not after e or
# i, where the base is often another ("Lahdessa": Lahti)
_ROUND_VOWEL_LOCAL = re.compile(r"(?<=[^aeiouyäö][aouyäö])(?:ssa|ssä|sta|stä|lla|llä|lta|ltä)$")
_MIXED_CASE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*")  # "PiPo", "SeSu", "KalPa": a club's abbreviation
_DISTRICTS = ("asuntoalue", "kaupunginosa", "lähiö", "omakotialue", "asuinalue")  # lemma ends: a town's districts
_PROJECTS = ("hanke", "projekti", "ohjelma")  # lemma ends of words for a project an acronym may name
_ENGLISH_JOINERS = frozenset({"of", "the", "and", "for"})  # lower-case words inside an English name or title
# A plural case of a place name that ends in "-inen" ("Pärnäisissä", "Pärnäisten"), after the stem's "is"
_NEN_PLURAL = re.compile(r"(?<=[aeiouyäö])is(?:issa|issä|ista|istä|iin|ten|illa|illä|ilta|iltä|ille)$")
# Postpositions after a person's name in the genitive ("Hirvonsalon mukaan", "Lindin mielestä")
_GENITIVE_POSTPOSITIONS = frozenset({"mukaan", "mielestä", "kanssa", "puolesta", "luona", "kertoman"})
# a word of two syllables whose one stop between its vowels is a weak grade in its genitive and local cases
# ("Oitin", "Oitissa": Oitti, as "kattin" would be "katti"'s; a single "t" there would be "d", "Oidin")
_WEAK_STOP = re.compile(r"^([^aeiouyäöAEIOUYÄÖ]*[aeiouyäöAEIOUYÄÖ]{1,2})([ktp])([aeiouyäö])$")
# its forms: one syllable, the stop, then an "i" and a case ending, which no foreign name of one syllable that ends
# in a stop is more likely to have ("Oitin", not "Sarlinin")
_WEAK_STOP_FORM = re.compile(r"^[^aeiouyäöAEIOUYÄÖ]*[aeiouyäöAEIOUYÄÖ]{1,2}[ktp]i"
                             r"(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)$")
# a genitive's stop after "l" or "r" before its last vowel: the weak grade of a double one, as a native name grades
# ("Ölkyn": Ölkky; a single one's weak grade drops it, "jalan" of "jalka")
_WEAK_AFTER_LIQUID = re.compile(r"(?<=[lr])([ktp])([aeiouyäö])$")
# a stem's last single stop between vowels, which a weak grade may have ("Paloka-": Palokka)
_WEAK_STEM = re.compile(r"(?<=[aeiouyäö])([ktp])([aeiouyäö])$")
# an illative after a double stop: its stem has a single one in the weak grade ("Palokkaan": Paloka-)
_STRONG_ILLATIVE = re.compile(r"^([^\W\d_]+[aeiouyäö])([ktp])\2([aeiouyäö])\3n$")
_AREA_HEADS = frozenset({"ala", "alue"})  # a compound's last part that is a word for an area
_CASES = frozenset({"n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle"})  # a genitive's, the above


# A registered association's, cooperative's or foundation's legal form, written in lower case after its name
# ("Särkkäluonto ry:n", "Vuokatin Kappelisäätiö sr")
_ASSOCIATION = re.compile(r" ((?:ry|rf|osk|sr)(?::[a-zåäö]+)?)(?![\w:])")
# Common nouns that end an institution's name after its genitive ("Koivurinteen koulu", "Lammin aluesairaala",
# "Päijänteen käräjäoikeus"): lemmas, matched by the noun's lemma or its compound's last part as Voikko reads the
# noun in any case ("aluesairaalan" is a "sairaala"); some only as a compound's last part ("valmiuskeskus",
# "käräjäoikeus"): alone they are ordinary words ("Suomen oikeuden mukaan")
INSTITUTIONS = frozenset({"koulu", "lukio", "yliopisto", "opisto", "kirjasto", "sairaala", "päiväkoti",
                          "seurakunta", "museo", "kirkko", "poliisilaitos", "pelastuslaitos", "tutkimuslaitos",
                          "hyvinvointialue", "säätiö", "komissio", "parlamentti", "neuvosto", "ministeriö", "virasto",
                          "unioni",
                          "lentoasema", "rautatieasema", "tiekunta", "osakaskunta", "paliskunta", "apteekki",
                          "seurakuntatalo"})
# (the last five: a private road's, a fishing water's or a reindeer herding area's statutory body, named by its
# place: "Kotaniemen tiekunta", "Kalliojärven osakaskunta", "Kuukasvaaran paliskunta"; a pharmacy, whose licence
# names it by its place: "Vehkaniemen apteekki"; a parish hall, named by its place as the church is)
# (six: bodies of a state or a union, "Pohjolan parlamentti", "Kaakon aluevirasto", "Euroopan unioni"; the last
# two: the airport or the railway station a place has, "Lepolan lentoasema"; not any "asema": "Lepolan
# terveysasemalla" is at one of the place's health stations, a common noun, as a research or a petrol station is);
# each also as a compound's end,
# however Voikko parts the compound ("kalatutkimuslaitos": "kala+tutkimus+laitos", a "laitos" to its parts); not
# "kaupunki" or "kunta": "Kotkan kaupunki" names the town as much as its administration ("Kotkan kaupungissa", in
# the town); not "laitos": "Juvan lämpölaitos" is a plant, no institution; "yhtymä" of a joint municipal
# authority, a "(koulutus)kuntayhtymä"; "piiri" of a hospital district, "halli" of a sports hall, "liitto" of a
# regional council ("maakuntaliitto", which Voikko derives from "liittää"),
# "yhdistys" of an association ("asukasyhdistys"; Voikko derives it from "yhdistää"), "palvelu" of a department,
# only in the plural ("kulttuuripalvelut"; a "verkkopalvelu" is a web service), "järjestö" of an organisation's
# branch ("Keskustan Sulkajoen kunnallisjärjestö")
COMPOUND_HEADS = frozenset({"keskus", "oikeus", "yhtymä", "piiri", "halli", "liitto", "yhdistys", "järjestö"})
PLURAL_HEADS = frozenset({"palvelu"})
# How Finnish place names made of a common noun end ("Koivuniemi", "Kivilampi", "Rantakylä"): after a place's
# genitive such a word is a place of its own ("Vuorilahden Koivuniemi": Koivuniemi, in Vuorilahti)
TOPOGRAPHIC = ("niemi", "lampi", "järvi", "saari", "mäki", "lahti", "joki", "vaara", "harju", "kangas", "salmi",
               "selkä", "koski", "vuori", "laakso", "kylä", "kallio", "ranta", "suo", "luoma")
# A field, a street, a road, a lane or a square ends a place's name only as a compound's head ("Keskuskenttä",
# "Myllykatu"; "Kenttä" alone is an arena's name)
PLACE_HEADS = frozenset({"kenttä", "katu", "tie", "kuja", "tori"})


def is_legal_form(word: str) -> bool:
    """A company's legal form, with or without a case ending ("Oy", "Oyj:n")."""
    return word.split(":")[0] in COMPANY_FORMS


# Words for a work whose title a quotation after them is, whatever its words ("romaanillaan ”Kaikki mitä meri
# palauttaa”"), and for an organisation whose name follows them even at a sentence's start ("Työnantajayhdistys
# Ankkurin", "Kirjapaino Lindqvistin"; not "Tutkija Anna Korhonen"): how a word's lemma ends ("runokokoelma" is a
# "kokoelma")
WORKS = ("romaani", "kirja", "teos", "kokoelma", "novelli", "elokuva", "näytelmä", "ooppera", "albumi", "levy",
         "laulu", "kappale", "sarja", "näyttely", "dokumentti", "esitys", "ohjelma")
# Words for a region a place's genitive names ("Chaiyaphumin maakunta", "Texasin osavaltio")
_REGIONS = frozenset({"maakunta", "osavaltio", "provinssi", "lääni", "kunta", "kaupunki", "kylä", "alue", "saari",
                      "kaupunginosa", "piirikunta"})
BODIES = ("yhdistys", "säätiö", "kustantamo", "kirjapaino", "liitto", "seura", "osuuskunta", "kuoro", "orkesteri",
          "instituutti", "laitos")


@dataclass(frozen=True)
class Run:
    """Capitalised words next to each other, whether the first is capitalised by its place (a sentence's or a
    quote's start, or a label's), the sentence after the run and the sentence before it."""
    words: tuple[str, ...]
    initial: bool
    after: str = ""
    before: str = ""


def runs(sentence: str) -> list[Run]:
    """The runs of capitalised words of a sentence (words separated by one space; punctuation ends a run), an
    association's or a cooperative's lower-case legal form ("ry", "osk") part of its run, and so is an English "of",
    "the", "and" or "for" between two capitalised words ("Head of Marketing", "Bank of Finland", "Closing the
    Battery Materials Loop": one phrase, whatever it names; Finnish has no such words)."""
    found: list[tuple[list[str], bool, int, int]] = []
    end = -1
    for match in _CAPITALISED.finditer(sentence):
        token = match.group().rstrip("'’-:")
        between = sentence[end:match.start()]
        joiners = between.split()  # none, or English lower-case words ("of", "for the")
        if found and between == f" {' '.join([*joiners, ''])}" and len(joiners) <= 2 \
                and all(joiner in _ENGLISH_JOINERS for joiner in joiners):
            found[-1][0].extend([*joiners, token])
        else:
            before = sentence[:match.start()]
            found.append(([token], not re.search(r"\w", before) or bool(_QUOTE_START.search(before)), 0,
                          match.start()))
        end = match.start() + len(token)
        legal = _ASSOCIATION.match(sentence, end)
        if legal:
            found[-1][0].append(legal.group(1))
            end = legal.end()
        found[-1] = (*found[-1][:2], end, found[-1][3])
    return [Run(tuple(words), initial, sentence[end:], sentence[:start]) for words, initial, end, start in found]


class Names:
    """Name readings of words, from Voikko."""

    def __init__(self, morphology: Morphology, text: str = ""):
        self.morphology = morphology
        self.text = text
        self.words = set(re.findall(r"[^\W\d_]+", text))  # the source's words: evidence of a foreign word's base
        # unknown words read as a place in a local case after a place's genitive or a name inflected alone
        self.districts: set[str] = set()
        # the names an abbreviation spells together, each as its words with the last in its base form (spelled_from)
        self.spelled: set[tuple[str, ...]] = set()
        self.placed: set[str] = set()  # words read as a place after a place's genitive ("Lopen Launosten")
        self.titles: set[str] = set()  # titles in quotation marks ("Yöjuna Kuunsillalle"), names as written
        self.roles: set[str] = set()  # people's job titles, capitalised ("Head of Sales"): terms, no names
        self.nicknames: set[str] = set()  # in quotes inside a full name ("Vaski" of "Joonas ”Vaski” Heikkilä")
        # the names the text writes before a company's legal form ("Hopeahaka" of "Hopeahaka Oy:n")
        self.companies = {match.group(1).strip() for match in re.finditer(
            rf"((?:[A-ZÅÄÖ][\w-]* )+)(?:{'|'.join(sorted(COMPANY_FORMS))})(?![\w-])", text)}


    def demonym(self, word: str) -> bool:
        """Whether a word Voikko does not know is an adjective of a place the text names ("Routasalmelainen" beside
        "Routasalmen", "Harjuveteläisten" beside "Harjuvedeltä"): its stem before "-lainen" begins as the place does,
        but for the stem's last two letters (its vowel, and a consonant a gradation may change)."""
        ending = _DEMONYM.search(word.lower())
        if ending is None or self.morphology.analyses(word):
            return False
        stem = word.lower()[:ending.start()][:-2]
        return len(stem) >= 4 and any(other[:1].isupper() and other.lower().startswith(stem)
                                      and not _DEMONYM.search(other.lower()) for other in self.words)
    def _readings(self, word: str) -> list[dict]:
        return self.morphology.analyses(_CASE_ENDING.sub("", word))

    def cases(self, word: str) -> set[str]:
        """The cases Voikko reads the word in (none for a word it does not know)."""
        return {r.get("SIJAMUOTO") for r in self._readings(word)}

    def titles_in(self, sentence: str) -> list[tuple[int, int]]:
        """Where a sentence quotes a title: two to six words in ”…”, the first capitalised, no punctuation and no
        finite verb ("”Viimeinen syksy Kotkasaarella”"; not "”Tämä on hyvä”"), or any verb after a word for a work
        ("romaanillaan ”Kaikki mitä meri palauttaa”"); or, unquoted, the words after one that end the sentence
        ("näyttelyn Lanka muistaa.")."""
        found = []
        for quoted in _TITLE.finditer(sentence):
            if self._quoted_title(sentence, quoted):
                self.titles.add(quoted.group(1))
                found.append(quoted.span(1))
        ending = next((match for match in _TITLE_AT_END.finditer(sentence) if self._is_work(match.group(1))), None)
        if ending and not found:  # unquoted, after a word for a work, ending the sentence
            self.titles.add(ending.group(2))
            found.append(ending.span(2))
        return found

    def _quoted_title(self, sentence: str, quoted: re.Match) -> bool:
        """Whether a capitalised quotation is a title (see titles_in)."""
        words = quoted.group(1).split(" ")
        if len(words) == 1 and any(match.start(2) == quoted.start() for match in self.nicknamed(sentence)):
            return False  # "Joonas ”Vaski” Heikkilä": a nickname, no title
        one_noun = len(words) == 1 and self.is_noun(words[0])  # "”Routasilta”": a title; "”Tämä”" none
        work = self._is_work(sentence[:quoted.start() - 1].rstrip().rpartition(" ")[2]) \
            or quoted.group(1) in self.titles  # a title named again, with no word for its work before it
        return (one_noun or 2 <= len(words) <= 6) and (work or not any(r.get("MOOD") for w in words
                                                                      for r in self._readings(w)))

    def nicknamed(self, sentence: str) -> list[re.Match]:
        """A sentence's full names with a nickname in quotation marks between the first name and the surname:
        (first name, the quoted nickname, surname)."""
        return [match for match in _NICKNAMED.finditer(sentence) if self.is_first_name(match.group(1))]

    def _is_work(self, word: str) -> bool:
        """A word for a work that has a title ("romaanillaan", "runokokoelmassa"), by how its lemma ends."""
        return self._ends_as(word, WORKS)

    def is_body(self, word: str) -> bool:
        """A word for an organisation that a name follows ("Työnantajayhdistys Ankkurin"), by how its lemma ends
        (Voikko reads "yhdistys" in a compound as derived from "yhdistää": its head would not do)."""
        return self._ends_as(word, BODIES)

    def _ends_as(self, word: str, lemmas: tuple[str, ...]) -> bool:
        return any(str(r.get("BASEFORM", "")).lower().endswith(lemmas) for r in self.morphology.analyses(word)
                   if r.get("CLASS") not in PROPER)

    def abbreviation_compound(self, word: str) -> bool:
        """A compound of an abbreviation and a lower-case common noun ("ML-insinöörien", "SaaS-palvelu"): its
        capitals are the abbreviation's, and it is a common noun, a term, no name; not one whose noun names an
        institution or an organisation ("EU-komissio", "HUS-yhtymä"). So is a lettered one (Names.lettered,
        "A-siivestä"), its noun a common noun by one reading at least ("talosta" is also the surname Talonen's)."""
        first, _, head = word.partition("-")
        if self.lettered(word):
            noun = any(r.get("CLASS") == "nimisana" for r in self._readings(head))
        else:
            noun = sum(letter.isupper() for letter in first) > 1 and self.is_common_noun(head)
        return " " not in word and noun and head[:1].islower() and not self.is_institution(head) \
            and not self._ends_as(head, (*COMPOUND_HEADS, *BODIES))

    def district(self, words: tuple[str, ...], after: str) -> bool:
        """Whether a lone genitive names the place a word for a district or a village after it belongs to, even at a
        sentence's start ("Koivukummun asuntoalueella": the Koivukumpu housing area); Voikko may know it as a common
        noun."""
        following = re.match(r" ([a-zåäö]+)", after)
        if len(words) != 1 or following is None or GENITIVE not in self.cases(words[0]):
            return False
        return self._ends_as(following.group(1), _DISTRICTS) or self._village_of(words[0], following.group(1)) \
            or self._park_of(words[0], following.group(1))

    def _village_of(self, genitive: str, word: str) -> bool:
        """Whether a genitive names the one village a "kylä" after it is ("Alapitkän kylässä": in the village of
        Alapitkä), not a body's villages ("Kunnan kylissä") nor a region's."""
        return any(r.get("BASEFORM") == "kylä" and r.get("NUMBER") == "singular" for r in self._readings(word)) \
            and not any(str(r.get("BASEFORM", "")).lower() in _REGIONS for r in self._readings(genitive))

    def _park_of(self, genitive: str, word: str) -> bool:
        """Whether a genitive names the park a "puisto" after it is ("Linnantauksen puistosta": from Linnantaus
        park): one Voikko does not know, or knows as a proper noun or a compound, no region's or institution's
        ("Kaupungin puistossa", "Koulun puistossa": the town's park, the school's) and no pronoun."""
        if not self._ends_as(word, ("puisto",)):
            return False
        readings = self._readings(genitive)
        bases = {str(r.get("BASEFORM", "")).lower() for r in readings}
        return not readings or not bases & _REGIONS and not self.is_institution(genitive) \
            and all(r.get("CLASS") != "asemosana" for r in readings) \
            and any(r.get("CLASS") in PROPER or str(r.get("WORDBASES", "")).count("+") > 1 for r in readings)

    def project_acronym(self, word: str) -> str:
        """The acronym that names a project in a compound with a word for one ("BATLOOP-hankkeessa": BATLOOP), a
        name of its own where "ML-insinööri" is a term; "" for any other word."""
        acronym, hyphen, head = word.partition("-")
        if len(acronym) < 3 or not acronym.isupper() or not hyphen or not head[:1].islower():
            return ""
        return acronym if self._ends_as(head, _PROJECTS) else ""

    def lettered(self, word: str) -> bool:
        """Whether a word is a capital letter and a hyphen, with or without a lower-case word after it, and the text
        letters a series so ("A-siipi", "B- ja C-siivet": a building's wings A, B and C): a label, no name."""
        letter, hyphen, head = word.partition("-")
        series = set(re.findall(r"(?<![\w-])([A-ZÅÄÖ])-(?![A-ZÅÄÖ])", self.text))
        return len(letter) == 1 and letter in series and len(series) > 1 and bool(hyphen) and not head[:1].isupper()

    def parallel_name(self, word: str) -> bool:
        """Whether a compound common noun that begins a sentence ("Etelälahden kalasatama…") is a name as another
        compound of its head is, which the text capitalises inside a sentence before the same word ("…kuin
        Pohjoislahden kalasatama": two bays); not one the text also writes in lower case."""
        heads = self._heads(word)
        if not heads or word.lower() in self.words:
            return False
        for following in set(re.findall(rf"(?<![\w-]){re.escape(word)} ([^\W\d_]+)", self.text)):
            for other in re.findall(rf"(?<=[a-zåäö] )([A-ZÅÄÖ][^\W\d_]*) {re.escape(following)}(?![\w-])", self.text):
                if other != word and self._heads(other) & heads and self.cases(other) & self.cases(word):
                    return True
        return False

    def _heads(self, word: str) -> set[str]:
        """The last parts of a compound common noun's readings ("Selkämeren" -> {"meri"})."""
        return {_head(str(r.get("WORDBASES", ""))) for r in self._readings(word) if r.get("CLASS") not in PROPER} - {""}

    def _plural_noun(self, word: str) -> bool:
        """A common noun in the plural ("Ilvekset", "Ilvesten"), the head of a team's or a group's name."""
        return self.is_common_noun(word) and all(r.get("NUMBER") == "plural" for r in self._readings(word)
                                                 if r.get("CLASS") not in PROPER)

    def _place_after_noun(self, word: str, previous: str) -> bool:
        """Whether a place's name follows a common noun ("…Tuulivoiman Pohjanmaan Verkkopalvelu"), not a group's
        plural that Voikko also reads as a town's ("Sahanmäen Kotkat")."""
        return self.is_place(word) and not self._group_plural(word) and self.is_common_noun(previous)

    def _group_plural(self, word: str) -> bool:
        """A common noun's plural that Voikko also reads as a town's name in the plural ("Kotkat": eagles, a scout
        group's name after its district's genitive, "Sahanmäen Kotkat"; a town is not named in the plural)."""
        readings = self._readings(word)
        places = [r for r in readings if r.get("CLASS") == "paikannimi"]
        return bool(places) and all(r.get("NUMBER") == "plural" for r in places) \
            and any(r.get("CLASS") == "nimisana" and r.get("NUMBER") == "plural" for r in readings)

    def is_place(self, word: str) -> bool:
        return any(r.get("CLASS") == "paikannimi" for r in self._readings(word))

    def is_surname(self, word: str) -> bool:
        """A surname Voikko knows, or a word it does not know at all ("Korhonen", "Hirvonsalo")."""
        readings = self._readings(word)
        return not readings or any(r.get("CLASS") == "sukunimi" for r in readings)

    def known_surname(self, word: str) -> bool:
        """A surname Voikko knows, and only as a surname ("Vuorela"; not "Plus", nor a word it does not know)."""
        readings = self._readings(word)
        return bool(readings) and all(r.get("CLASS") == "sukunimi" for r in readings)

    def is_first_name(self, word: str) -> bool:
        """A first name, a double one too ("Anna-Liisa", a first name and then first names; Voikko reads "Mari" of
        "Sanna-Mari" as a place, Mari on the Euphrates, which a first name before it outweighs)."""
        if "-" in word.strip("-"):
            first, *rest = word.split("-")
            return self.is_first_name(first) and all(self.is_first_name(part) or self.is_place(part) for part in rest)
        return any(r.get("CLASS") == "etunimi" for r in self._readings(word))

    def is_noun(self, word: str) -> bool:
        return any(r.get("CLASS") in PROPER | {"nimisana"} for r in self._readings(word))

    def other_words(self, a: str, b: str) -> bool:
        """Whether Voikko reads two words as forms of different words, for all their likeness ("Koivuniemen" of
        "koivuniemi", "Koivuniementie" of "koivuniementie", a road named after it), or two words it does not know as
        inflected ends of different words ("Rytkyjoen" of "joki", "Rytkyjärven" of "järvi")."""
        lemmas = [{str(r["BASEFORM"]).lower() for r in self._readings(word) if r.get("BASEFORM")} for word in (a, b)]
        if all(lemmas):
            return not lemmas[0] & lemmas[1]
        heads = [self._head_base(word) for word in (a, b) if not self._readings(word)]
        return len(heads) == 2 and all(heads) and heads[0].lower() != heads[1].lower()

    def is_common_noun(self, word: str) -> bool:
        readings = _without_families(self._readings(word))
        return bool(readings) and all(r.get("CLASS") not in PROPER for r in readings)

    def names_in(self, run: tuple[str, ...], initial: bool = True) -> list[tuple[str, ...]]:
        """A run cut where one name ends and the next begins; `initial`: whether its place capitalises its first
        word (a capitalised common noun elsewhere, in the nominative, begins a name: "Kanava Pohjolassa")."""
        parts: list[list[str]] = [[run[0]]]
        for index, word in enumerate(run[1:], start=1):
            named_noun = index == 1 and not initial and NOMINATIVE in self.cases(run[0])
            written = not (index == 1 and initial)  # the word before is capitalised as a name's, not by its place
            parts.append([word]) if self._ends(parts[-1], word, run[index + 1:], named_noun, written) \
                else parts[-1].append(word)
        if len(parts) > 1 and len(parts[-2]) == 1 and is_legal_form(parts[-1][-1]) \
                and GENITIVE in self.cases(parts[-2][0]) and self.is_place(parts[-2][0]):
            parts[-2:] = [parts[-2] + parts[-1]]  # a company's registered name begins with a place's genitive
            # ("Pohjolan Tukkuvirta Oy"), as no other name before a legal form does
        return [tuple(part) for part in parts]

    def _ends(self, part: list[str], word: str, rest: tuple[str, ...], named_noun: bool, written: bool) -> bool:
        """Whether a name ends before the word (`part`: the name's words so far, `rest`: the run's words after the
        word; `named_noun`: the part is a capitalised common noun in the nominative that begins a name; `written`:
        the word before is capitalised where a sentence does not begin). One ends after an inflected legal form,
        and before and after a compound capitalised by its abbreviation."""
        previous = part[-1]
        if len(part) > 1 and is_legal_form(part[1]):  # "Asunto Oy Muuramen Kieloranta": one name to the run's end
            return _inflected_company(part)
        cases = self.cases(previous)
        return self._inflected_before(previous, word, cases) \
            or (not named_noun and self._place_apart(previous, word, written)) \
            or self._place_attribute_follows(word, previous, cases) \
            or self._person_follows(word, previous, cases, rest) \
            or self._place_follows(word, previous, cases, rest) \
            or self._person_ends(part, word) \
            or _inflected_company(part) or any(map(self.abbreviation_compound, (word, previous))) \
            or self._owner_before(part, word) or self._place_before_name(part, word, rest)

    def _place_apart(self, previous: str, word: str, written: bool) -> bool:
        """Whether a place's name after a common noun is a name of its own: not after an adjective in its case that
        the text capitalises as a name's ("Vanhassa Raumassa") or that names a part of the place with it."""
        return self._place_after_noun(word, previous) \
            and not ((written and self.qualifies(previous, word)) or self.district_adjective(previous, word))

    def _inflected_before(self, previous: str, word: str, cases: set) -> bool:
        """Whether the name ends with an inflected word, in a case of neither a name's end nor its part; not an
        adjective in the case of the word after it, which it qualifies within one name ("Ravintola Vanhassa
        Myllyssä": in the restaurant Vanha Mylly, the Old Mill)."""
        inflected = cases - {None}  # a word of no case (Voikko's adverb "infra" of "Kivikoski Infra Oy") ends none
        if not inflected or cases & {NOMINATIVE, GENITIVE} or _CASE_ENDING.search(previous):
            return False
        return not (any("laatusana" in str(r.get("CLASS", "")) for r in self._readings(previous)
                        if r.get("SIJAMUOTO") in inflected) and self.cases(word) & inflected)

    def qualifies(self, adjective: str, word: str) -> bool:
        """Whether a word is an adjective in the next word's own case, a capitalised part of one name with it
        ("Vanhassa Raumassa": in Vanha Rauma, Old Rauma)."""
        cases = {r.get("SIJAMUOTO") for r in self._readings(adjective) if "laatusana" in str(r.get("CLASS", ""))}
        return bool(self.cases(word) & cases - {None})

    def district_adjective(self, adjective: str, place: str) -> bool:
        """Whether an adjective in a place name's case names a part of that place with it even where a sentence's
        start capitalises it ("Vanhaan Raumaan": to Vanha Rauma, Old Rauma): no compass point ("Pohjoisessa
        Suomessa", in northern Finland), no adjective of a place ("Kuopiolaisen Savon…": a company from Kuopio) and
        no question ("Paljonko", how much)."""
        readings = self._readings(adjective)
        return self.is_place(place) and self.qualifies(adjective, place) and not self.demonym(adjective) \
            and not any(str(r.get("BASEFORM", "")) in _COMPASS or str(r.get("BASEFORM", "")).endswith(_OF_PLACE)
                        or r.get("KYSYMYSLIITE") == "true" for r in readings)

    def _owner_before(self, part: list[str], word: str) -> bool:
        """Whether the name so far owns or houses what the word begins to name: a company's genitive before its
        care home's name, a home's name before the place it is in."""
        return self._company_genitive(part, word) or self._inflected_alone(part, word) or self._named_apart(part, word)

    def _place_before_name(self, part: list[str], word: str, rest: tuple[str, ...]) -> bool:
        """Whether a place's genitive stands before a name of two words or more that the text also writes without
        it ("Seinäjoen Lakeuden Keilahalli", as "Lakeuden Keilahallissa" says): the place, then the name (a one-word
        name stays the place's: "Turun Syysmaraton")."""
        if len(part) != 1 or not rest or GENITIVE not in self.cases(part[0]) or not self.is_place(part[0]):
            return False
        middle = re.escape(" ".join((word, *rest[:-1])))
        return any(re.search(rf"(?<!{re.escape(part[0])} )(?<![\w-]){middle} {re.escape(last)}(?![\w:-])", self.text)
                   for last in self._other_forms(rest[-1]) | {rest[-1]})

    def _named_apart(self, part: list[str], word: str) -> bool:
        """Whether a one-word genitive and the word after it name two things, each of which the text also writes
        in another case, and the word without the genitive before it: of one name only the last word inflects
        ("Päijänne-ajon Jokimaan raviradalla", the race Päijänne-ajo at Jokimaa's racecourse, as "Päijänne-ajossa
        Jokimaalla" and "Katsojia Jokimaalla" say)."""
        # a proper name's genitive begins a name ("Turun Syysmaraton", though "Turussa" and "Syysmaratonilla"; a
        # family's company): only a common noun's, capitalised as an event's name is, names a thing of its own
        if len(part) != 1 or GENITIVE not in self.cases(part[0]) or not self.cases(word) \
                or not self.is_common_noun(part[0]):
            return False
        # a form only a sentence's start capitalises ("Lentoasemalla on…", at the airport) names nothing apart
        alone = (rf"(?<![\w-]){re.escape(form)}(?![\w:-])" for form in self._other_forms(word)
                 if self._written_inside(form))
        return bool(self._other_forms(part[0])) and any(self.written_without(pattern, part[0], genitives=True)
                                                        for pattern in alone)

    def _written_inside(self, form: str) -> bool:
        """Whether the text writes a capitalised word once at least where no sentence, line or quote begins."""
        return any(re.search(r"\w[\w,;)]* $", self.text[:match.start()].rpartition("\n")[2])
                   for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", self.text))

    def written_without(self, pattern: str, word: str, genitives: bool = False) -> bool:
        """Whether the text writes what the pattern matches once at least with no form of the word right before it
        (not "Keskisuomalaisesta Liikennelaboratoriosta" beside "Keskisuomalaisen Liikennelaboratorion"); with
        `genitives`, nor another name's genitive ("Järvi-Savon Musiikkiopisto" writes no Musiikkiopisto alone)."""
        lemmas = self._lemmas(word)
        return any(not (before and (self._lemmas(before.group(1)) & lemmas
                                    or genitives and before.group(1)[0].isupper()
                                    and GENITIVE in self.cases(before.group(1))))
                   for match in re.finditer(pattern, self.text)
                   for before in [re.search(r"([\w-]+) $", self.text[:match.start()])])

    def _lemmas(self, word: str) -> set[str]:
        return {word.lower()} | {str(r["BASEFORM"]).lower() for r in self._readings(word) if r.get("BASEFORM")}

    def _other_forms(self, word: str) -> set[str]:
        """The capitalised words of the text (hyphenated ones whole) with the word's base but not its form."""
        base = self.base(word, False)
        return {other for other in re.findall(r"(?<![\w-])[A-ZÅÄÖ][\w-]*", self.text)
                if other != word and other[:3] == word[:3] and self.base(other, False) == base}

    def _inflected_alone(self, part: list[str], word: str) -> bool:
        """Whether a one-word name the text inflects on its own elsewhere ("Pihlajakodissa") is followed by a word
        in a local case, uninflected itself: the word is where it is ("Pihlajakoti Korialla", Pihlajakoti in Koria),
        not the end of one name inflected there ("Teatteri Kajastuksessa")."""
        if len(part) != 1 or not (LOCAL_CASES & self.cases(word) or LOCAL_ENDING.search(word)) \
                or NOMINATIVE not in self.cases(part[0]) or self.plain_noun(part[0]):
            return False  # a plain noun begins the name it heads ("Hotelli Harjunkulmaan", as "Teatteri Kajastus")
        if not any(other != part[0] and other[:1].isupper() and self.base(other, False) == part[0]
                   for other in self.words if other[:3] == part[0][:3]):
            return False
        if not self._readings(word):
            self.districts.add(word)  # a place Voikko does not know ("Korialla"): Koria
        return True

    def plain_noun(self, word: str) -> bool:
        """Whether Voikko reads a word only as a common noun of one part ("Hotelli", "Kahvila"; not "Pihlajakoti"):
        where a sentence does not start with it, it is the head of the name after it."""
        readings = self.morphology.analyses(word)
        return bool(readings) and all(r.get("CLASS") == "nimisana" and str(r.get("WORDBASES", "")).count("+") == 1
                                      for r in readings)

    def spelled_from(self, parts: list[tuple[str, ...]], after: str) -> int | None:
        """The first of a run's names from which the abbreviation right after the run, in parentheses, spells every
        word to its end, or which are the words of such a name met before, inflected otherwise: those names are one
        ("Pielisen Karjalan Elinkeinokeskus (PKE)", then "Pielisen Karjalan Elinkeinokeskuksessa"; not the lake
        Pielinen and Karjalan Elinkeinokeskus); None when neither is so."""
        found = re.match(r" \(([A-ZÅÄÖ]{2,})\)", after)
        for start in range(len(parts) - 1):
            words = [word for part in parts[start:] for word in part]
            key = (*words[:-1], self.base(words[-1], True))
            if key in self.spelled or found is not None and _spells(
                    found.group(1), [word.upper() for word in words if word not in _CONJUNCTIONS]):
                self.spelled.add(key)
                return start
        return None

    def _company_genitive(self, part: list[str], word: str) -> bool:
        """Whether the name so far is the genitive of a company the text names with its legal form elsewhere, and
        the word begins the name of what the company owns ("Hopeahaan Kielorinteen hoivakodissa", Hopeahaka Oy's
        care home Kielorinne)."""
        cases = self.cases(part[-1])
        genitive = GENITIVE in cases or (not cases and part[-1].endswith("n"))  # an unknown word by its ending
        return genitive and not is_legal_form(word) and self.base_name(tuple(part)) in self.companies

    def split_roles(self, parts: list[tuple[str, ...]], before: str) -> list[tuple[str, ...]]:
        """A run's names with a person's job title cut from them: capitalised (in foreign words, mostly) between an
        organisation's genitive and the person's name ("Routakiven CTO Aino Lahti", "yhtiön Head of Sales Aino
        Lahti": her title, glued to neither; Finnish writes nothing else there). Each such title is kept in
        `roles`: a term to declare, wherever the text uses it ("uusi Head of Sales aloittaa"), and no name."""
        kept: list[tuple[str, ...]] = []
        for number, part in enumerate(parts):
            following = parts[number + 1] if number + 1 < len(parts) else ()
            start = self._role_start(part) if len(following) > 1 and self.is_first_name(following[0]) else None
            owner = part[start - 1] if start else kept[-1][-1] if kept else _word_before(before)
            if start is not None and self._genitive(owner):
                self.roles.add(" ".join(part[start:]))
                kept += [part[:start]] if start else []
                part = part[start:]
            kept.append(part)
        return kept

    def _role_start(self, part: tuple[str, ...]) -> int | None:
        """Where a title may begin among a part's last words: after its last genitive or legal form (the owner's
        name's end), not at an English "of"; None if the part ends in one."""
        start = len(part)
        while start > 0 and not self._genitive(part[start - 1]) and not is_legal_form(part[start - 1]):
            start -= 1
        start += part[start:start + 1] in {(joiner,) for joiner in _ENGLISH_JOINERS}
        return start if start < len(part) else None

    def _genitive(self, word: str) -> bool:
        """A genitive: as Voikko reads it, after a colon ("Oyj:n"), or by its ending on a word it does not know
        ("Gamesin", "Lumosin")."""
        return GENITIVE in self.cases(word) or word.endswith(":n") \
            or not self._readings(word) and re.search(r"(?:[aeiouyäö]|[^\W\daeiouyäö]i)n$", word) is not None

    def _only_genitive(self, word: str) -> bool:
        """Whether an unknown word ending in a vowel and "n" is, each of at least two times the text has it (or once,
        before a word for a place), an attribute of the lower-case word after it (no verb: that would make it a
        subject), and the text has no other form of it."""
        forms = set(re.findall(rf"(?<![\w-]){re.escape(word[:-1])}[\w:-]*", self.text))
        if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*[aeiouyäö]n", word) or forms != {word}:
            return False
        after = re.findall(rf"\b{re.escape(word)}\b(?:\s+([^\W\d_]+))?", self.text)
        # once is enough before a word for a village, a place, a station or a direction ("Rimpilän kylässä",
        # "Mäyrälän mittausasemalla", "Julma-Ölkyn suuntaan"), which a place's genitive names
        placed = len(after) == 1 and self._ends_as(after[0], (*TOPOGRAPHIC, "asema", "suunta"))
        return (len(after) >= 2 or placed) \
            and all(a[:1].islower() and (placed or not any(r.get("MOOD") for r in self._readings(a)))
                    for a in after)  # "Tavastilan kautta", not "Tiirikainen sanoo" ("suuntaan" is a verb too)

    def _named_alone(self, word: str, previous: str) -> bool:
        """Whether the text also writes the word capitalised on its own inside a sentence: a name of its own."""
        return any(not found.group(1).endswith(previous)
                   for found in re.finditer(rf"([^\W\d_]+),? {re.escape(word)}\b", self.text)
                   if found.group(1)[0].islower())

    def _person_ends(self, part: list[str], word: str) -> bool:
        """Whether a part is a person's whole name, a first name and a surname: what follows is a name of its own
        ("Hanna Vartiainen Kymijoen seudun liikennekeskuksesta": she, of the transport centre); a surname Voikko
        reads as a common noun too, in the nominative, before a genitive ("Aino Kivikorpi Pohjolan": Pohjola's
        institution follows her name), an abbreviation ("Hanna-Maija Rintamäki LMT:stä": of LMT) or a plain noun,
        which heads the name after it ("Henna Ruotsalainen Paahtimo Routasalosta": of the roastery)."""
        if len(part) < 2 or not self.is_first_name(part[-2]):
            return False
        cases = self.cases(part[-1])
        return self.is_surname(part[-1]) or (_CAPITALS.fullmatch(word) is not None and not is_legal_form(word)) \
            or (NOMINATIVE in cases and GENITIVE not in cases and not is_legal_form(word)
                and (GENITIVE in self.cases(word) or self.plain_noun(word)))

    def _place_follows(self, word: str, previous: str, cases: set, rest: tuple[str, ...]) -> bool:
        """_district_follows, keeping the word it reads as a place: its base is no family's plural."""
        found = self._district_follows(word, previous, cases, rest)
        if found:
            self.placed.add(word)
        return found

    def _district_follows(self, word: str, previous: str, cases: set, rest: tuple[str, ...]) -> bool:
        """Whether a place of its own follows a place's genitive (a place name's, or a common noun's that is one,
        "Vuorilahden"): a place name, or a word Voikko does not know, in a local case ("Lahden Mukkulassa": in
        Mukkula, in Lahti), or a common noun that is a place name ("Vuorilahden Koivuniemi"). Another common noun
        there names an institution ("Suomen Pankissa")."""
        if not self._place_genitive(previous, cases) or self._company_after(previous, word):
            return False
        if self._named_alone(word, previous) and not self._plural_noun(word):
            return True  # "Mikkelin Kaarnarock" when the text also says "että Kaarnarock"; not a team, "Porin Ilvekset"
        if rest and self.is_place(word) and GENITIVE in self.cases(word):
            return True  # a place's genitive begins a name in another place: "Lepolan Ahon Kentällä", Ahon Kenttä
        if self._readings(word):  # a place, in a local case; or a place name made of a common noun, in any
            return self.is_place(word) and bool(self.cases(word) & LOCAL_CASES) or self.topographic(word) \
                or self._names_an_area(word) or self._village_at(word)
        if LOCAL_ENDING.search(word):
            self.districts.add(word)
            return True
        return self._head_base(word).lower().endswith(TOPOGRAPHIC)  # an unknown place's genitive, by its end
        # ("Iisalmen Rytkynkankaan": Rytkynkangas, in Iisalmi)

    def _place_genitive(self, word: str, cases: set) -> bool:
        """Whether a word in those cases is a place's genitive, or a common noun's that is a place name's."""
        return GENITIVE in cases and (self.is_place(word) or self.topographic(word))

    def _company_after(self, previous: str, word: str) -> bool:
        """Whether the text writes the word's stem after the same genitive as a company's name, before its legal form
        ("Lohjan Omenapuristamolla" beside "Lohjan Omenapuristamo Oy:n": the company, no district of Lohja), or a
        word of the same base there ("Savon Jäätelötehtaalla" beside "Savon Jäätelötehdas Oy:n")."""
        stem = re.escape(LOCAL_ENDING.sub("", word))
        forms = "|".join(re.escape(form) for form in COMPANY_FORMS)
        if re.search(rf"(?<![\w-]){re.escape(previous)} {stem}\w* (?:{forms})(?![\w-])", self.text):
            return True
        lemmas = self._lemmas(word) - {word.lower()}
        return any(owner == previous and bool(self._lemmas(noun) & lemmas)
                   for *_, owner, noun in (company.split(" ") for company in self.companies if " " in company))

    def _village_at(self, word: str) -> bool:
        """Whether a compound common noun after a place's genitive, in the adessive, names a village or a district
        of it ("Liperin Ylämyllyllä": at Ylämylly, in Liperi), as a place made of a common noun takes that case, or
        in any case one whose head is a word for an area ("Mikkelin Pursialaan": to Pursiala, in Mikkeli); not an
        institution ("Tampereen Ammattikorkeakoululla") nor a possessor ("Koivuvaaran Lentokerholla on")."""
        readings = self._readings(word)
        area = bool(readings) and all(_head(str(r.get("WORDBASES", ""))) in _AREA_HEADS for r in readings)
        if not (self.cases(word) & {"ulkoolento"} or area) or self.is_institution(word) or re.search(
                rf"(?<![\w-]){re.escape(word)},? (?:on|oli|olisi|ei|ovat|olivat)\b", self.text):
            return False  # "Lentokerholla on": the club has, its possessor
        return all(r.get("CLASS") == "nimisana" and str(r.get("WORDBASES", "")).count("+") > 1 for r in readings)

    def _names_an_area(self, word: str) -> bool:
        """Whether a genitive after a place's names an area in it, as the lower-case noun for one after it says
        ("Suonenjoen Raution teollisuusalueella": on the Rautio industrial area, in Suonenjoki; "Rautio" is a
        surname too); a bare "alue" after it is its owner's area ("Itä-Kainuun Sähköverkon alueella": the grid
        company's area)."""
        return GENITIVE in self.cases(word) and re.search(
            rf"(?<![\w-]){re.escape(word)} [a-zåäö]+alue", self.text) is not None

    def _place_attribute_follows(self, word: str, previous: str, cases: set) -> bool:
        """Whether a place made of a common noun, in the genitive, follows a common noun's genitive: it begins a name
        of its own, the place its attribute ("Harjulan Puutarhapalvelun Mäntyniemen Soutuseuralle": the firm's,
        for the rowing club of Mäntyniemi); a place's genitive before it is _district_follows'."""
        return GENITIVE in cases and GENITIVE in self.cases(word) and self.topographic(word) \
            and self.is_common_noun(previous) and not self.topographic(previous)

    def topographic(self, word: str) -> bool:
        """A common noun for a place ("Koivuniemi", a birch cape; "Keskuskenttä", a central field; "Myllykatu", a
        mill street), by how its lemma ends; one that is also a surname too ("Lehtovaara": a grove hill, and a family
        named after one)."""
        readings = [r for r in self._readings(word) if r.get("CLASS") != "sukunimi"]
        return bool(readings) and all(r.get("CLASS") not in PROPER for r in readings) \
            and (self._ends_as(word, TOPOGRAPHIC)
                 or any(_compound_of(str(r.get("BASEFORM", "")).lower(), PLACE_HEADS) for r in readings))

    def _person_follows(self, word: str, previous: str, cases: set, rest: tuple[str, ...]) -> bool:
        """Whether a first name starts a person's name here: after a word that is no first name or initial, and,
        after a genitive, only when a surname ends the run ("Kajaanin Hiihtoseuran Veera Honkala": the club's
        skier); not before a word for an organisation, whose name it begins ("Höyrylaiva Elviiran
        Kannatusyhdistys", the steamboat Elviira's support association)."""
        if not self.is_first_name(word) or self.is_first_name(previous) or _is_initial(previous) \
                or (rest and self.is_body(rest[0])):
            return False
        return GENITIVE not in cases or (len(rest) == 1 and rest[0][:1].isupper())

    def base(self, word: str, last_of_several: bool) -> str:
        """A word in its base form, its capitals kept ("Oy:n" -> "Oy", "Kajastuksen" -> "Kajastus", "Niskasen" ->
        "Niskanen"). A foreign word Voikko does not know loses a Finnish case ending only as the last of several
        ("Selkämeri Capitalin"), and not when the text has it with an ending of its own ("Sarlin", "Sarlinin"):
        alone it may be a name that ends so ("Berlin")."""
        if _CASE_ENDING.search(word):
            return _CASE_ENDING.sub("", word)
        if mixed_case := self._mixed_case_base(word):
            return mixed_case
        readings = self.morphology.analyses(word)
        if word[:1].islower():  # an institution's noun ("poliisilaitoksen"): its name readings are none
            readings = [r for r in readings if r.get("CLASS") not in PROPER]
        proper = [r for r in _without_families(readings) if r.get("CLASS") in PROPER and r.get("BASEFORM")]
        if word.isupper() and len(word) > 3 and _capitals_base(readings):  # a dateline's "KUOPIO" is Kuopio
            return _capitals_base(readings)
        if not readings:
            return self._hyphenated_base(word) or self._unknown_base(word, last_of_several)
        return self._inflected_base(word, readings, proper, last_of_several)

    def _hyphenated_base(self, word: str) -> str:
        """A hyphenated name Voikko does not know, by its last part if it knows that, the part before the hyphen
        capitalised and as written ("Oriveden Pallo-Karhujen": Pallo-Karhut, as "Karhujen" is of "Karhut";
        "Keurusselkä-kisoihin": Keurusselkä-kisat); "" if not."""
        first, hyphen, last = word.rpartition("-")
        if not hyphen or not first[:1].isupper() or not self.morphology.analyses(last):
            return ""
        base = self.base(last, True)  # its last part ends a name of two parts: a plural stays one
        return first if base == "niminen" else f"{first}-{base}"  # "Ruisrekka-nimisestä": (the one) named Ruisrekka

    def _mixed_case_base(self, word: str) -> str:
        """An abbreviation or a brand in mixed case, inflected without a colon or not, as the text writes it without
        an ending ("PiPon" of "PiPo"; Voikko would read "pipo", and "KuKu" as a form of "kukkua"; "StreamCrestissä"
        of "StreamCrest-palvelu"), "" for any other word. An ending is at most four letters ("-issä")."""
        forms = [other for other in self.words if word.startswith(other) and len(word) - len(other) <= 4
                 and _MIXED_CASE.fullmatch(other)] if _MIXED_CASE.fullmatch(word) else []
        return min(forms, key=len) if forms else ""

    def _inflected_base(self, word: str, readings: list[dict], proper: list[dict], last_of_several: bool) -> str:
        """The base form of a word Voikko knows, not written in capitals."""
        readings, proper = self._likeliest_first(word, readings), self._likeliest_first(word, proper)
        reading = _base_reading(readings, proper)
        if _plural_name(word, reading, readings, proper, last_of_several) or self._plural_proper(reading, proper):
            return _capitals_of(word, self._nominative_plural(str(reading["BASEFORM"])) or word.lower())
        # a lone word the text has only in plural cases other than the nominative is a place whose name
        # inflects in the plural ("Inkeroisten", "Inkeroisissa": Inkeroinen), not a plural name
        return _known_base(word, readings, proper, singular=not last_of_several and self._never_nominative(reading))

    def _plural_proper(self, reading: dict | None, proper: list[dict]) -> bool:
        """Whether a proper name is said in the plural as a name of its own: a place whose name is plural
        ("Filippiineiltä": Filippiinit, as Voikko gives its singular) or a family ("Kärkkäisiä": Kärkkäiset), every
        reading a surname's."""
        if reading is None or reading not in proper or reading.get("NUMBER") != "plural":
            return False
        if all(r.get("CLASS") == "sukunimi" for r in proper):  # a family, but not after a place's genitive: a
            return not self._placed_lemma(reading)  # village named as a surname inflects in the plural
            # ("Lopen Launosten": Launonen, in Loppi)
        return not str(reading.get("BASEFORM", "")).endswith("nen") and self._never_singular(reading)

    def _placed_lemma(self, reading: dict) -> bool:
        """Whether the reading's lemma is of a word the text names as a place after a place's genitive."""
        return any(r.get("BASEFORM") == reading.get("BASEFORM") for word in self.placed
                   for r in self.morphology.analyses(word))

    def _likeliest_first(self, word: str, readings: list[dict]) -> list[dict]:
        """Readings with the base form the text's other forms share first ("Päivystysavun" beside "Päivystysapuun":
        päivystysapu, not päivystysavu), then the one nearest the word ("Pitkäsalon" beside "Pitkäsalossa":
        pitkäsalo, not pitkäsalko)."""
        if len({str(r.get("BASEFORM", "")).lower() for r in readings}) < 2:
            return readings
        others = [r for other in self.words if other != word and other[:1].isupper()
                  and other.lower()[:3] == word.lower()[:3] for r in self.morphology.analyses(other)]

        def likelihood(reading: dict) -> tuple[int, bool, int]:
            base = str(reading.get("BASEFORM", "")).lower()
            shared = sum(1 for other in others if str(other.get("BASEFORM", "")).lower() == base)
            # a name of no kind Voikko writes as the form itself is less likely than a known name inflected
            # ("Kurikassa": in Kurikka, a town, not a "Kurikassa" of Voikko's other names)
            inflected = not (reading.get("CLASS") == "nimi" and base == word.lower())
            return shared, inflected, _nearness(base, word)
        return sorted(readings, key=likelihood, reverse=True)

    def _never_singular(self, reading: dict) -> bool:
        """Whether the text writes a proper name's lemma only in plural forms."""
        lemma = str(reading.get("BASEFORM", ""))
        found = [r for word in self.words if word[:1].isupper() and word.startswith(lemma[:3])
                 for r in self.morphology.analyses(word) if r.get("BASEFORM") == lemma]
        return bool(found) and all(r.get("NUMBER") == "plural" for r in found)

    def _nominative_plural(self, lemma: str) -> str:
        """A noun's nominative plural, generated and tested: Voikko analyses but does not inflect, so each likely
        form (the stem in either consonant grade, plus "t") is asked whether it is that ("talvihiihto" ->
        "talvihiihdot", "urheilija" -> "urheilijat"); "" when none is."""
        for candidate in _plural_candidates(lemma):
            readings = self.morphology.analyses(candidate)
            if any(r.get("SIJAMUOTO") == NOMINATIVE and r.get("NUMBER") == "plural"
                   and str(r.get("BASEFORM", "")).lower() == lemma.lower() for r in readings):
                return candidate
        return ""

    def _never_nominative(self, reading: dict | None) -> bool:
        """Whether the text never writes the reading's lemma in its nominative plural (a plural title would be)."""
        if reading is None:
            return False
        lemma = str(reading.get("BASEFORM", "")).lower()
        return not any(r.get("SIJAMUOTO") == NOMINATIVE and r.get("NUMBER") == "plural"
                       and str(r.get("BASEFORM", "")).lower() == lemma
                       for other in self.words if other[:1].isupper() and other.lower()[:3] == lemma[:3]
                       for r in self.morphology.analyses(other))

    def _unknown_base(self, word: str, last_of_several: bool) -> str:
        """A word Voikko does not know: a place in a local case after a place's genitive loses its ending
        ("Mukkulassa"); one the text writes only as a genitive before a lower-case word ("Tavastilan kautta",
        "Tavastilan koulun") loses its "n"; any other is read as a foreign word."""
        if word in self.districts:
            return LOCAL_ENDING.sub("", word)
        if known := self._known_illative(word):
            return known
        if self._nen_plural(word):
            return _NEN_PLURAL.sub("inen", word)
        if self._coordinated_local(word):
            return LOCAL_ENDING.sub("", word)
        if self._written_bare(word):
            return _FOREIGN_ENDING.sub("", word)  # "Kapitalin" beside "Kapital AB": Kapital, not "Kapitali"
        if _VOWEL_GENITIVE.search(word) and (head := self._head_base(word)):
            return head  # a genitive whose end Voikko knows ("Rytkyjoen": Rytkyjoki, not "Rytkyjoe")
        if self._only_genitive(word):
            return _WEAK_AFTER_LIQUID.sub(r"\1\1\2", word[:-1])  # "Julma-Ölkyn": Julma-Ölkky
        if self._genitive_of_named(word) or self._surname_genitive(word):
            return word[:-1]
        if self._region_genitive(word):
            return word[:-2]
        head = self._head_base(word)
        if head.lower().endswith(TOPOGRAPHIC):  # "Sääksmäellä", "Sääksmäelle": Sääksmäki, not the stem "Sääksmäe"
            return head
        return self._stem_of_cases(word) or head or self._foreign_base(word, last_of_several)

    def _known_illative(self, word: str) -> str:
        """The proper name an unknown word is the illative of, where Voikko knows the name but not that form
        ("Laukaaseen": Laukaa); "" if none."""
        stem = _LONG_ILLATIVE.sub("", word)
        names = [r for r in self.morphology.analyses(stem) if r.get("CLASS") in PROPER
                 and r.get("SIJAMUOTO") == NOMINATIVE and r.get("BASEFORM")] if stem != word else []
        return str(names[0]["BASEFORM"]) if names else ""

    def _region_genitive(self, word: str) -> bool:
        """Whether a foreign word ending in a consonant and "in" is a genitive before a word for the region it names
        ("Chaiyaphumin maakunnasta": the province of Chaiyaphum), every time the text has it."""
        after = re.findall(rf"(?<![\w-]){re.escape(word)} ([a-zåäö]+)", self.text)
        return bool(_FOREIGN_ENDING.search(word)) and word.endswith("in") and bool(after) \
            and len(after) == len(re.findall(rf"(?<![\w-]){re.escape(word)}\b", self.text)) \
            and all(any(str(r.get("BASEFORM", "")).lower() in _REGIONS for r in self._readings(a)) for a in after)

    def _head_base(self, word: str) -> str:
        """An unknown place name in a local case or the genitive whose end is a common noun Voikko knows, inflected
        ("Paltaniemellä": niemellä, niemi -> Paltaniemi; "Rytkyjoen": joen, joki -> Rytkyjoki); "" if none is. Only
        an ending after a vowel: after a consonant it is as often a foreign name's ("Põldsaarin" is no "aari")."""
        genitive = _VOWEL_GENITIVE.search(word) is not None
        if not (LOCAL_ENDING.search(word) or genitive):
            return ""
        cases = {GENITIVE} if genitive else LOCAL_CASES
        # the longest end Voikko knows, at least three letters after others; a genitive's of four letters or more
        for start in range(3, len(word) - (3 if genitive else 5)):
            end = word[start:].lower()
            readings = self.morphology.analyses(end)
            if not readings:
                continue
            if _FOREIGN_ENDING.search(word) and not self.morphology.analyses(word[:start]):
                return ""  # "Põldsaarin", "Victorin": a foreign name's; "Pekkatorin" begins with a word Voikko knows
            nouns = [str(r["BASEFORM"]).lower() for r in readings if r.get("CLASS") == "nimisana"
                     and r.get("SIJAMUOTO") in cases and r.get("NUMBER") == "singular" and r.get("BASEFORM")]
            # only that end: "Kiekko-Saukoilla" ends in a plural ("saukoilla"), not in "koilla"; of two nouns, the
            # one nearest the form ("salon": salo, not salko); none, a plural's ("Uistinveikkojen": Uistinveikot)
            return word[:start] + max(nouns, key=lambda noun: _nearness(noun, end)) if nouns \
                else self._plural_head(word[:start], readings, cases)
        return ""

    def _plural_head(self, start: str, readings: list[dict], cases: set) -> str:
        """A compound's plural end in its nominative plural, a first name's too, which a plural makes a common noun
        ("Uistinveikkojen": Uistinveikot, "veikko" a fellow); "" if it has none."""
        plurals = [self._nominative_plural(str(r["BASEFORM"]).lower()) for r in readings
                   if r.get("CLASS") in ("nimisana", "etunimi") and r.get("SIJAMUOTO") in cases
                   and r.get("NUMBER") == "plural" and r.get("BASEFORM")]
        plural = next((plural for plural in plurals if plural), "")
        return start + plural if plural else ""

    def _stem_of_cases(self, word: str) -> str:
        """The vowel-ending stem of an unknown word the text writes in two cases with it, its genitive and a local
        case ("Vaskelon" and "Vaskelosta": Vaskelo), or two local cases; "" if it does not. A consonant before an
        "i" of the ending is a foreign name's ("Sarlinin", "Sarlinissa": Sarlin), left to _foreign_base."""
        if _FOREIGN_ENDING.search(word) and not _WEAK_STOP_FORM.match(word):
            return ""
        if _STRONG_ILLATIVE.fullmatch(word):  # "Palokkaan": the stem the genitive "Palokan" has
            stem = _STRONG_ILLATIVE.sub(r"\1\2\3", word)
        else:
            stem = word[:-1] if re.fullmatch(r"[^\W\d_]+[aeiouyäö]n", word) else LOCAL_ENDING.sub("", word)
        if stem == word:
            return ""
        forms = set(re.findall(rf"(?<![\w-]){re.escape(stem[:-1])}[\w:-]*", self.text))
        # a weak-grade stem's strong grade, as its illative writes it ("Palokan", "Palokkaan": Palokka)
        strong = _WEAK_STEM.sub(lambda found: found.group(1) * 2 + found.group(2), stem)
        strong_forms = {form for form in forms if strong != stem and form in (strong, strong + stem[-1] + "n")}
        forms -= strong_forms
        endings = {form[len(stem):] for form in forms if form.startswith(stem)}
        # every form with the stem ("Vaskelon", "Vaskelosta"; not "Koivukoski" beside "Koivukosken", "Koivukoskella")
        if len(endings) < 2 - len(strong_forms) or len(endings) != len(forms) or not endings <= _CASES:
            return ""
        if strong_forms:
            return strong
        return _WEAK_STOP.sub(lambda found: found.group(1) + found.group(2) * 2 + found.group(3), stem)

    def _coordinated_local(self, word: str) -> bool:
        """Whether an unknown word in a local case after a vowel is, each time the text has it, coordinated with a
        capitalised word in the same case ending ("Manilassa ja Cebussa": Cebu), as places listed together are."""
        ending = LOCAL_ENDING.search(word)
        if ending is None or _FOREIGN_ENDING.search(word):
            return False
        pattern = rf"(?<![\w-])(?:([A-ZÅÄÖ]\w*{ending.group()}),? (?:ja|sekä|tai) {re.escape(word)}" \
                  rf"|{re.escape(word)},? (?:ja|sekä|tai) ([A-ZÅÄÖ]\w*{ending.group()}))(?![\w-])"
        return len(re.findall(pattern, self.text)) == len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])",
                                                                     self.text)) > 0

    def _nen_plural(self, word: str) -> bool:
        """Whether an unknown word is a place whose name ends in "-inen" and inflects in the plural, by two of its
        plural cases in the text ("Pärnäisistä", "Pärnäisten": Pärnäinen), as Voikko reads the places it knows."""
        stem = _NEN_PLURAL.sub("", word)
        if stem == word:
            return False
        return len({form for form in re.findall(rf"(?<![\w-]){re.escape(stem)}\w+", self.text)
                    if _NEN_PLURAL.sub("", form) == stem}) >= 2

    def _surname_genitive(self, word: str) -> bool:
        """Whether an unknown word ending in a vowel and "n" is, each time the text has it, a person's surname
        after a first name and before a postposition that takes the genitive ("Tarja Hirvonsalon mukaan"); not one
        with a consonant before "in" (a foreign name's genitive, "Meijerin")."""
        if not re.fullmatch(r"[^\W\d_]+[aeiouyäö]n", word) or _FOREIGN_ENDING.search(word):
            return False
        places = re.findall(rf"(?<![\w-])([^\W\d_]+) {re.escape(word)}(?![\w:-])(?: ([a-zåäö]+))?", self.text)
        return len(places) == len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w:-])", self.text)) > 0 \
            and all(after in _GENITIVE_POSTPOSITIONS and any(r.get("CLASS") == "etunimi" for r in self._readings(first))
                    for first, after in places)

    def _written_bare(self, word: str) -> bool:
        """Whether an unknown word is a consonant-final foreign name with a case ending that the text also writes
        without it, capitalised ("Nordvik Kapitalin" beside "Nordvik Kapital AB:n")."""
        stripped = _FOREIGN_ENDING.sub("", word)
        return stripped != word and re.search(rf"(?<![\w-]){re.escape(stripped)}(?![\w:-])", self.text) is not None

    def _genitive_of_named(self, word: str) -> bool:
        """Whether an unknown word is a vowel-ending name's genitive whose base the text also writes on its own,
        capitalised ("Senja Oraviston" when the text says "Oravisto itse")."""
        return bool(re.fullmatch(r"[^\W\d_]+[aeiouyäö]n", word)) \
            and re.search(rf"(?<![\w-]){re.escape(word[:-1])}(?![\w:-])", self.text) is not None

    def _foreign_base(self, word: str, last_of_several: bool) -> str:
        """A word Voikko does not know: "Capitalin" is Capital, "Playlle" Play; "Sarlin" is Sarlin when the text
        also says "Sarlinin"."""
        stripped = _FOREIGN_ENDING.sub("", word)
        if stripped == word:  # a vowel-final foreign word takes the ending as it is: "Playlle" is Play
            stripped = _AS_STEM.sub(lambda found: found.group(1)[0] + found.group(2) + "s", LOCAL_ENDING.sub("", word))
        extended = any(other.startswith(word) and other != word for other in self.words)
        alone = bool(_ROUND_VOWEL_LOCAL.search(word))  # "Vermossa": Vermo, as "Chicagossa" is Chicago
        return stripped if (last_of_several or alone) and len(word) > 5 and not extended else word

    def institution(self, last: str, after: str, named: bool = True) -> str:
        """The common noun that ends an institution's name after its genitive ("Koivurinteen" and " koulun
        rehtori" -> "koulun"), "" if none does. A word for an organisation ends one after a common noun's genitive
        that only the name capitalises (`named`: not a sentence's first word): "Kirjansitojien liitto", the
        bookbinders' union ("liitto" alone is also an alliance, "Suomen ja Ruotsin liitto")."""
        following = re.match(r" ([a-zåäö]+(?:-[a-zåäö]+)*)(?: ([a-zåäö]+(?:-[a-zåäö]+)*))?\b", after)
        cases = self.cases(last)
        # a name Voikko does not know ("Näsikallion taidemuseo") is read as a genitive by its ending
        if following is None or GENITIVE not in cases and (cases or not last.endswith("n")):
            return ""
        first, second = following.groups()
        # one genitive between: "Kymijoen seudun liikennekeskus", the region's transport centre; "Karhunsalmen
        # koulun vanhempainyhdistys", the school's parents' association; not an adjective's, which describes the
        # institution ("Visuveden vanhan kansakoulun", the old school of Visuvesi)
        if second and GENITIVE in self.cases(first) and self.is_common_noun(first) and not self.plain_adjective(first) \
                and self.is_institution(second):
            return f"{first} {second}"
        if self.is_institution(first) or (named and self.is_common_noun(last) and self.is_body(first)):
            return first
        return ""

    def plain_adjective(self, word: str) -> bool:
        """Whether Voikko reads a word as an adjective of no derivation by one reading at least ("vanhan", old;
        "uuden", new), which describes what it qualifies; a derived one classifies it ("yliopistollisen", of a
        university: "Vuoksenlaakson yliopistollinen sairaala" is a name)."""
        return any("laatusana" in str(r.get("CLASS", "")) and "(+" not in str(r.get("WORDBASES", ""))
                   for r in self._readings(word))

    def is_institution(self, word: str) -> bool:
        """Whether a common noun names an institution of one kind, in the singular ("koulun", "väestötietoviraston")
        or as a plural head ("Puutarhurit")."""
        readings = [r for r in self.morphology.analyses(word) if r.get("CLASS") not in PROPER
                    # nor a main one ("Rantakosken pääkirjasto": the town's main library, the town the name)
                    and not str(r.get("BASEFORM", "")).lower().startswith("pää")]
        # one institution, in the singular: "Mäntyrannan kouluissa" is in the town's schools, no name
        bodies = INSTITUTIONS | COMPOUND_HEADS
        return any(r.get("NUMBER") != "plural" and (str(r.get("BASEFORM", "")).lower() in INSTITUTIONS
                                                   or _head(str(r.get("WORDBASES", ""))) in bodies
                                                   or _compound_of(str(r.get("BASEFORM", "")).lower(), bodies))
                   or r.get("NUMBER") == "plural" and str(r.get("BASEFORM", "")).lower().endswith(tuple(PLURAL_HEADS))
                   for r in readings)

    def base_name(self, words: tuple[str, ...]) -> str:
        """A name's base form: its last word in its base form, the words before it as written but an adjective
        inflected with it ("Uuden Suomen" -> "Uusi Suomi", "Itäsuomalaisen Energiainstituutin" -> "Itäsuomalainen
        Energiainstituutti")."""
        if " ".join(words) in self.titles:
            return " ".join(words)
        words = tuple(word for word in words if not _NICKNAME.fullmatch(word))  # "Joonas ”Vaski” Heikkilä"
        cases = self.cases(words[-1]) - {NOMINATIVE, None}
        based = [self.base(words[-1], len(words) > 1)]
        # an adjective agrees with the last word only through adjectives ("Arktisen porotalouden tutkimuslaitoksen"
        # keeps "Arktisen", which says "porotalouden"), and not where the text writes it so before the last word's
        # base form ("Pohjoisen Kultamalmi Oy" beside "Pohjoisen Kultamalmin": a genitive frozen in the name)
        agreeing = based[0] == words[-1] or not re.search(
            r"(?<![\w-])" + re.escape(" ".join((*words[:-1], based[0]))) + r"(?![\w-])", self.text)
        for word in reversed(words[:-1]):
            base = self._agreeing_base(word, cases) if agreeing else word
            agreeing = agreeing and base != word
            based.insert(0, base)
        return " ".join(based)

    def _agreeing_base(self, word: str, cases: set) -> str:
        """An adjective's or an ordinal's base form, where it is in the last word's case ("Kolmannen Kerroksen" ->
        "Kolmas Kerros"; a cardinal takes no case of its head: "Kolme Kerrosta")."""
        readings = [r for r in self._readings(word) if r.get("SIJAMUOTO") in cases and r.get("BASEFORM")
                    and ("laatusana" in str(r.get("CLASS", "")) or _ordinal(r))]
        return _capitals_of(word, readings[0]["BASEFORM"]) if readings else word


# Lower-case words after a run and an abbreviation in parentheses after them ("…ja vesien neuvoston (MVN)")
_EXPLAINED = re.compile(r"((?: [a-zåäö]+-?){1,6}) \(([A-ZÅÄÖ]{2,})\)")
_CONJUNCTIONS = frozenset({"ja", "sekä"})
_ABBREVIATION = re.compile(r"[A-ZÅÄÖ]{2,}")


def explained_name(words: tuple[str, ...], after: str) -> tuple[str, ...]:
    """The lower-case words that end a name whose abbreviation the text explains right after it, in parentheses,
    spelt by the initials of the name's words but a conjunction ("Metsien ja vesien neuvoston (MVN)": a name, even
    at a sentence's start, whatever its words); () when no abbreviation follows or it does not spell the words."""
    found = _EXPLAINED.match(after)
    if found is None:
        return ()
    tail = tuple(found.group(1).split())
    for start in range(len(words)):  # the name begins at the run's first word or a later one
        if _spells(found.group(2), [word.upper() for word in (*words[start:], *tail) if word not in _CONJUNCTIONS]):
            return tail
    return ()


def abbreviates_common_noun(abbreviation: str, text: str) -> bool:
    """Whether the text first explains an abbreviation by the words before it ("nesteytetty biokaasu eli LBG",
    "Käyttökate (EBITDA)", "Savontien keskimääräinen vuorokausiliikenne (KVL)") and it begins at none of their
    capitals, as a name's does ("Selkämeren hyvinvointialueen (SHVA)"): a common noun's, a term. (An English name's
    abbreviation of a Finnish name written in lower case, "Maailman terveysjärjestö (WHO)", reads as one too.)"""
    if not _ABBREVIATION.fullmatch(abbreviation):
        return False
    found = re.search(rf"((?:\S+ ){{1,6}})(?:eli |\(){abbreviation}(?![\w-])", text)
    if found is None:
        return False
    words = re.split(r"[.!?:;]\s", found.group(1))[-1].split()  # the sentence's words only
    # a name's compound with a space before its hyphen ("Verkkojen Eurooppa -välineestä (CEF)") is a name's
    return bool(words) and not any(word[:1] in (abbreviation[0], "-") for word in words)


def _spells(abbreviation: str, words: list[str]) -> bool:
    """Whether an abbreviation is the words' initials, each word giving one letter or the first two or three
    ("SALY": Saaristomeren liikenne- ja ympäristökeskus) or its first and a later part's ("PVYK": Pohjanrannikon
    vesitalous- ja ympäristökeskus), the last word, the name's kind, none if the others spell it ("NUDA": Nuoruuden
    ja digitaalisen arjen tutkimuslaitos)."""
    if not words or (not abbreviation and len(words) == 1):
        return not abbreviation
    # a word's first letters, or its first letter and a later part's ("YK": ympäristökeskus, a compound's head)
    starts = {words[0][:size] for size in range(1, min(3, len(words[0])) + 1)}
    starts |= {words[0][0] + letter for letter in set(words[0][3:])}
    return any(abbreviation.startswith(start) and _spells(abbreviation[len(start):], words[1:]) for start in starts)


def _without_families(readings: list[dict]) -> list[dict]:
    """Readings but a surname's in the plural beside a common noun's ("Ilvekset": lynxes, not the Ilves family), as
    explainer.finnish.Morphology.is_common counts them: a capitalised plural is a team's or a group's name far more
    often than a family's."""
    if all(r.get("CLASS") in PROPER for r in readings):
        return readings
    return [r for r in readings if not (r.get("CLASS") == "sukunimi" and r.get("NUMBER") == "plural")]


def _compound_of(lemma: str, heads: frozenset[str]) -> bool:
    """Whether a lemma is a compound that ends in one of the heads ("urheiluhalli", "asukasyhdistys"), not the head
    alone ("halli": "Kivelän sahan hallissa" is in the sawmill's hall, no institution's name)."""
    return any(lemma.endswith(head) and len(lemma) > len(head) for head in heads)


def _head(wordbases: str) -> str:
    """A compound's last part as a lemma ("+käräjä(käräjä)+oikeus(oikeus)" -> "oikeus"), a derivational suffix
    ("+us") not counted; "" for a word of one part."""
    parts = [base for _, base in compound_parts(wordbases) if base and not base.startswith("+")]
    return parts[-1].lower() if len(parts) > 1 else ""


def _inflected_company(part: list[str]) -> bool:
    """Whether a name ends in an inflected legal form: it ends there ("Routakivi Oyj:n Head of Sales"), for only a
    name's last word inflects (uninflected, a legal form may begin a name: "Asunto Oy Kuusikko")."""
    return len(part) > 1 and is_legal_form(part[-1]) and _CASE_ENDING.search(part[-1]) is not None


def _word_before(text: str) -> str:
    """The word a text ends with, a space after it ("yhtiön " -> "yhtiön"); "" after punctuation."""
    found = re.search(r"([^\W\d_]+) $", text)
    return found.group(1) if found else ""


_CAPITALS = re.compile(r"[A-ZÅÄÖ]{2,}(?::\w+)?")  # an abbreviation, with or without a case ending ("LMT:stä")


def _ordinal(reading: dict) -> bool:
    """Whether Voikko's reading is of an ordinal ("kolmas", "toinen", "ensimmäinen"): a numeral whose base form ends
    as only ordinals' do (no cardinal's: "kolme", "kymmenen")."""
    return reading.get("CLASS") == "lukusana" and str(reading.get("BASEFORM", "")).endswith(("s", "inen"))


def _is_initial(word: str) -> bool:
    return len(word) <= 2 and word.isupper()  # "J." has lost its dot to the run; "K" an initial


# Finnish consonant gradation, strong grade -> weak, of the consonants before a stem's last vowel
_GRADATION = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("nt", "nn"), ("lt", "ll"),
              ("rt", "rr"), ("ht", "hd"), ("k", ""), ("p", "v"), ("t", "d"))
_STEM_END = re.compile(r"([^aeiouyäöå]+)([aeiouyäöå]+)$")


def _plural_name(word: str, reading: dict | None, readings: list[dict], proper: list[dict],
                 last_of_several: bool) -> bool:
    """Whether a common noun in a plural case ends a plural name ("Ontojoen Urheilijoiden", "Sysmänselkä-kisoissa"),
    whose base form is its nominative plural."""
    return reading is not None and reading.get("NUMBER") == "plural" and not proper \
        and (last_of_several or "-" in word) and not any(r.get("SIJAMUOTO") == NOMINATIVE for r in readings)


def _plural_candidates(lemma: str) -> list[str]:
    """Forms a noun's nominative plural may take: lemma + t, the stem's weak grade + t, -nen -> -set, -e -> -eet,
    -s -> a long vowel + t or -het (each asked of Voikko)."""
    found = [lemma + "t"]
    end = _STEM_END.search(lemma)
    if end:
        consonants, vowels = end.groups()
        for strong, weak in _GRADATION:
            if consonants.endswith(strong):
                found.append(lemma[:end.start()] + consonants[:-len(strong)] + weak + vowels + "t")
                break
    if lemma.endswith("nen"):
        found.append(lemma[:-3] + "set")
    if lemma.endswith("e"):
        found.append(lemma + "et")
    if lemma.endswith("s"):  # "vieras" -> "vieraat", "kirves" -> "kirveet", "kalamies" -> "kalamiehet"
        found += [lemma[:-1] + lemma[-2] + "t", lemma[:-1] + "het"]
    return found


def _capitals_base(readings: list[dict]) -> str:
    """The base form of a word written in capitals: its name reading's ("KUOPIO"), else its noun reading's,
    capitalised ("KAISLAJÄRVI", a place Voikko reads as a noun); "" if it has neither."""
    proper = [str(r["BASEFORM"]) for r in readings if r.get("CLASS") in PROPER and r.get("BASEFORM")]
    nouns = [str(r["BASEFORM"]) for r in readings if r.get("CLASS") == "nimisana" and r.get("BASEFORM")]
    return proper[0] if proper else nouns[0][:1].upper() + nouns[0][1:] if nouns else ""


def _known_base(word: str, readings: list[dict], proper: list[dict], singular: bool = False) -> str:
    """A word Voikko knows in its base form, by its proper-name readings (`proper`) first."""
    if any(r.get("SIJAMUOTO") == NOMINATIVE and not _lexicalised_case(r, word, readings) for r in readings):
        return word  # already its base form ("Kansa", "Asukkaat", "Vaikenijat")
    readings = [r for r in readings if not _lexicalised_case(r, word, readings)]
    reading = _base_reading(readings, proper)
    if reading is None or (reading.get("NUMBER") == "plural" and not proper and not singular):
        return word  # Voikko gives a plural name's singular ("Vaikenijoita" -> "vaikenija"): better as written
    base = reading["BASEFORM"]
    return _capitals_of(word, base)


def _lexicalised_case(reading: dict, word: str, readings: list[dict]) -> bool:
    """Whether a reading is a case form Voikko also knows as a word of its own ("kipinässä", in a flurry), beside
    the noun in that case: a name is written in the case ("nuorisotalo Kipinässä": Kipinä)."""
    return str(reading.get("BASEFORM", "")).lower() == word.lower() and LOCAL_ENDING.search(word) is not None \
        and any(str(other.get("BASEFORM", "")).lower() != word.lower() for other in readings)


def _nearness(base: str, word: str) -> int:
    """How many first letters a base form shares with a form of it: of two readings, the nearer is likelier
    ("salon": salo, not salko)."""
    return len(os.path.commonprefix([base.lower(), word.lower()]))


def _base_reading(readings: list[dict], proper: list[dict]) -> dict | None:
    """The reading whose base form a word takes: a proper name's, else a noun's, else any with a base form."""
    nouns = [r for r in readings if r.get("CLASS") == "nimisana" and r.get("BASEFORM")]
    return (proper or nouns or [r for r in readings if r.get("BASEFORM")] or [None])[0]


def _capitals_of(word: str, base: str) -> str:
    """`base` capitalised as `word` is ("OY" stays all capitals, "Oy" its first letter, "ML-insinöörien" its
    abbreviation: "ML-insinööri")."""
    if word.isupper() and len(word) > 1:
        return base.upper()
    abbreviation = word.split("-")[0] if "-" in word else ""
    if len(abbreviation) > 1 and abbreviation.isupper() and base.lower().startswith(abbreviation.lower() + "-"):
        return abbreviation + base[len(abbreviation):]
    return base[:1].upper() + base[1:] if word[:1].isupper() else base
