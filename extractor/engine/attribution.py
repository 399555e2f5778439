"""Who said it, and for which state: speakers, the jurisdiction and the outlet.

News reports introduce an official once with full name and title and then
refer back ('– сообщил Ертаев', 'заключил вице-министр', 'по его словам');
every reference is resolved to the full introduction.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional
from urllib.parse import urlparse

from extractor.engine.gazetteer import Mention
from extractor.patterns import Prefiltered, load_toml
from extractor.records import Document, Speaker
from extractor.engine.tokens import Token, analyzer, name_tags



@dataclass
class Person:
    name: str
    surname: str  # lemma of the last name word, for 'сообщил Ертаев'
    role: Optional[str]
    start: int
    end: int
    subject: bool = True  # named as a subject ('министр Жакупова'), not 'визит министра Жакуповой'

    def speaker(self) -> Speaker:
        return Speaker(name=self.name, role=self.role)


@lru_cache(maxsize=None)
def config() -> dict:
    return load_toml("attribution.toml")


@lru_cache(maxsize=None)
def wording(key: str) -> re.Pattern:
    """A regular expression of `patterns/attribution.toml` [wording], compiled once."""
    return re.compile(config()["wording"][key])


def is_name_word(token: Token) -> bool:
    if not token.is_word or not token.is_capitalized or len(token.text) < 2 or token.text.isupper():
        return False
    tags = name_tags(token.text.lower())
    if "Name" in tags:
        return True  # 'Владимир' is a city too, but a first name first
    return bool(tags & {"Surn", "Patr"}) and not tags & {"Geox", "Orgn"}


def find_people(tokens: list[Token], text: str) -> list[Person]:
    """Two or three name words in a row, or an initial and a surname ('А. Ертаев')."""
    people = []
    index = 0
    while index < len(tokens):
        if not tokens[index].text[0].isupper():
            index += 1
            continue
        run = name_run(tokens, index, text) or lone_surname(tokens, index)
        if run:
            first, last = tokens[index], tokens[index + run - 1]
            words = [t for t in tokens[index:index + run] if t.is_word and len(t.text) > 1]
            people.append(Person(name=nominative_name(words), surname=words[-1].lemma,
                                 role=None, start=first.start, end=last.end,
                                 subject=may_be_nominative(words[0].text)))
            index += run
        else:
            index += 1
    for person in people:
        person.role = role_before(tokens, person, text) or role_after(tokens, person, text)
    return [introduced(person, people) for person in people]


@lru_cache(maxsize=20_000)
def may_be_nominative(word: str) -> bool:
    """'Светлана', 'Ертаев', 'Сейтказы' (unknown) may name a subject; 'Шавката', 'Айбеком' not."""
    parses = [p for p in analyzer().parse(word.lower()) if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    return not parses or any(p.tag.case == "nomn" for p in parses)


def introduced(person: Person, people: list[Person]) -> Person:
    """'– сообщил Ертаев' after 'вице-министр Аскарбек Ертаев': the person introduced before."""
    if " " in person.name:
        if person.role is None:  # 'пояснил Жанторо Сатыбалдиев' after his title was given
            titled = next((o for o in people if o.start < person.start and o.name == person.name
                           and o.role), None)
            if titled is not None:
                return Person(person.name, person.surname, titled.role, person.start, person.end,
                              person.subject)
        return person
    for other in people:
        if other.start >= person.start:
            break
        if other.surname == person.surname and " " in other.name:
            return Person(other.name, other.surname, person.role or other.role, person.start,
                          person.end, person.subject)
    return person


def name_run(tokens: list[Token], index: int, text: str) -> int:
    token = tokens[index]
    # 'А. Ертаев'
    if (len(token.text) == 1 and token.text.isupper() and index + 2 < len(tokens)
            and tokens[index + 1].text == "." and is_name_word(tokens[index + 2])):
        return 3
    if before_surname(tokens, index) or introduced_stranger(tokens, index):
        return 2
    if index + 1 < len(tokens) and {"Name", "Geox"} <= name_tags(token.text.lower()) and not (
            "Surn" in name_tags(tokens[index + 1].text.lower())
            or wording("surname_ending").search(tokens[index + 1].text)):
        return 0  # 'ДП Алматы Асхат ...': a city that could be a first name, before another name
    size = 0
    while index + size < len(tokens) and size < 3 and (
            is_name_word(tokens[index + size]) or (size == 1 and after_first_name(tokens, index))):
        if size and text[tokens[index + size - 1].end:tokens[index + size].start] != " ":
            break
        size += 1
    return size if size >= 2 else 0


def after_first_name(tokens: list[Token], index: int) -> bool:
    """'Ирина Волк': after a first name, a capitalised word is a surname even when it is
    also a common noun, unless it names a place or a body."""
    first, second = tokens[index], tokens[index + 1]
    tags = name_tags(second.text.lower())
    return ("Name" in name_tags(first.text.lower()) and second.is_word and second.is_capitalized
            and len(second.text) > 1 and not second.text.isupper() and "Orgn" not in tags
            and ("Geox" not in tags or bool(wording("surname_ending").search(second.text))))


def before_surname(tokens: list[Token], index: int) -> bool:
    """'службы Алмаз Асанбаев': a capitalised word the dictionary does not know as a first
    name ('Алмаз', 'Улан'), inside a sentence and before a surname, is one."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    token, surname, before = tokens[index], tokens[index + 1], tokens[index - 1]
    if not (token.is_word and token.is_capitalized and len(token.text) > 2
            and not token.text.isupper() and before.is_word and not before.is_capitalized):
        return False
    if name_tags(token.text.lower()) & {"Name", "Surn", "Geox", "Orgn"}:
        return False
    return ("Surn" in name_tags(surname.text.lower()) and bool(wording("surname_ending").search(surname.text))
            and part_of_speech(surname.text.lower()) != "ADJF")


