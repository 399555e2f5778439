"""Loading rule and vocabulary files from `patterns/`, with validation.

Rules live as data so that a new indicator or site is an edit there; a broken
line must say where it is rather than surface later as a wrong fact.
"""
from __future__ import annotations

import copy
import json
import os
import re
import sys
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Optional

from extractor.errors import UserError


# Data folders shipped with the package: name -> its folder in a source checkout.
# setup.py maps the same folders into the wheel as extractor/_data/<name>.
SHIPPED = {"patterns": "patterns", "archive": "corpora/archive"}


def patterns_dir() -> Path:
    """Where the rule files and source files are: $EXTRACTOR_PATTERNS, else the shipped ones."""
    configured = os.environ.get("EXTRACTOR_PATTERNS")
    return Path(configured) if configured else shipped("patterns")


def shipped(name: str) -> Path:
    """A data folder that travels with the package ('patterns' or 'archive').

    An installed wheel has it inside the package; an editable install or a checkout reads
    the repository's own folder, so an edit there takes effect without reinstalling.
    """
    package = Path(str(resources.files("extractor")))
    installed = package / "_data" / name
    return installed if installed.is_dir() else package.parent / SHIPPED[name]


@lru_cache(maxsize=None)
def load_jsonl(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, Any], ...]:
    path = patterns_dir() / name
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise UserError(f"{path}: cannot read pattern file ({error.strerror})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise UserError(f"{path}:{number}: invalid JSON ({error.msg})") from None
        missing = [key for key in required if key not in row]
        if missing:
            raise UserError(f"{path}:{number}: missing {', '.join(missing)}")
        rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    path = patterns_dir() / name
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise UserError(f"{path}: cannot read pattern file ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise UserError(f"{path}: invalid TOML ({error})") from None


@lru_cache(maxsize=None)
def wording(name: str) -> "Prefiltered":
    """A compiled entry of `patterns/wording.toml`."""
    try:
        return Prefiltered(load_toml("wording.toml")[name], re.IGNORECASE)
    except KeyError:
        raise UserError(f"{patterns_dir() / 'wording.toml'}: missing entry {name!r}") from None
    except re.error as error:
        raise UserError(f"{patterns_dir() / 'wording.toml'}: {name}: invalid pattern ({error})") from None


@lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """The words or stems listed under `key` of `patterns/<name>` ('table.key' inside a table)."""
    listed = entry(name, key)
    if not isinstance(listed, list) or not listed or \
            not all(isinstance(word, str) and word.strip() for word in listed):
        raise UserError(f"{patterns_dir() / name}: {key} must be a list of words")
    return tuple(listed)


@lru_cache(maxsize=None)
def word_list(name: str, key: str) -> str:
    """Those words as an alternation, for a pattern in the engine that holds the layout
    around them."""
    return "|".join(re.escape(word) for word in words(name, key))



def entry(name: str, key: str) -> Any:
    """The entry under `key` of `patterns/<name>` ('table.key' inside a table), None if absent."""
    found: Any = load_toml(name)
    for part in key.split("."):
        found = found.get(part) if isinstance(found, dict) else None
    return found


@lru_cache(maxsize=None)
def numbered(name: str, key: str) -> dict[str, int]:
    """The table under `key` of `patterns/<name>` that gives each word its number."""
    table = entry(name, key)
    if not isinstance(table, dict) or not table or not all(
            isinstance(word, str) and word.strip() and type(value) is int and value >= 0
            for word, value in table.items()):
        raise UserError(f"{patterns_dir() / name}: {key} must be a table of words and numbers")
    return dict(table)


PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def filled(text: str, known: dict[str, str], where: str) -> str:
    """`text` with each '{fragment}' replaced by the fragment of that name."""
    def one(found: re.Match) -> str:
        try:
            return known[found[1]]
        except KeyError:
            raise UserError(f"{where}: unknown fragment {{{found[1]}}}") from None
    return PLACEHOLDER.sub(one, text)


@lru_cache(maxsize=None)
def fragments(name: str) -> dict[str, str]:
    """The `[fragments]` of `patterns/<name>`: pieces of regex that its patterns name as
    '{month}', each with the earlier fragments it names filled in."""
    table = entry(name, "fragments") or {}
    known: dict[str, str] = {}
    for key, text in table.items():
        if not isinstance(text, str) or not text:
            raise UserError(f"{patterns_dir() / name}: fragments.{key} must be a pattern")
        known[key] = filled(text, known, f"{patterns_dir() / name}: fragments.{key}")
    return known


@lru_cache(maxsize=None)
def templated(name: str, key: str, flags: int = 0) -> re.Pattern:
    """The regex under `key` of `patterns/<name>` with its '{fragment}'s filled in, compiled
    once with `flags`; a broken entry says where it is."""
    text = entry(name, key)
    where = f"{patterns_dir() / name}: {key}"
    if not isinstance(text, str) or not text:
        raise UserError(f"{where} must be a pattern")
    try:
        return re.compile(filled(text, fragments(name), where), flags)
    except re.error as error:
        raise UserError(f"{where}: invalid pattern ({error})") from None


# Characters that a pattern ignoring case matches with a Latin or Cyrillic letter although
# str.lower() makes them another letter ('ſ' is 's', 'ᲀ' is 'в'): a text holding one is
# never ruled out by a substring test of its lower-case form.
CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


@lru_cache(maxsize=None)
def required_substrings(pattern: re.Pattern) -> Optional[tuple[tuple[str, ...], bool]]:
    """Substrings of which every match of `pattern` contains one ('http', 'www.' or '@' for
    an address), and whether they are in lower case, to be looked for in the lower-case
    text; None when the pattern promises none. A substring test is far cheaper than a
    search that tries the pattern at every position of a text it cannot match."""
    return substrings_needed(pattern.pattern, pattern.flags)


@lru_cache(maxsize=None)
def substrings_needed(source: str, flags: int = 0) -> Optional[tuple[tuple[str, ...], bool]]:
    """`required_substrings` of the pattern `source` compiled with `flags`, told without
    compiling it: a rule whose substrings a text lacks is never compiled at all. A broken
    pattern raises re.error here as re.compile would."""
    from re import _parser  # the standard library's own reading of a pattern
    parsed = _parser.parse(source, flags)
    folded = bool(parsed.state.flags & re.IGNORECASE)
    found = _required(list(parsed), _parser, folded)
    if not found:
        return None
    found = {s.lower() for s in found} if folded else found
    if len(found) <= FEW_SUBSTRINGS:
        # a text holding 'казахстанц' holds 'казахстан': a substring holding another is never
        # the one that lets a text by, and is not looked for
        kept: list[str] = []
        for substring in sorted(found, key=len):
            for shorter in kept:
                if shorter in substring:
                    break
            else:
                kept.append(substring)
        found = set(kept)
    return tuple(sorted(found)), folded


# Up to this many substrings of a pattern are weeded of those holding another one; the test
# of every pair of a longer list would cost more at loading than it spares.
FEW_SUBSTRINGS = 40


def _required(items: list, parser, folded: bool = False) -> Optional[set[str]]:
    """The most selective set of substrings one of which a match of `items` contains. In a
    pattern that ignores case (`folded`) the substrings are looked for in lower case, so a
    part with flags of its own ('\\b(?-i:ПМЖ)\\b') tells its words as well."""
    best: Optional[set[str]] = None
    run: list[str] = []

    def consider(candidate: Optional[set[str]]) -> None:
        nonlocal best
        if candidate and (best is None or _selectivity(candidate) > _selectivity(best)):
            best = candidate
    for op, value in items + [(None, None)]:
        if op is parser.LITERAL:
            run.append(chr(value))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is parser.SUBPATTERN and (folded or not value[1] and not value[2]):
            consider(_required(list(value[3]), parser, folded))
        elif op is parser.BRANCH:
            branches = [_required(list(branch), parser, folded) for branch in value[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and value[0] >= 1:
            consider(_required(list(value[2]), parser, folded))
        elif op is parser.IN and len(value) <= 8 and all(o is parser.LITERAL for o, _ in value):
            consider({chr(v) for _, v in value})
    return best


def _selectivity(substrings: set[str]) -> tuple[int, int]:
    return min(len(s) for s in substrings), -len(substrings)


def may_match(required: Optional[tuple[tuple[str, ...], bool]], text: str, lowered: str,
              odd: Optional[bool] = None) -> bool:
    """False only when a pattern cannot match `text` (`lowered` is its lower-case form):
    none of its `required_substrings` is there. `odd`, when given, says whether `text` holds
    one of the `CASE_ODDITIES`: a caller testing many patterns on one text looks once."""
    if required is None:
        return True
    substrings, folded = required
    if folded:
        if CASE_ODDITIES.search(text) if odd is None else odd:
            return True
        return any(map(lowered.__contains__, substrings))
    return any(map(text.__contains__, substrings))


class AnyOf:
    """Whether any of several patterns occurs in a text: the answer of one search for their
    alternation, found far cheaper. A long alternation is tried at every position of the
    text; here a pattern is searched alone, and only when a substring it needs is in the
    text, which a substring test settles at once for most patterns and most sentences."""

    def __init__(self, patterns: list[str] | tuple[str, ...]):
        self.by_substring: dict[str, list[str]] = {}
        self.always: list[re.Pattern] = []  # patterns that need no substring we know
        self.compiled: dict[str, re.Pattern] = {}  # the others, compiled when first tried
        for source in patterns:
            required = substrings_needed(source)
            if required is None or required[1]:
                self.always.append(re.compile(source))
                continue
            for substring in required[0]:
                self.by_substring.setdefault(substring, []).append(source)
        self.substrings = tuple(self.by_substring)

    def search(self, text: str) -> bool:
        if any(p.search(text) for p in self.always):
            return True
        return any(self.pattern(source).search(text)
                   for substring in filter(text.__contains__, self.substrings)
                   for source in self.by_substring[substring])

    def pattern(self, source: str) -> re.Pattern:
        """The pattern compiled: most are never tried, their substrings being in no text."""
        found = self.compiled.get(source)
        if found is None:
            found = self.compiled[source] = re.compile(source)
        return found


@lru_cache(maxsize=64)
def lowered_in_place(text: str) -> Optional[str]:
    """`text` in lower case with every character where it was, or None when it holds a
    character whose case the patterns fold otherwise (`CASE_ODDITIES`). Many rules ask of
    the same sentence in turn, so it is lowered once."""
    return None if CASE_ODDITIES.search(text) else text.lower()


# Letters whose case a twin (`lower_case_twin`) may fold by str.lower(): Latin and Cyrillic,
# whose only other case-blind equals are the `CASE_ODDITIES`, which no twin is asked about.
TWIN_LETTERS = re.compile("[\x00-\x7f\u0400-\u04ff]")


@lru_cache(maxsize=None)
def lower_case_twin(pattern: re.Pattern) -> Optional[re.Pattern]:
    """For a pattern that ignores case, the same pattern minding case, to be searched in the
    lower-case text: it matches at the same places, and a search minding case skips to the
    letters a match starts with, where one ignoring case tries every position of the text.
    None unless that is sure: every letter it names is in lower case and is Latin or
    Cyrillic, and no part of it sets flags of its own."""
    from re import _compiler, _parser
    if not pattern.flags & re.IGNORECASE:
        return None
    source = pattern.pattern[4:] if pattern.pattern.startswith("(?i)") else pattern.pattern
    flags = pattern.flags & ~re.IGNORECASE
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE or not _lower_only(list(parsed), _parser):
        return None
    return _compiler.compile(parsed, flags)  # what re.compile does after its own parse


def _lower_only(items: list, parser) -> bool:
    """Every letter of `items` is its own lower case and a Latin or Cyrillic one (or has no
    case), and no group sets flags."""
    def plain(code: int) -> bool:
        char = chr(code)
        return char.lower() == char and (char.upper() == char or bool(TWIN_LETTERS.match(char)))
    for op, value in items:
        if op in (parser.LITERAL, parser.NOT_LITERAL):
            if not plain(value):
                return False
        elif op is parser.IN:
            for kind, member in value:
                if kind is parser.LITERAL and not plain(member):
                    return False
                if kind is parser.RANGE and (member[1] - member[0] > 4096 or
                                             not all(map(plain, range(member[0], member[1] + 1)))):
                    return False
                if kind not in (parser.LITERAL, parser.RANGE, parser.CATEGORY, parser.NEGATE):
                    return False
        elif op is parser.SUBPATTERN:
            if value[1] or value[2] or not _lower_only(list(value[3]), parser):
                return False
        elif op is parser.BRANCH:
            if not all(_lower_only(list(branch), parser) for branch in value[1]):
                return False
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
            if not _lower_only(list(value[2]), parser):
                return False
        elif op in (parser.ASSERT, parser.ASSERT_NOT):
            if not _lower_only(list(value[-1]), parser):
                return False
        elif op is parser.GROUPREF_EXISTS:
            if not all(_lower_only(list(part), parser) for part in value[1:] if part is not None):
                return False
        elif op not in (parser.AT, parser.ANY, parser.CATEGORY, parser.GROUPREF):
            return False
    return True


UNMADE = object()  # a value not computed yet


class Prefiltered:
    """A compiled pattern that first asks whether the text holds a substring every match of
    it needs (`required_substrings`) and answers 'no match' at once when it does not; most
    sentences lack the words of most rules, and a search ignoring case that tries the
    pattern at every position costs many substring tests. Anything else is the pattern's."""

    __slots__ = ("compiled", "source", "flags", "needs", "twin")

    def __init__(self, pattern: re.Pattern | str, flags: int = 0):
        """`pattern` compiled, or its source to compile with `flags` when a text first holds
        a substring it needs: many rules meet none in a whole run. A broken source raises
        re.error here all the same."""
        if isinstance(pattern, str):
            self.source, self.flags = pattern, flags
        else:
            self.compiled, self.source, self.flags = pattern, pattern.pattern, pattern.flags
        self.needs = substrings_needed(self.source, self.flags)
        self.twin: Any = UNMADE  # made for the first search its substrings let by: many never are

    def lacks_needs(self, text: str, pos: int, endpos: int) -> bool:
        """No match can lie in text[pos:endpos]: none of the needed substrings is there.
        The text is lowered once for all the rules that ask of it."""
        if self.needs is None:
            return False
        substrings, folded = self.needs
        haystack = lowered_in_place(text) if folded else text
        if haystack is None:
            return False
        if pos > 0 or endpos < len(text):
            haystack = haystack[max(pos, 0):max(endpos, 0)]
        for substring in substrings:  # a plain loop: most rules need one to three substrings
            if substring in haystack:
                return False
        return True

    def first_start(self, text: str, pos: int, endpos: int) -> Optional[int]:
        """Where the first match from `pos` starts, found by the `lower_case_twin` in the
        lower-case text; -1 when there is none, None when the twin cannot tell."""
        twin = self.twin
        if twin is UNMADE:
            twin = self.twin = lower_case_twin(self.compiled)
        lowered = lowered_in_place(text) if twin is not None else None
        if lowered is None:
            return None
        found = twin.search(lowered, pos, endpos)
        return -1 if found is None else found.start()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        """`lacks_needs`, then `first_start`, written out in one: most rules are asked
        through here, many times a sentence, and the text is lowered at most once."""
        needs, lowered = self.needs, UNMADE
        if needs is not None:
            substrings, folded = needs
            haystack = lowered = lowered_in_place(text) if folded else text
            if haystack is not None:
                if pos > 0 or endpos < len(text):
                    haystack = haystack[max(pos, 0):max(endpos, 0)]
                for substring in substrings:
                    if substring in haystack:
                        break
                else:
                    return None
            if not folded:
                lowered = UNMADE
        twin = self.twin
        if twin is UNMADE:
            twin = self.twin = lower_case_twin(self.compiled)
        if twin is not None:
            if lowered is UNMADE:
                lowered = lowered_in_place(text)
            if lowered is not None:
                found = twin.search(lowered, pos, endpos)
                return None if found is None else self.compiled.match(text, found.start(), endpos)
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return None if self.lacks_needs(text, pos, endpos) else self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return None if self.lacks_needs(text, pos, endpos) else self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self.lacks_needs(text, pos, endpos):
            return iter(())
        start = self.first_start(text, pos, endpos)
        if start is not None and start < 0:
            return iter(())
        # from where the first match starts: the case-blind search need not walk the text
        # before it, which the twin has just done far cheaper
        return self.compiled.finditer(text, pos if start is None else start, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        if self.lacks_needs(text, pos, endpos):
            return []
        start = self.first_start(text, pos, endpos)
        if start is not None and start < 0:
            return []
        return self.compiled.findall(text, pos if start is None else start, endpos)

    def __getattr__(self, name: str) -> Any:
        if name == "compiled":  # asked for the first time: set, it is found in its slot after
            self.compiled = re.compile(self.source, self.flags)
            return self.compiled
        return getattr(self.compiled, name)  # .pattern, .sub, .split, ...


def literal_forms(pattern: re.Pattern, limit: int = 64) -> Optional[tuple[str, ...]]:
    """Every string a pattern minding case matches, when it matches no more than `limit`
    fixed strings ('январ|феврал|ма[йяе]'), else None. It is found in a text exactly where
    one of them is a substring, which a few substring tests settle far cheaper than a search
    trying an alternation at each position whose letter opens one of its branches."""
    from re import _parser
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if pattern.flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE:
        return None
    forms = _forms(list(parsed), _parser, limit)
    if not forms or "" in forms:
        return None
    return tuple(sorted(forms))


def _forms(items: list, parser, limit: int) -> Optional[set[str]]:
    """The strings `items` match, or None when they are not a few fixed strings."""
    forms = {""}
    for op, value in items:
        if op is parser.LITERAL:
            options: Optional[set[str]] = {chr(value)}
        elif op is parser.IN and all(kind is parser.LITERAL for kind, _ in value):
            options = {chr(member) for _, member in value}  # a range ('[а-я]') is no few strings
        elif op is parser.BRANCH:
            branches = [_forms(list(branch), parser, limit) for branch in value[1]]
            options = None if any(b is None for b in branches) else set().union(*branches)
        elif op is parser.SUBPATTERN and not value[1] and not value[2]:
            options = _forms(list(value[3]), parser, limit)
        else:
            return None
        if options is None or len(forms) * len(options) > limit:
            return None
        forms = {form + option for form in forms for option in options}
    return forms


class LiteralHint:
    """A hint pattern told by substring tests where it matches only fixed strings
    (`literal_forms`), else by its own search: `search` answers whether it occurs."""

    __slots__ = ("pattern", "forms", "compiled")

    def __init__(self, pattern: re.Pattern):
        self.compiled, self.pattern, self.forms = pattern, pattern.pattern, literal_forms(pattern)

    def search(self, text: str) -> bool:
        if self.forms is None:
            return self.compiled.search(text) is not None
        for form in self.forms:  # a plain loop: the first form found settles it
            if form in text:
                return True
        return False


@lru_cache(maxsize=None)
def scouts(pattern: re.Pattern) -> Optional[tuple[tuple[re.Pattern, Optional[re.Pattern]], ...]]:
    """Small patterns of which every match of `pattern` contains a match of one (for a
    date 'дд.мм.гггг', a digit, a point or a slash and a digit), each opening on a character
    or a class, which a search skips to at C speed; None when the pattern has none worth a
    search. A pattern that opens on '\\b', a look-behind or a repeat is tried at every
    position of a text; its scout finds in a fraction of that time that it cannot match.
    Each comes with its `lower_case_twin` or None."""
    from re import _compiler, _parser
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    zero_width = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
    items = list(parsed)
    # '\\b\\d+…|\\bв возрасте…' is read as '\\b(?:\\d+…|в возрасте…)': each choice has its scout
    bare = [item for item in items if item[0] not in zero_width]
    while len(bare) == 1 and bare[0][0] is _parser.SUBPATTERN and not bare[0][1][1] and not bare[0][1][2]:
        bare = [item for item in bare[0][1][3] if item[0] not in zero_width]
    branches = [list(b) for b in bare[0][1][1]] if len(bare) == 1 and bare[0][0] is _parser.BRANCH else [items]
    found = []
    for branch in branches:
        runs = _runs(branch, _parser)
        if runs is None:
            return None
        best = max(runs, key=lambda run: _weight(run, _parser), default=[])
        if _weight(best, _parser) < 2.5:
            return None
        flags = pattern.flags | parsed.state.flags
        scout = _compiler.compile(_parser.SubPattern(parsed.state, best), flags)
        twin = None  # its `lower_case_twin`, where the pattern ignores case and that is sure
        if flags & re.IGNORECASE and _lower_only(best, _parser):
            state = copy.copy(parsed.state)
            state.flags &= ~re.IGNORECASE
            twin = _compiler.compile(_parser.SubPattern(state, best), flags & ~re.IGNORECASE)
        found.append((scout, twin))
    return tuple(found)


def _runs(items: list, parser) -> Optional[list[list]]:
    """The runs of `items` that every match holds each in one piece: single characters in a
    row, a repeat's first instance ending one and its last opening the next, a choice of
    fixed words; no run opens on a zero-width assertion. None for a group with flags of its own."""
    runs: list[list] = [[]]
    single = (parser.LITERAL, parser.IN, parser.NOT_LITERAL)
    for op, value in _inlined(items, parser):
        if op is None:
            return None
        if op in single:
            runs[-1].append((op, value))
        elif op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            if runs[-1]:  # tested in the same text, it holds there too; a run opening on one
                runs[-1].append((op, value))  # would be tried at every position
            continue
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT) and value[0] >= 1 \
                and len(value[2]) == 1 and value[2][0][0] in single:
            instance = list(value[2])[0]
            runs[-1].append(instance)
            if value[1] != 1:
                runs.append([instance])  # more instances may come between the first and the last
        elif op is parser.BRANCH and _forms([(op, value)], parser, 64):
            runs[-1].append((op, value))
        else:
            runs.append([])
    return runs


def _inlined(items: list, parser) -> Iterator[tuple]:
    """`items` with each group without flags opened into its own items; (None, None) for a
    group with flags."""
    for op, value in items:
        if op is parser.SUBPATTERN:
            if value[1] or value[2]:
                yield None, None
                continue
            yield from _inlined(list(value[3]), parser)
        else:
            yield op, value


def _weight(run: list, parser) -> float:
    """How rarely a run is met: a letter or a sign counts more than a class, a class of a
    few characters more than '\\d' or '\\s', a choice of words by its shortest."""
    weight = 0.0
    for op, value in run:
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            weight += 0.5
        elif op is parser.LITERAL:
            weight += 1 if chr(value).isdigit() else 3  # the texts masked are full of digits
        elif op is parser.BRANCH:
            weight += 1.5 * min(map(len, _forms([(op, value)], parser, 64)))
        elif op is parser.IN and all(kind in (parser.LITERAL, parser.RANGE) for kind, _ in value):
            weight += 1.5
        else:
            weight += 1
    return weight
