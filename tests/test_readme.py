"""README's shell examples work from a fresh clone: every file they read is in the
repository, and the offline ones that print to the terminal run."""
import re
import shlex
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
FILE_SUFFIX = re.compile(r"\.(txt|html?|jsonl?|toml|pdf|docx|warc(\.gz)?|arc)$")
WRITTEN_BY = {"--out", "--db", ">", ">>"}   # the next word names a file the command writes
INPUT_COMMANDS = {"extract", "evaluate", "ingest", "sources", "scrape", "monitor"}
OFFLINE = {"extract", "sources"}
SOURCE_NAMES = {tomllib.loads(path.read_text(encoding="utf-8"))["name"]
                for path in (ROOT / "patterns" / "sources").glob("*.toml")}


def example_commands() -> list[list[str]]:
    """Each `extractor ...` command of the sh blocks (also after a `|`), as words."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            lexer = shlex.shlex(line, posix=True, punctuation_chars="|&;<>")
            lexer.whitespace_split, lexer.commenters = True, "#"
            words = list(lexer)
            starts = [0] + [i + 1 for i, word in enumerate(words) if word in ("|", "&&")]
            found.extend(words[start:] for start in starts
                         if words[start:start + 1] == ["extractor"])
    return [words[:words.index("|")] if "|" in words else words for words in found]


def files_read(words: list[str]) -> list[str]:
    """The input files an example names: the arguments of a command that reads files, and
    any `--input FILE`; not what it writes (`--out`, `--db`, `>`) or a source's name."""
    reads_arguments = words[1] in INPUT_COMMANDS
    return [word for before, word in zip(words, words[1:])
            if before == "--input" or reads_arguments and before not in WRITTEN_BY
            and not word.startswith("-") and "://" not in word and word not in SOURCE_NAMES
            and ("/" in word or FILE_SUFFIX.search(word))]


def in_repository(word: str) -> bool:
    path = (ROOT / word).resolve()
    return path.is_relative_to(ROOT) and path.exists()


COMMANDS = example_commands()


def test_the_examples_were_found():
    assert sum(words[1] == "extract" for words in COMMANDS) >= 2


@pytest.mark.parametrize("words", COMMANDS, ids=" ".join)
def test_every_file_an_example_reads_is_in_the_repository(words):
    missing = [word for word in files_read(words) if not in_repository(word)]
    assert not missing, f"{' '.join(words)}: not in the repository: {missing}"


@pytest.mark.parametrize("words", [w for w in COMMANDS if w[1] in OFFLINE and files_read(w)
                                   and not WRITTEN_BY.intersection(w)], ids=" ".join)
def test_offline_examples_on_repository_files_run(words, tmp_path):
    result = subprocess.run([sys.executable, "-m", "extractor", *words[1:]], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