def introduced_stranger(tokens: list[Token], index: int) -> bool:
    """'премьер-министр КР Жанторо Сатыбалдиев', 'пояснил Жанторо Сатыбалдиев': two words the
    dictionary does not know, the second with a surname's ending, right after a title or a verb
    of speech, are a first name and a surname."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    first, second = tokens[index], tokens[index + 1]
    if not (second.is_word and second.is_capitalized):
        return False  # most words: one look at the next word
    if not all(t.is_word and t.is_capitalized and len(t.text) > 2 and not t.text.isupper()
               and not name_tags(t.text.lower()) & {"Geox", "Orgn"} for t in (first, second)):
        return False
    if not wording("surname_ending").search(second.text) or part_of_speech(second.text.lower()) == "ADJF":
        return False
    before = tokens[index - 1]
    if before.text.isupper() and index >= 2:
        before = tokens[index - 2]  # 'министр КР Жанторо ...'
    return before.lemma in word_set("speech_verbs") or before.lemma in config()["role_words"]


# 'Об этом сообщает ...': a capitalised preposition or particle names no one
FUNCTION_WORDS = {"PREP", "CONJ", "PRCL", "INTJ"}


@lru_cache(maxsize=20_000)
def part_of_speech(word: str) -> Optional[str]:
    return analyzer().parse(word)[0].tag.POS


def lone_surname(tokens: list[Token], index: int) -> int:
    """'вице-министр труда Ертаев', '– отметила Жакупова': a surname alone after a title or
    a verb of speech is a person too."""
    token = tokens[index]
    if not is_name_word(token) or "Surn" not in name_tags(token.text.lower()) or index == 0:
        return 0
    if part_of_speech(token.text.lower()) == "ADJF":
        return 0  # 'Костанайской области': a place's adjective, not a surname
    before = tokens[index - 1]
    if before.lemma in config()["speech_verbs"] or before.lemma in config()["role_words"]:
        return 1
    return 1 if role_start(tokens_before(tokens, token.start, 16)) is not None else 0


def nominative_name(words: list[Token]) -> str:
    return nominative(tuple(word.text for word in words))


@lru_cache(maxsize=4096)
def nominative(words: tuple[str, ...]) -> str:
    """'Светланы Жакуповой' is 'Светлана Жакупова': every word in the first name's gender,
    and a word that can already be nominative in it stays as written."""
    parses = [[p for p in analyzer().parse(word.lower())
               if {"Name", "Surn", "Patr"} & p.tag.grammemes and p.tag.number != "plur"]
              for word in words]
    gender = next((p.tag.gender for options in parses for p in options
                   if "Name" in p.tag and p.tag.gender), None)
    parts = []
    for word, options in zip(words, parses):
        # a word with no form in that gender ('Сейтказы') is not Russian and stays as written
        agreeing = [p for p in options if gender is None or p.tag.gender in (gender, None)]
        form = word.lower()
        if agreeing and not any(p.tag.case == "nomn" for p in agreeing):
            inflected = agreeing[0].inflect({"nomn"})
            form = inflected.word if inflected is not None else form
        parts.append(form[:1].upper() + form[1:])
    return " ".join(parts)


def tokens_before(tokens: list[Token], position: int, count: int) -> list[Token]:
    index = bisect.bisect_left(tokens, position, key=lambda t: t.end)
    while index < len(tokens) and tokens[index].end <= position:
        index += 1
    return tokens[max(0, index - count):index]


def tokens_after(tokens: list[Token], position: int, count: int) -> list[Token]:
    index = bisect.bisect_left(tokens, position, key=lambda t: t.start)
    return tokens[index:index + count]


def role_before(tokens: list[Token], person: Person, text: str) -> Optional[str]:
    """'Первый вице-министр труда и социальной защиты населения РК Аскарбек Ертаев'."""
    before = tokens_before(tokens, person.start, 16)
    start = role_start(before)
    if start is None:
        return None
    role = nominative_role(before[start:], text)
    return role[:1].lower() + role[1:] if role else None


def role_start(before: list[Token]) -> Optional[int]:
    """Where the title standing right before a name begins, if one does."""
    role_words = set(config()["role_words"])
    start = None
    for offset in range(len(before) - 1, -1, -1):
        token = before[offset]
        if token.text in (".", "!", "?", "»", "\"", "(", ";") or (token.text == "," and start is None
                                                                     and offset == len(before) - 1):
            break
        if token.lemma in role_words:
            start = offset
    if start is None:
        return None
    while start > 0 and before[start - 1].lemma in config()["role_modifiers"]:
        start -= 1
    return start


def nominative_role(words: list[Token], text: str) -> str:
    """'по словам первого вице-министра труда' gives the title as 'первый вице-министр
    труда': the words up to the title word are put in the nominative, the rest stays."""
    role_words = set(config()["role_words"])
    head = next((i for i, t in enumerate(words) if t.lemma in role_words), 0)
    gender = gender_of(words[head].text.lower()) if words else None
    parts = []
    for index, token in enumerate(words):
        form = token.text
        if index <= head and token.is_word:
            form = nominative_word(token.text, index < head, gender)
        parts.append(form + text[token.end:words[index + 1].start] if index + 1 < len(words)
                     else form)
    return "".join(parts).strip(" ,–—-")


