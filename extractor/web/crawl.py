"""The scrape loop: discover, skip what is known, fetch, read, filter, extract, store.

One article at a time, each stored in its own transaction, so stopping at any
point keeps everything finished so far and a rerun picks up where it stopped.
`monitor` is this loop run again and again, printing the facts it has not
printed before.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Optional, TextIO

from extractor.engine import pipeline
from extractor.documents.page_meta import to_date
from extractor.web.articles import parse_article
from extractor.documents.attachments import document_kind, document_text, linked_documents
from extractor.web.discovery import Candidate, Walker
from extractor.web.fetching import Disallowed, FetchError, Fetcher, OutOfScope, Page
from extractor.records import Document, Extraction, Fact, stable_id
from extractor.web.sources import Source
from extractor.store import Fetched, SaveResult, Store


ARTICLE_CONTEXT = ("title", "published", "outlet", "language", "jurisdiction")


@dataclass
class Options:
    since: Optional[str] = None     # YYYY-MM-DD: older articles are not stored
    max: Optional[int] = None       # stop after fetching this many articles
    refresh: bool = False           # fetch known URLs again (changed pages become new versions)
    backfill: bool = False          # walk every listing page and every child sitemap
    announce: bool = False          # mark new facts for `monitor` to print


@dataclass
class Summary:
    source: str
    fetched: int = 0
    known: int = 0
    filtered: int = 0
    disallowed: int = 0
    failed: int = 0
    stored: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.source}: fetched {self.fetched}, skipped as known {self.known}, "
                f"filtered out {self.filtered}, disallowed {self.disallowed}, "
                f"failed {self.failed}, stored {self.stored}, facts found {self.facts}")


class Progress:
    """A progress bar on a terminal, plain log lines otherwise."""

    def __init__(self, stream: TextIO = sys.stderr, quiet: bool = False):
        self.stream = stream
        self.quiet = quiet
        self.bar = None
        self.tty = hasattr(stream, "isatty") and stream.isatty()

    def start(self, name: str) -> None:
        if self.tty and not self.quiet:
            from tqdm import tqdm
            self.bar = tqdm(desc=name, unit=" pages", file=self.stream, leave=False)

    def step(self, summary: Summary, message: Optional[str] = None) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(stored=summary.stored, failed=summary.failed, refresh=False)
        elif message and not self.quiet:
            print(message, file=self.stream, flush=True)

    def note(self, message: str) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def finish(self, summary: Summary) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        print(summary.line(), file=self.stream, flush=True)


class Crawler:
    """Runs sources against one store with one shared fetcher (shared per-host delays)."""

    def __init__(self, store: Store, fetcher: Optional[Fetcher] = None,
                 progress: Optional[Progress] = None,
                 on_document: Optional[Callable[[SaveResult], None]] = None):
        self.store = store
        self.fetcher = fetcher or Fetcher(cache=store)
        self.progress = progress or Progress(quiet=True)
        self.on_document = on_document
        self.due: dict[str, dict[str, Any]] = {}   # URLs that failed for a passing reason
        self.still_due: set[str] = set()            # ... and failed again in this run

    def run(self, source: Source, options: Options) -> Summary:
        summary = Summary(source.name)
        self.store.register_source(source.name, source.jurisdiction, source.language,
                                   source.summary())
        walker = Walker(self.fetcher, self.store, source, backfill=options.backfill,
                        refresh=options.refresh, rules=rules_tag(source),
                        on_error=lambda message: self.discovery_failed(summary, message))
        seen: set[str] = set()
        self.due, self.still_due = dict(self.store.due(source.name)), set()
        self.progress.start(source.name)
        try:
            for candidate in walker.discover():
                if candidate.url in seen:
                    continue
                seen.add(candidate.url)
                if options.max is not None and summary.fetched >= options.max:
                    break
                self.visit(source, candidate, options, summary)
                self.settle(candidate.url)
            for url, about in list(self.due.items()):  # not listed again, but not had yet
                if url in seen or (options.max is not None and summary.fetched >= options.max):
                    continue
                seen.add(url)
                self.revisit(source, url, about, options, summary)
                self.settle(url)
        finally:
            self.progress.finish(summary)
        self.store.touch_source(source.name)
        return summary

    def known(self, source: Source, url: str) -> bool:
        """Stored or skipped before; pages judged by rules that have since changed are not."""
        seen = self.store.seen(url)
        if seen is None:
            return False
        return "[rules " not in seen or seen.endswith(rules_tag(source))

    def discovery_failed(self, summary: Summary, problem: "str | FetchError") -> None:
        if isinstance(problem, Disallowed):
            summary.disallowed += 1
            return
        summary.failed += 1
        summary.errors.append(str(problem))
        self.progress.note(f"warning: {problem}")

    def revisit(self, source: Source, url: str, about: dict[str, Any], options: Options,
                summary: Summary) -> None:
        """A URL that failed for a passing reason on an earlier run, tried again."""
        if about.get("kind") == "document":
            context = about.get("article") or {}
            article = Document(text="", **{k: context.get(k) for k in ARTICLE_CONTEXT
                                           if context.get(k) is not None})
            self.attachment(source, url, about.get("label"), article, options, summary)
        else:
            self.visit(source, Candidate(url=url, **(about.get("candidate") or {})), options,
                       summary)

    def settle(self, url: str) -> None:
        """A due URL that was dealt with this time (had, skipped, gone for good) is due no more."""
        if url in self.due and url not in self.still_due:
            del self.due[url]
            self.store.clear_due(url)

    def visit(self, source: Source, candidate: Candidate, options: Options,
              summary: Summary) -> None:
        """One candidate URL, from the allow-list check to the stored document."""
        url = candidate.url
        if not source.url_allowed(url):
            summary.filtered += 1
            return
        if not options.refresh and self.known(source, url):
            summary.known += 1
            return
        hinted = to_date(candidate.published or candidate.modified, source.timezone)
        if options.since and hinted and hinted < options.since:
            summary.filtered += 1
            return
        page = self.get(source, candidate, summary)
        if page is None:
            return
        document = parse_article(page.text, url, source, title=candidate.title,
                                 published=candidate.published)
        outcome = self.judge(source, candidate, document, options)
        if outcome:
            summary.filtered += outcome != "no article text"
            summary.failed += outcome == "no article text"
            self.store.mark_seen(url, f"{outcome} {rules_tag(source)}")
            self.progress.step(summary, f"{source.name}: {outcome}: {url}")
            return
        # linked orders first: once the article is stored, a rerun would not come back for them
        self.attachments(source, page, document, options, summary)
        self.keep(source, url, page, document, options, summary)

    def keep(self, source: Source, url: str, page: Page, document: Document, options: Options,
             summary: Summary) -> None:
        """Extract and store one document (an article or a linked PDF/DOCX)."""
        try:
            extraction = extract(document)
        except Exception as error:  # an engine bug must not stop the crawl; retried next run
            summary.failed += 1
            self.progress.note(f"warning: {url}: extraction failed: {type(error).__name__}: "
                               f"{error}")
            return
        fetched = Fetched(url=url, final_url=page.final_url,
                          canonical_url=canonical(page.text), status=page.status,
                          headers=page.headers, raw=page.content or None,
                          fetched_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat())
        result = self.store.save(extraction, fetched, source.name, announce=options.announce)
        if result.outcome in ("new", "version"):
            summary.stored += 1
            summary.facts += len(result.new_facts)
        self.progress.step(summary, f"{source.name}: {result.outcome}: {url} "
                                    f"({len(result.new_facts)} facts)")
        if self.on_document is not None:
            self.on_document(result)

    def attachments(self, source: Source, page: Page, article: Document, options: Options,
                    summary: Summary) -> None:
        """PDF/DOCX documents linked from the article body, stored as documents of their own."""
        rules = source.article
        if not rules.attachments:
            return
        scopes = [s for s in rules.body if s not in ("json-ld", "meta")]
        for link, label in linked_documents(page.text, page.final_url,
                                            scopes)[:rules.max_attachments]:
            url = source.resolve(link)
            self.attachment(source, url, label, article, options, summary)
            self.settle(url)

    def attachment(self, source: Source, url: str, label: Optional[str], article: Document,
                   options: Options, summary: Summary) -> None:
        """One linked PDF/DOCX, with the date, outlet and title of the article that links it."""
        if not options.refresh and self.store.is_known(url):
            summary.known += 1
            return
        about = {"kind": "document", "label": label,
                 "article": {k: getattr(article, k) for k in ARTICLE_CONTEXT}}
        got = self.fetch(source, url, summary, kind="document", scope=source.on_site,
                         about=about)
        if got is None:
            return
        kind = document_kind(url, got.content_type, got.content)
        try:
            text = document_text(got.content, kind) if kind else ""
        except ValueError as error:
            text = ""
            self.progress.note(f"warning: {url}: {error}")
        if not text:
            summary.failed += 1
            self.store.mark_seen(url, "no document text")
            return
        document = Document(text=text, url=url, title=label or article.title,
                            published=article.published, outlet=article.outlet,
                            language=article.language, jurisdiction=article.jurisdiction)
        self.keep(source, url, got, document, options, summary)

    def get(self, source: Source, candidate: Candidate, summary: Summary) -> Optional[Page]:
        """The article page, or the body the API already gave; None (counted) on failure."""
        if not candidate.fetch and candidate.html:
            try:
                self.fetcher.check(candidate.url, source.politeness)
            except FetchError as error:
                self.fetch_failed(source, candidate.url, error, summary, None)
                return None
            return Page(url=candidate.url, final_url=candidate.url, status=200,
                        text=f"<html><body><article>{candidate.html}</article></body></html>")
        about = {"kind": "article",
                 "candidate": {k: getattr(candidate, k) for k in
                               ("title", "summary", "published", "modified")}}
        return self.fetch(source, candidate.url, summary, kind="html",
                          scope=source.url_allowed, about=about)

    def fetch(self, source: Source, url: str, summary: Summary, kind: str,
              scope: Callable[[str], bool], about: Optional[dict[str, Any]]) -> Optional[Page]:
        """One page or document; a redirect may only lead inside `scope`; failures counted."""
        try:
            page = self.fetcher.get(url, source.politeness, kind=kind, scope=scope)
        except FetchError as error:
            self.fetch_failed(source, url, error, summary, about)
            return None
        summary.fetched += 1
        return page

    def fetch_failed(self, source: Source, url: str, error: FetchError, summary: Summary,
                     about: Optional[dict[str, Any]]) -> None:
        """Count a page not had; remember it as gone for good, or as due again next run."""
        if isinstance(error, Disallowed):
            summary.disallowed += 1
            return
        if isinstance(error, OutOfScope):
            summary.filtered += 1
            self.store.mark_seen(url, error.reason)
            self.progress.step(summary, f"{source.name}: filtered out: {error}")
            return
        summary.failed += 1
        summary.errors.append(str(error))
        self.progress.note(f"warning: {error}")
        if error.permanent:
            self.store.mark_seen(url, error.reason)
        elif about is not None:  # timeout, 5xx, a long Retry-After, robots.txt unreachable
            self.store.mark_due(url, source.name, error.reason, about)
            self.still_due.add(url)

    @staticmethod
    def judge(source: Source, candidate: Candidate, document: Document,
              options: Options) -> Optional[str]:
        """Why this article is not stored, or None to store it."""
        if not document.text.strip():
            return "no article text"
        if options.since and document.published and document.published < options.since:
            return "published before --since"
        about = "\n".join(filter(None, (document.title, candidate.summary, document.text)))
        if not source.topic.accepts(about):
            return "off-topic"
        return None


def rules_tag(source: Source) -> str:
    """A short fingerprint of the rules that judge a page (selectors, topic, allow/deny).

    Remembered with every page skipped as off-topic or empty, so fixing a source
    file makes the next run look at those pages again instead of skipping them.
    """
    rules = json.dumps([asdict(source.article), source.topic.keywords, source.topic.min_hits],
                       ensure_ascii=False, sort_keys=True)
    return f"[rules {stable_id(rules, length=8)}]"


def extract(document: Document) -> Extraction:
    """The engine's extraction, keeping the document metadata the scraper found."""
    extraction = pipeline.extract(document)
    if extraction.document is not document:
        found = extraction.document
        for name in ("url", "title", "published", "outlet", "jurisdiction"):
            if getattr(found, name) is None:
                setattr(found, name, getattr(document, name))
    return extraction


