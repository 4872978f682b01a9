"""In-memory ranked search over the guidance library.

Pure Python, no database: the library is a few hundred short items, so an index
built once in memory answers a query in well under a millisecond, with no
search server to run. Ranking is BM25 over stemmed words, plus the situation
synonyms staff actually type ("meltdown", "parents evening"), so a plain query
lands on the right situation page even when no guidance text uses that word.
Misspellings are forgiven: a word of five or more letters that is not in the
vocabulary is matched to vocabulary words one edit away (a transposition counts
as one edit, so "meltdwon" finds "meltdown").
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from harbour.guidance.library import AGE_STAGES, KIND_RANK, Item, Library

# BM25 constants: the usual defaults suit short, similar-length documents.
K1 = 1.2
B = 0.75

# Field weights: a word in a title or a situation synonym says more about what
# an item is for than the same word in its body text.
TITLE_WEIGHT = 3
SYNONYM_WEIGHT = 2

FUZZY_MIN_LENGTH = 5
FUZZY_WEIGHT = 0.8
PREFIX_MIN_LENGTH = 3
PREFIX_WEIGHT = 0.5
PREFIX_LIMIT = 5

# How much a matching situation lifts its own page and the items on that page,
# relative to the situation's phrase score.
SITUATION_PAGE_BOOST = 1.5
SITUATION_ITEM_BOOST = 0.6
# How many items from each part of a matching page ("do", "say"...) are lifted.
BOOSTED_PER_GROUP = 3
_GROUP_WEIGHT = {
    "page": 1.0,
    "say": 1.0,
    "do": 0.98,
    "notice": 0.96,
    "avoid": 0.94,
    "understand": 0.9,
}
# Other situations are boosted only if they score at least this share of the best.
SITUATION_BOOST_CUTOFF = 0.6
# A partial phrase match ("losing" for "losing a game") counts for this much.
PARTIAL_PHRASE_FACTOR = 0.5
# Weight of the situation's full text, next to its synonym phrases.
SITUATION_TEXT_WEIGHT = 0.5
# "won't wait his turn" must not land on the positive-moments page through
# "waited their turn": a phrase without a negation counts for less when the
# query has one.
NEGATIONS = frozenset({"not", "no", "never", "wont", "cant", "dont", "doesnt", "didnt", "refus"})
NEGATION_MISMATCH_FACTOR = 0.5

# Negations and particles ("won't", "kicking off", "falling out") are kept on
# purpose: they carry the meaning of the phrases staff type.
STOPWORDS = frozenset(
    """
    a an the and or but of to in on at for with about from by as into onto than then
    is are was were be been am it its this that these those there here
    i me my we us our you your he him his she her they them their
    what when where which who whom how
    do does did doing has have had having will would should could can may might must
    so if also just very really quite too some any all each every other another
    get got gets getting
    """.split()  # noqa: SIM905 - a word list reads better as text than as 100 quoted strings
)

# Words whose "-ing" is part of the word, not a verb ending.
_ING_NOUNS = frozenset(
    {"evening", "morning", "during", "nothing", "something", "anything", "everything",
     "sibling", "wellbeing", "spring", "string", "ceiling"}
)  # fmt: skip
_IRREGULAR = {
    "children": "child",
    "childs": "child",
    "kids": "kid",
    "teens": "teen",
    "ran": "run",
    "fought": "fight",
    "bit": "bite",
    "threw": "throw",
    "thrown": "throw",
    "mum's": "mum",
}
# "-ful" stays: "mindful" and "helpful" mean more than "mind" and "help".
_SUFFIXES = (("ation", "ate"), ("ness", ""), ("ment", ""), ("ly", ""))
_DOUBLE_CONSONANT = re.compile(r"([bcdfghjkmnpqrtvwxz])\1$")
_WORD_RE = re.compile(r"[a-z0-9]+")

# Words that say which age stage a query is about.
_AGE_WORDS = {
    "early": ("baby", "babies", "toddler", "nursery", "preschool", "infant", "eyfs"),
    "middle": ("primary", "reception", "infants", "juniors", "ks1", "ks2"),
    "adolescent": ("teen", "teens", "teenager", "teenagers", "adolescent", "secondary",
                   "ks3", "ks4", "sixth", "gcse", "college"),
}  # fmt: skip


def tokenize(text: str) -> list[str]:
    """Lower-case words, with apostrophes dropped so "won't" and "wont" agree."""
    text = text.lower().replace("\u2019", "").replace("\u2018", "").replace("'", "")
    return _WORD_RE.findall(text)


def stem(word: str) -> str:
    """A small suffix-stripping stemmer.

    Porter would do, but this needs to be predictable more than clever: staff
    vocabulary is narrow, and the same rules run over the query and the content,
    so "sharing", "shares" and "share" all meet at "shar".
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ing") and len(word) - 3 >= 3 and word not in _ING_NOUNS:
        word = _undouble(word[:-3])
    elif word.endswith("ed") and len(word) - 2 >= 3:
        word = _undouble(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    # Up to two derivational endings ("disappointments" -> "disappoint").
    for _ in range(2):
        for suffix, replacement in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + replacement
                break
        else:
            break
    if word.endswith("e") and len(word) >= 4:
        word = word[:-1]
    return word


def _undouble(word: str) -> str:
    return word[:-1] if _DOUBLE_CONSONANT.search(word) else word


def analyse(text: str) -> list[str]:
    """Words of ``text`` as index terms: tokenised, stop words dropped, stemmed."""
    return [stem(w) for w in tokenize(text) if w not in STOPWORDS]


def rank_texts(query: str, docs: Sequence[tuple[str, str]], limit: int = 5) -> list[int]:
    """Indexes of the (title, body) docs that share words with the query, best first.

    For short, changing lists (an organisation's intervention catalogue), where building
    an index would cost more than reading them: words are stemmed as in the index, a word
    in the title counts double, and a misspelt word matches a word one edit away at half.
    Ties keep the docs' order.
    """
    wanted = set(analyse(query))
    if not wanted:
        return []
    scored = []
    for index, (title, body) in enumerate(docs):
        fields = ((set(analyse(title)), 2.0), (set(analyse(body)), 1.0))
        score = 0.0
        for term in wanted:
            best = 0.0
            for words, weight in fields:
                if term in words:
                    best = max(best, weight)
                elif len(term) > 3 and any(edit_distance_at_most_one(term, w) for w in words):
                    best = max(best, weight / 2)
            score += best
        if score:
            scored.append((-score, index))
    return [index for _score, index in sorted(scored)[:limit]]


def guess_age_stage(query: str) -> str | None:
    """The age stage a query names ("teenager angry" -> adolescent), if any."""
    words = set(tokenize(query))
    for stage in AGE_STAGES:
        if words.intersection(_AGE_WORDS[stage]):
            return stage
    return None


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one insertion, deletion,
    substitution or swap of neighbouring letters."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


@dataclass(frozen=True)
class Hit:
    item: Item
    score: float
    matched: tuple[str, ...]  # the query's own words that found this item


@dataclass(frozen=True)
class _Term:
    term: str
    weight: float
    word: str  # the query word it came from


@dataclass(frozen=True)
class _Phrase:
    terms: frozenset[str]


@dataclass(frozen=True)
class _SituationScore:
    slug: str
    score: float  # phrases and page text together: ranks situations
    phrase_score: float  # synonym and title phrases only: decides boosting
    words: set[str]


class SearchIndex:
    """Everything search needs, computed once per library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.items: tuple[Item, ...] = library.items
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.lengths: list[float] = []
        for index, item in enumerate(self.items):
            weighted = Counter[str]()
            for text, weight in _weighted_fields(item):
                for term in analyse(text):
                    weighted[term] += weight
            self.lengths.append(float(sum(weighted.values())))
            for term, tf in weighted.items():
                self.postings[term].append((index, tf))
        self.avg_length = sum(self.lengths) / max(len(self.lengths), 1)
        n = len(self.items)
        self.idf = {
            term: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5))
            for term, p in self.postings.items()
        }

        # Situation phrases, and how rare each phrase word is across situations:
        # "child" in a synonym says little, "meltdown" a lot.
        self.slugs: tuple[str, ...] = tuple(library.situations)
        self.phrases: dict[str, list[_Phrase]] = {}
        phrase_df: Counter[str] = Counter()
        for slug, situation in library.situations.items():
            phrases = [
                _Phrase(frozenset(analyse(text))) for text in (situation.title, *situation.synonyms)
            ]
            self.phrases[slug] = [p for p in phrases if p.terms]
            for term in set().union(*(p.terms for p in self.phrases[slug])):
                phrase_df[term] += 1
        count = len(self.slugs)
        self.phrase_idf = {t: math.log(1 + count / df) for t, df in phrase_df.items()}

        # A small BM25 index over whole situation pages, for queries that use
        # the guidance's own words rather than a synonym.
        self.page_terms: dict[str, Counter[str]] = {}
        for slug, situation in library.situations.items():
            terms = Counter(analyse(f"{situation.title} {situation.summary}"))
            terms.update(analyse(situation.communicates))
            for item in self.items:
                if slug in item.situations and item.kind != "situation":
                    terms.update(analyse(f"{item.title} {item.text}"))
            self.page_terms[slug] = terms
        self.page_lengths = {s: float(sum(t.values())) for s, t in self.page_terms.items()}
        self.page_avg = sum(self.page_lengths.values()) / max(len(self.page_lengths), 1)
        page_df: Counter[str] = Counter()
        for terms in self.page_terms.values():
            page_df.update(terms.keys())
        self.page_idf = {
            t: math.log(1 + (count - df + 0.5) / (df + 0.5)) for t, df in page_df.items()
        }

        # Each situation page's items by group, most specific first: an item
        # for this situation alone says more about it than one tagged for five.
        self.page_items: dict[str, dict[str, list[int]]] = {}
        for slug in self.slugs:
            groups: dict[str, list[int]] = defaultdict(list)
            for position, item in enumerate(self.items):
                if slug not in item.situations:
                    continue
                group = "page" if item.kind == "situation" else item.page_group
                if group is not None:
                    groups[group].append(position)
            for positions in groups.values():
                positions.sort(
                    key=lambda p: (
                        len(self.items[p].situations),
                        KIND_RANK.get(self.items[p].kind, len(KIND_RANK)),
                        p,
                    )
                )
            self.page_items[slug] = dict(groups)

        self.vocabulary = sorted(set(self.postings) | set(self.phrase_idf))
        surface: set[str] = set()
        for item in self.items:
            for text, _weight in _weighted_fields(item):
                surface.update(w for w in tokenize(text) if w not in STOPWORDS)
        for situation in library.situations.values():
            for text in situation.synonyms:
                surface.update(tokenize(text))
        self.surface_words = sorted(surface)
        self._vocab_set = set(self.vocabulary)
        self.document_frequency = {t: len(p) for t, p in self.postings.items()}
        self.delete_map: dict[str, set[str]] = defaultdict(set)
        for term in self.vocabulary:
            if len(term) >= FUZZY_MIN_LENGTH - 1:
                self.delete_map[term].add(term)
                for variant in _deletes(term):
                    self.delete_map[variant].add(term)

    def page_boosts(self, slug: str, age_stage: str | None) -> list[tuple[int, float]]:
        """Items to lift when a query is about ``slug``: the page itself, then a
        few of the most specific items from each part of the page, so the
        results show a little of everything instead of one long list of advice."""
        boosts = []
        for group, positions in self.page_items[slug].items():
            chosen = [p for p in positions if self.items[p].applies_to(age_stage)]
            for rank, position in enumerate(chosen[:BOOSTED_PER_GROUP]):
                weight = 1.0 if group == "page" else SITUATION_ITEM_BOOST
                factor = (SITUATION_PAGE_BOOST if group == "page" else weight) * (1 - rank / 10)
                boosts.append((position, factor * _GROUP_WEIGHT.get(group, 1.0)))
        return boosts

    # -- query terms ---------------------------------------------------------

    def query_terms(self, query: str) -> list[_Term]:
        words = [w for w in tokenize(query) if w not in STOPWORDS]
        ends_mid_word = bool(query) and not query[-1].isspace()
        terms: list[_Term] = []
        for position, word in enumerate(words):
            term = stem(word)
            if term in self._vocab_set:
                terms.append(_Term(term, 1.0, word))
                continue
            found = {}
            if position == len(words) - 1 and ends_mid_word and len(word) >= PREFIX_MIN_LENGTH:
                # Search-as-you-type: the last word may be unfinished.
                found = {t: PREFIX_WEIGHT for t in self._prefixed(word)}
            if len(word) >= FUZZY_MIN_LENGTH:
                found.update({t: FUZZY_WEIGHT for t in self._fuzzy(term)})
            terms.extend(_Term(t, weight, word) for t, weight in found.items())
        return terms

    def _fuzzy(self, term: str) -> list[str]:
        candidates: set[str] = set(self.delete_map.get(term, ()))
        for variant in _deletes(term):
            candidates |= self.delete_map.get(variant, set())
        close = [c for c in candidates if edit_distance_at_most_one(term, c)]
        # Prefer the commonest spellings; two is plenty to recover the meaning.
        close.sort(key=lambda c: (-self.document_frequency.get(c, 0), c))
        return close[:2]

    def _prefixed(self, word: str) -> list[str]:
        # Completions come from the words as written, not their stems:
        # "mindfuln" is a prefix of "mindfulness" but not of its stem.
        start = bisect.bisect_left(self.surface_words, word)
        found: list[str] = []
        for surface in self.surface_words[start:]:
            if not surface.startswith(word) or len(found) >= PREFIX_LIMIT:
                break
            term = stem(surface)
            if term not in found:
                found.append(term)
        return found

    # -- scoring -------------------------------------------------------------

    def item_scores(self, terms: Sequence[_Term]) -> dict[int, tuple[float, set[str]]]:
        scores: dict[int, tuple[float, set[str]]] = {}
        for qt in terms:
            idf = self.idf.get(qt.term)
            if idf is None:
                continue
            for index, tf in self.postings[qt.term]:
                norm = K1 * (1 - B + B * self.lengths[index] / self.avg_length)
                gain = qt.weight * idf * tf * (K1 + 1) / (tf + norm)
                score, words = scores.get(index, (0.0, set()))
                scores[index] = (score + gain, words | {qt.word})
        return scores

    def situation_scores(self, terms: Sequence[_Term]) -> list[_SituationScore]:
        weights: dict[str, tuple[float, str]] = {}
        for qt in terms:
            if qt.weight > weights.get(qt.term, (0.0, ""))[0]:
                weights[qt.term] = (qt.weight, qt.word)
        negated = not NEGATIONS.isdisjoint(weights)
        results = []
        for slug in self.slugs:
            phrase_scores: list[float] = []
            words: set[str] = set()
            for phrase in self.phrases[slug]:
                hit = phrase.terms.intersection(weights)
                if not hit:
                    continue
                score = sum(self.phrase_idf[t] * weights[t][0] for t in hit)
                if len(hit) < len(phrase.terms):
                    score *= PARTIAL_PHRASE_FACTOR * len(hit) / len(phrase.terms)
                if negated and NEGATIONS.isdisjoint(phrase.terms):
                    score *= NEGATION_MISMATCH_FACTOR
                phrase_scores.append(score)
                words.update(weights[t][1] for t in hit)
            phrase_scores.sort(reverse=True)
            # The best phrase decides; further matching phrases only break ties.
            phrase_total = sum(s / (2**rank) for rank, s in enumerate(phrase_scores[:3]))
            page = self._page_score(slug, weights)
            results.append(
                _SituationScore(
                    slug, phrase_total + SITUATION_TEXT_WEIGHT * page, phrase_total, words
                )
            )
        return results

    def _page_score(self, slug: str, weights: dict[str, tuple[float, str]]) -> float:
        terms = self.page_terms[slug]
        length = self.page_lengths[slug]
        score = 0.0
        for term, (weight, _word) in weights.items():
            tf = terms.get(term, 0)
            if tf:
                norm = K1 * (1 - B + B * length / self.page_avg)
                score += weight * self.page_idf[term] * tf * (K1 + 1) / (tf + norm)
        return score


def _weighted_fields(item: Item) -> Iterable[tuple[str, int]]:
    yield item.title, TITLE_WEIGHT
    yield item.text, 1
    for key in ("in_brief", "communicates"):
        if item.get(key):
            yield str(item.get(key)), 1
    for line in item.strings("sounds_like"):
        yield line, 1
    for line in item.strings("synonyms"):
        yield line, SYNONYM_WEIGHT
    expectations = item.get("expectations") or {}
    for value in expectations.values():
        yield str(value), 1


_INDEXES: dict[int, SearchIndex] = {}
_LOCK = threading.Lock()


def get_index(library: Library) -> SearchIndex:
    """The index for ``library``, built on first use.

    Libraries are cached by ``load_library``, so keying on identity means one
    index per loaded content version. The index keeps its library alive, which
    keeps the id from being reused.
    """
    index = _INDEXES.get(id(library))
    if index is not None and index.library is library:
        return index
    with _LOCK:
        index = SearchIndex(library)
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        _INDEXES[id(library)] = index
    return index


def best_situations(query: str, library: Library) -> list[tuple[str, float]]:
    """Situations the query is about, best first; empty if none match."""
    index = get_index(library)
    scored = index.situation_scores(index.query_terms(query))
    ranked = sorted(
        ((s.slug, s.score) for s in scored if s.score > 0),
        key=lambda pair: -pair[1],
    )
    return [(slug, round(score, 4)) for slug, score in ranked]


def search(
    query: str,
    library: Library,
    *,
    situation: str | None = None,
    age_stage: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Items matching ``query``, best first, optionally for one situation and age stage."""
    if situation is not None and situation not in library.situations:
        raise KeyError(f"unknown situation {situation!r}")
    if age_stage is not None and age_stage not in AGE_STAGES:
        raise ValueError(f"unknown age stage {age_stage!r}; use one of {AGE_STAGES}")
    index = get_index(library)
    terms = index.query_terms(query)
    if not terms:
        return []
    scores = index.item_scores(terms)

    # Lift the page of any situation the query names through a synonym, and
    # what is on that page, so "meltdown" brings up the dysregulated page and its
    # advice. Matches on page text alone do not boost: "mindfulness" should find
    # the mindfulness item, not everything on the pages that mention it.
    situation_hits = sorted(index.situation_scores(terms), key=lambda s: -s.phrase_score)
    top = situation_hits[0].phrase_score if situation_hits else 0.0
    if top > 0:
        for hit in situation_hits:
            if hit.phrase_score < SITUATION_BOOST_CUTOFF * top:
                break
            for position, factor in index.page_boosts(hit.slug, age_stage):
                base, matched = scores.get(position, (0.0, set()))
                scores[position] = (base + factor * hit.phrase_score, matched | hit.words)

    hits = []
    for position, (score, words) in scores.items():
        item = index.items[position]
        if situation is not None and situation not in item.situations:
            continue
        if not item.applies_to(age_stage):
            continue
        ordered = tuple(w for w in dict.fromkeys(tokenize(query)) if w in words)
        hits.append((score, position, Hit(item=item, score=round(score, 4), matched=ordered)))
    hits.sort(key=lambda h: (-h[0], h[1]))
    return [hit for _, _, hit in hits[:limit]]