@lru_cache(maxsize=20_000)
def nominative_word(word: str, modifier: bool, gender: Optional[str]) -> str:
    """One word of a title in the nominative; a modifier agrees with the title word."""
    options = analyzer().parse(word.lower())
    parse = next((p for p in options if p.tag.POS in ("ADJF", "PRTF")), options[0]) if modifier \
        else options[0]
    if parse.tag.case in (None, "nomn"):
        return word
    inflected = parse.inflect({"nomn", "sing", gender} if modifier and gender else {"nomn"})
    return inflected.word if inflected is not None else word


def role_after(tokens: list[Token], person: Person, text: str) -> Optional[str]:
    """'Аскарбек Ертаев, первый вице-министр труда, сообщил ...'."""
    after = tokens_after(tokens, person.end, 16)
    if not after or after[0].text not in (",", "–", "—", "-", "("):
        return None
    role_words = set(config()["role_words"])
    words = after[1:]
    if not words or not any(t.lemma in role_words for t in words[:3]):
        return None
    end = words[0]
    for token in words:
        if token.text in (",", ".", ")", ";", "«", "\"", ":"):
            break
        end = token
    return text[words[0].start:end.end] or None


def speech_references(tokens: list[Token]) -> list[tuple[int, str]]:
    """(position, who) for every 'сообщил Ертаев', 'по словам министра', 'он напомнил'."""
    verbs = set(config()["speech_verbs"])
    found = []
    for index, token in enumerate(tokens):
        if token.lemma in verbs:
            window = tokens[max(0, index - 2):index] + tokens[index + 1:index + 3]
            for other in window:
                if other.is_word and (other.lemma in word_set("pronouns") or (
                        other.is_capitalized and part_of_speech(other.text.lower()) not in FUNCTION_WORDS)
                        or other.lemma in config()["role_words"]):
                    found.append((token.start, other.lemma))
                    break
        elif (token.lemma == "слово" and index >= 1 and tokens[index - 1].lemma == "по") or (
                token.lemma == "ссылка" and index >= 1 and tokens[index - 1].lemma == "с"):
            # 'по словам министра ...', 'со ссылкой на руководителя департамента ...'
            following = [t for t in tokens[index + 1:index + 3] if t.lemma != "на"][:1]
            if following:
                found.append((token.start, following[0].lemma))
    return found