def canonical(html: str) -> Optional[str]:
    """<link rel=canonical> of a page, found cheaply without a second parse."""
    import re
    match = re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*>", html[:200_000], re.I)
    if not match:
        return None
    href = re.search(r"href=[\"']([^\"']+)", match.group(0))
    return href.group(1) if href else None


# -- monitor -------------------------------------------------------------------------
def announce(store: Store, out: TextIO, as_jsonl: bool) -> int:
    """Print every fact not printed before, then remember it; returns how many."""
    pending = store.pending_announcements()
    for document, fact in pending:
        out.write(fact_line(document, fact, as_jsonl) + "\n")
        out.flush()
        store.mark_announced([fact.id])
    return len(pending)


def fact_line(document: Document, fact: Fact, as_jsonl: bool) -> str:
    if as_jsonl:
        head = {k: getattr(document, k) for k in ("id", "url", "title", "published", "outlet")}
        return json.dumps({"document": head, "fact": fact.to_dict()}, ensure_ascii=False)
    country = (fact.dimensions or {}).get("country") or "-"
    when = fact.time.as_of or fact.time.period or "-"
    value = fact.to_dict()["value"]
    return (f"{document.published or '?'}  {document.outlet or '-'}  "
            f"{fact.indicator or fact.subject}  {value if value is not None else '-'} "
            f"{fact.unit or ''}  {country}  {when}  «{fact.evidence.text}»  {document.url}")


def monitor(crawler: Crawler, sources: list[Source], options: Options, interval: float,
            out: TextIO, as_jsonl: bool, cycles: Optional[int] = None,
            sleep: Callable[[float], None] = time.sleep) -> int:
    """Scrape every source, print new facts, wait, repeat (until Ctrl-C or `cycles`)."""
    options.announce = True
    done = 0
    announce(crawler.store, out, as_jsonl)  # facts stored but not printed before a crash
    while cycles is None or done < cycles:
        for source in sources:
            crawler.run(source, options)
            announce(crawler.store, out, as_jsonl)
        done += 1
        if cycles is None or done < cycles:
            sleep(interval)
    return done