def resolve(reference: str, earlier: list[Person], following: list[Person], position: int,
            text: str = "") -> Optional[Person]:
    """The person a reference points at: one named right after it ('сообщила официальный
    представитель ведомства Ирина Волк', 'по словам министра Светланы Жакуповой'), else
    the surname, pronoun or title of one introduced before (latest last)."""
    named_after = next((p for p in following if position < p.start <= position + 90
                        and not wording("quote_break").search(text, position, p.start)), None)
    if named_after is not None:
        return named_after
    if not earlier:
        return None
    if reference in word_set("pronouns"):
        return earlier[-1]
    for person in reversed(earlier):
        if person.surname == reference or reference in person.name.lower().split():
            return person
    for person in reversed(earlier):
        if person.role and reference in person.role.lower():
            return person
    return None


def organisation_references(tokens: list[Token]) -> list[tuple[int, str]]:
    """(position, body) for 'сообщили в пресс-службе ГУФССП по Новосибирской области',
    'Пресс-служба МВД информировала', 'по данным Госслужбы миграции': a body speaks."""
    verbs = word_set("speech_verbs")
    found = []
    for index, token in enumerate(tokens):
        phrase = None
        if token.lemma in verbs:
            phrase = body_before(tokens, index) or next(
                (p for j in range(index + 1, min(len(tokens), index + 7))
                 if not any(t.lemma in word_set("role_words") for t in tokens[index + 1:j + 1])
                 for p in [organisation_phrase(tokens, j)] if p), None)  # not 'сказал председатель центра ...' 
        elif token.lemma in source_openings() and source_opening(tokens, index):
            phrase = organisation_phrase(tokens, index + source_opening(tokens, index))
        if phrase:
            found.append((token.start, phrase[0]))
    return found


def body_before(tokens: list[Token], verb: int) -> Optional[tuple[str, int]]:
    """'Пресс-служба ГУ ФССП по Санкт-Петербургу информировала': the body that ends right
    before the verb, from the farthest word it can start at."""
    first = verb
    while first > 0 and verb - first < 10 and tokens[first - 1].text.lower() not in word_set("phrase_stops"):
        first -= 1
    between = word_set("between_body_and_verb")
    for start in range(first, verb):
        phrase = organisation_phrase(tokens, start)
        if phrase and all(t.text[0].isdigit() or t.lemma in between
                          for t in tokens[phrase[1] + 1:verb]):
            return phrase
    return None


def ends_body(tokens: list[Token], index: int) -> bool:
    """A body's name ends at a stop, a number, a verb of speech, a title, 'со ссылкой на' or a
    person's name ('управление миграции Нурбек Асанов')."""
    token = tokens[index]
    return (token.text.lower() in word_set("phrase_stops") or token.text[0].isdigit()
            or token.lemma in word_set("speech_verbs")
            or (token.lemma in source_openings() and bool(source_opening(tokens, index)))
            or (token.lemma in word_set("role_words") and not is_genitive(token.text.lower()))
            or (is_name_word(token) and bool(name_tags(token.text.lower()) & {"Name", "Surn"})))


@lru_cache(maxsize=None)
def word_set(key: str) -> frozenset[str]:
    """A word list of `patterns/attribution.toml` as a set, built once."""
    return frozenset(config()[key])


@lru_cache(maxsize=20_000)
def is_genitive(word: str) -> bool:
    """'при Кабинете министров': a title word in the genitive belongs to the body's name."""
    return analyzer().parse(word)[0].tag.case == "gent"


def source_opening(tokens: list[Token], index: int) -> int:
    """The length of 'по данным', 'со ссылкой на' starting at `index`, or 0."""
    for words in source_openings().get(tokens[index].lemma, ()):
        if [t.lemma for t in tokens[index:index + len(words)]] == words:
            return len(words)
    return 0


@lru_cache(maxsize=None)
def source_openings() -> dict[str, list[list[str]]]:
    """By first word: most tokens open none, and one lookup says so."""
    by_first: dict[str, list[list[str]]] = {}
    for words in config()["source_openings"]:
        by_first.setdefault(words[0], []).append(words)
    return by_first


def organisation_phrase(tokens: list[Token], start: int) -> Optional[tuple[str, int]]:
    """'в пресс-службе московского управления ФССП' -> 'пресс-служба московского управления
    ФССП': the body's head word (after at most two adjectives) in the nominative, the rest
    as written, up to the end of the clause."""
    index = start + (start < len(tokens) and tokens[start].lemma in ("в", "во"))
    heads = word_set("organisation_heads")
    if not any(t.lemma in heads for t in tokens[index:index + 3]):
        return None  # no body's head word where one could stand: most starts end here
    head = index
    while head < len(tokens) and head - index < 2 and tokens[head].lemma not in heads \
            and part_of_speech(tokens[head].text.lower()) == "ADJF":
        head += 1
    if head >= len(tokens) or tokens[head].lemma not in heads or not tokens[head].is_word:
        return None
    if tokens[head].lemma == "миграционный":  # 'Миграционной службы': an adjective, its noun next
        head += 1
        if head >= len(tokens) or tokens[head].lemma not in heads:
            return None
    end = head
    while end + 1 < len(tokens) and end - index < 9 and not ends_body(tokens, end + 1):
        end += 1
    gender = gender_of(tokens[head].text.lower())
    words = [t.text if i > head or t.text.isupper() else
             nominative_head(t.text) if i == head else nominative_word(t.text, True, gender)
             for i, t in enumerate(tokens[index:end + 1], start=index)]
    return " ".join(words), end


@lru_cache(maxsize=4096)
def gender_of(word: str) -> Optional[str]:
    return analyzer().parse(word)[0].tag.gender


@lru_cache(maxsize=4096)
def nominative_head(word: str) -> str:
    """'Госслужбы' -> 'Госслужба': a body is one, so its singular reading is taken."""
    options = analyzer().parse(word.lower())
    parse = next((p for p in options if p.tag.number == "sing"), options[0])
    inflected = parse.inflect({"nomn"}) if parse.tag.case != "nomn" else None
    form = inflected.word if inflected is not None else word.lower()
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def full_body(name: str, earlier: list[tuple[int, str]]) -> Optional[str]:
    """'уточнили в пресс-службе' after 'сообщили в пресс-службе ГУФССП по Новосибирской
    области' is that press office; a bare 'ведомство' with none before names no one."""
    if " " in name or name[:1].isupper():
        return name  # 'Минтруд', 'ГУФССП': a body by its own name
    head = name.lower()
    return next((other for _, other in reversed(earlier)
                 if " " in other and other.lower().startswith(head + " ")), None)


# A reference ('сообщил Ертаев', 'по словам министра') points to one of the last people
# named before it; looking further back would make a long text's cost grow with its square.
LOOKBACK = 200


class SpeakerMap:
    """The speaker of each paragraph: its own attribution, else the last one before it."""

    def __init__(self, tokens: list[Token], text: str, paragraphs: list[tuple[int, int]]):
        self.people = find_people(tokens, text)
        self.tokens, self.token_starts = tokens, [t.start for t in tokens]
        references = speech_references(tokens)
        # both in text order: a paragraph's own are found by bisection, keeping the cost linear
        said_at, self.person_starts = [at for at, _ in references], [p.start for p in self.people]
        bodies = organisation_references(tokens)
        body_at = [at for at, _ in bodies]
        self.by_paragraph: list[Optional[Speaker]] = []
        current: Optional[Speaker] = None
        unattributed: list[int] = []  # paragraphs since the last that named its source
        for number, (start, end) in enumerate(paragraphs):
            said = references[bisect.bisect_left(said_at, start):bisect.bisect_left(said_at, end)]
            own = [resolve(who, self.named_before(at), self.named_after(at), at, text)
                   for at, who in said]
            own = [p for p in own if p is not None]
            present = self.people[bisect.bisect_left(self.person_starts, start):
                                  bisect.bisect_left(self.person_starts, end)]
            # 'в ходе визита президента Шавката Мирзиёева': named, but not speaking
            introduced = [p for p in present if p.subject and (p.role or self.calls(p))]
            body = [full_body(name, bodies[:i]) for i, (_, name) in
                    enumerate(bodies[bisect.bisect_left(body_at, start):bisect.bisect_left(body_at, end)],
                              start=bisect.bisect_left(body_at, start))]
            body = [name for name in body if name is not None]
            chosen = (own[-1].speaker() if own else Speaker(name=body[0]) if body
                      else introduced[0].speaker() if introduced else None)
            if chosen is not None and wording("recap_reference").search(text, start, end):
                for earlier in unattributed:  # 'Об этом сообщил ...' names the source above
                    self.by_paragraph[earlier] = chosen
            unattributed = [] if chosen is not None else unattributed + [number]
            current = chosen or current
            self.by_paragraph.append(current)

    def calls(self, person: Person) -> bool:
        """'Айгуль Ахмедова (на заседании) призвала ...': the person is the subject of a call."""
        first = bisect.bisect_left(self.token_starts, person.end)
        for token in self.tokens[first:first + 5]:
            if not token.is_word:
                return False
            if token.lemma in word_set("call_verbs"):
                return True
        return False

    def named_before(self, position: int) -> list[Person]:
        """The last LOOKBACK people named up to `position` (or the first ones, if none is)."""
        count = bisect.bisect_right(self.person_starts, position)
        return self.people[max(0, count - LOOKBACK):count] or self.people[:LOOKBACK]

    def named_after(self, position: int) -> list[Person]:
        """The few people named just after `position` ('сообщила … Ирина Волк')."""
        first = bisect.bisect_right(self.person_starts, position)
        return self.people[first:first + 3]

    def speaker(self, paragraph_index: int) -> Optional[Speaker]:
        speaker = self.by_paragraph[paragraph_index] if paragraph_index < len(self.by_paragraph) else None
        return replace(speaker) if speaker else None


def outlet_of(document: Document) -> Optional[str]:
    if document.outlet:
        return document.outlet
    if document.url:
        host = urlparse(document.url).hostname or ""
        return host[4:] if host.startswith("www.") else host or None
    match = wording("outlet_in_text").search(document.text[:3000])
    return match["outlet"].lower() if match else None


def jurisdiction_of(document: Document, outlet: Optional[str], mentions: list[Mention],
                    lead_end: int) -> Optional[str]:
    """The state whose ministry speaks: its names in the title and lead, its outlets and capitals.

    A country after a preposition ('в Корею', 'из Узбекистана') is usually a destination
    or an origin, so it weighs less than one standing as a subject or owner.
    """
    scores: Counter[str] = Counter()
    title = document.title or first_line(document.text)
    head = (title + " " + document.text[:lead_end]).lower()
    whole = document.text.lower()
    for code, signs in config()["jurisdictions"].items():
        if outlet and (outlet.endswith("." + signs["tld"]) or outlet in signs["outlets"]):
            scores[code] += 3
        # its own bodies speak; two markers settle it, more only repeat it
        scores[code] += 4 * min(2, len(found_markers(code, document.text, whole)))
        scores[code] += sum(1 for word in signs["outlets"] if word in head)
    title_end = len(first_line(document.text)) if not document.title else 0
    # 'консульская служба посольства Кыргызстана в России', 'данные комитета Узбекистана по
    # статистике' in the title or the first paragraph: the body speaks for its state
    opening = opening_end(document.text)
    for code in {m.code for m in mentions if m.kind == "country" and m.start < opening and
                 speaks_for(document.text, m)}:
        scores[code] += 8  # as much as two of its bodies: a host or an outlet is only the seat
    for mention in mentions:
        if mention.kind == "region" and mention.start < lead_end:
            # 'В Атырауской области привлекли ...': a region speaks for its own state
            scores[mention.code.split("-")[0]] += 1.5 if mention.start < title_end else 1.0
            continue
        if mention.kind != "country" or wording("list_label").match(document.text, mention.end):
            continue  # 'Узбекистана – 1,2 млн' is an item of a breakdown, not the speaker
        weight = 3.0 if mention.start < title_end else 2.0 if mention.start < lead_end else 0.5
        if after_preposition(document.text, mention.start) and not is_location(document.text, mention):
            weight /= 3
        if mention.demonym or wording("citizens_before").search(document.text, max(0, mention.start - 16),
                                                     mention.start):
            weight /= 2  # 'граждан Таджикистана': migrants, often of another state
        scores[mention.code] += weight
    own = own_citizenship(document.text, mentions)
    if own is not None:
        scores[own] += 4  # 'наших граждан' beside 'граждан Таджикистана': it speaks for them
    if not scores:
        return None
    ranked = scores.most_common(2)
    code, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # weak but unopposed evidence ('переехали в Казахстан на ПМЖ' and nothing else) counts too
    return code if score >= 2 or (score >= 1 and score >= 3 * second) else None


def own_citizenship(text: str, mentions: list[Mention]) -> Optional[str]:
    """'более 150 тыс. наших граждан узаконили пребывание в России' in a text whose people are
    'граждане Таджикистана': a state calls its citizens 'ours', so a text that does and names
    the citizens of one state alone speaks for that state, not for their host."""
    if not wording("our_people").search(text):
        return None
    named = Counter(m.code for m in mentions if m.kind == "country" and is_people(text, m))
    ranked = named.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def is_people(text: str, mention: Mention) -> bool:
    """'узбекистанцев', 'граждан Узбекистана', 'узбекских мигрантов' name people of a state;
    'корейской стороны', 'корейский язык' do not."""
    if not mention.demonym:
        return bool(wording("citizens_before").search(text, max(0, mention.start - 16), mention.start))
    return bool(wording("demonym_noun").search(text, mention.start, mention.end)
                or wording("people_after_adjective").match(text, mention.end))


def speaks_for(text: str, mention: Mention) -> bool:
    """The country names the state of a body that speaks: its embassy or consulate abroad,
    its statistics committee ('Государственного комитета Узбекистана по статистике')."""
    before = max(0, mention.start - 40)
    return bool(wording("mission_of").search(text, before, mention.start)
                or wording("statistics_body_before").search(text, before, mention.start)
                or (wording("body_before").search(text, before, mention.start)
                    and wording("by_statistics_after").match(text, mention.end)))


def opening_end(text: str) -> int:
    """The end of the first paragraph after the title line that is a sentence, not a date or
    a byline line."""
    position = len(first_line(text))
    while position < len(text):
        end = text.find("\n", position + 1)
        end = len(text) if end < 0 else end
        if len(text[position:end].strip()) >= 60:
            return end
        position = end
    return len(text)


def after_preposition(text: str, position: int) -> bool:
    return bool(wording("preposition_before").search(text[max(0, position - 6):position]))


@lru_cache(maxsize=None)
def marker_pattern(code: str) -> Prefiltered:
    markers = config()["jurisdictions"][code]["markers"]
    # 'кыргызстанц*' stands for every form of the word
    alternatives = "|".join(marker_source(m) for m in sorted(markers, key=len, reverse=True))
    # no look-behind in front: a pattern that opens on its words is scanned for their first
    # letters at C speed; a match inside a word is dropped where it is found
    return Prefiltered(re.compile(rf"(?:{alternatives})(?!\w)"))


def found_markers(code: str, text: str, whole: str) -> set[str]:
    """The markers of a state the lower-case text holds, each once whatever its case. A place
    in another case than the list's after 'в', 'из', 'на' is where people go or come from
    ('вылетели в Москву', 'из Астаны'), not the seat of the body that speaks ('в Москве'),
    and does not count; nor does the host of a visit or talks abroad ('переговоры в Душанбе
    с Эмомали Рахмоном', 'в ходе визита в Ташкент')."""
    listed, every_form, declined_forms = marker_forms(code)
    found = set()
    for match in marker_pattern(code).finditer(whole):
        if match.start() and is_word_character(whole[match.start() - 1]):
            continue  # 'подмосковье' holds no 'москва'
        word = match[0]
        if text[match.start()].isupper() and wording("visit_before").search(
                whole, max(0, match.start() - 90), match.start()):
            continue
        if word in listed or word.startswith(every_form):
            found.add(word)
            continue
        marker = next((m for m, form in declined_forms if form.fullmatch(word)), word)
        if (is_place(marker) and after_preposition(whole, match.start())
                and not is_locative(word.split()[0])):
            continue  # 'в Москву': a destination; 'в Госдуму внесли' still names its state
        found.add(marker)
    return found


def is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


@lru_cache(maxsize=None)
def marker_forms(code: str) -> tuple[frozenset[str], tuple[str, ...], tuple[tuple[str, re.Pattern], ...]]:
    """A state's markers as listed (lower case), the stems that stand for every form, and each
    listed marker with the pattern of all its cases, in a fixed order."""
    markers = config()["jurisdictions"][code]["markers"]
    listed = sorted({m.lower() for m in markers if not m.endswith("*")})
    every_form = tuple(m.lower().rstrip("*") for m in markers if m.endswith("*"))
    return frozenset(listed), every_form, tuple((m, re.compile(marker_source(m))) for m in listed)


@lru_cache(maxsize=None)
def is_place(marker: str) -> bool:
    return " " not in marker and "Geox" in analyzer().parse(marker)[0].tag.grammemes


def marker_source(marker: str) -> str:
    """A marker as a pattern of all its cases: the press writes 'в Москве', 'в Госдуме',
    'статус кандаса', 'Государственную думу', not the dictionary form the list holds. Each
    lower-case word of it may change its ending; an abbreviation ('МВД', 'КР') keeps its form."""
    if marker.endswith("*"):
        return re.escape(marker.lower().rstrip("*")) + r"\w*"
    return r"\s+".join(declined(word) for word in marker.split())


def declined(word: str) -> str:
    stem = word.lower()
    if len(word) < 4 or word.isupper() or not re.fullmatch(r"[А-ЯЁа-яё-]+", word):
        return re.escape(stem)
    stem = wording("case_ending").sub("", stem)
    return re.escape(stem) + r"\w{0,3}" if len(stem) >= 3 else re.escape(word.lower())


def is_location(text: str, mention: Mention) -> bool:
    """'в Казахстане' (where the ministry works) rather than 'в Корею' (where people go)."""
    if not wording("in_before").search(text[max(0, mention.start - 4):mention.start]):
        return False
    return is_locative(text[mention.start:mention.end].split()[0].lower())


@lru_cache(maxsize=20_000)
def is_locative(word: str) -> bool:
    return any(parse.tag.case in ("loct", "loc2") for parse in analyzer().parse(word)[:2])


def first_line(text: str) -> str:
    return text.split("\n", 1)[0][:300]
