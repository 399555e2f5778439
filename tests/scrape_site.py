"""A fixture site on 127.0.0.1 for the scraper tests: files from corpora/sites/ plus faults.

The server answers conditional GETs (ETag) like a real site, logs every request
with the time it arrived (to check per-host delays), and lets a test make any
path misbehave: fail first, rate-limit, hang, loop redirects, grow too large.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Callable, Optional

from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

SITES = Path(__file__).resolve().parent.parent / "corpora" / "sites"
TYPES = {".html": "text/html", ".xml": "application/xml", ".txt": "text/plain",
         ".json": "application/json", ".pdf": "application/pdf",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

Fault = Callable[[Request, int], Optional[Response]]


class FixtureSite:
    def __init__(self, server: HTTPServer, root: Path):
        self.server = server
        self.root = root
        self.hits: list[tuple[str, str, float]] = []   # (method, path?query, monotonic time)
        self.counts: Counter[str] = Counter()
        self.faults: dict[str, Fault] = {}
        self.graphql: Optional[Callable[[Request], Response]] = None
        self.lock = threading.Lock()
        server.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    @property
    def base_url(self) -> str:
        return self.server.url_for("/").rstrip("/")

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths(self, method: str = "GET") -> list[str]:
        return [p for m, p, _ in self.hits if m == method]

    def reset_log(self) -> None:
        self.hits.clear()

    def handle(self, request: Request) -> Response:
        key = request.path + (f"?{request.query_string.decode()}" if request.query_string else "")
        with self.lock:
            self.hits.append((request.method, key, time.monotonic()))
            self.counts[key] += 1
            count = self.counts[key]
        fault = self.faults.get(key)
        if fault is not None:
            answer = fault(request, count)
            if answer is not None:
                return answer
        if request.path == "/graphql" and self.graphql is not None:
            return self.graphql(request)
        file = self.resolve(request.path, request.args.get("page"))
        if file is None:
            return Response("not found", status=404)
        body = file.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest() + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, status=200, headers={"ETag": etag},
                        content_type=TYPES.get(file.suffix, "application/octet-stream"))

    def resolve(self, path: str, page: Optional[str]) -> Optional[Path]:
        """'/news/' -> news/index.html, '/list?page=2' -> list/page-2.html, '/item/7' -> item/7.html."""
        local = self.root / path.lstrip("/")
        choices = [local / f"page-{page}.html"] if page else []
        choices += [local / "index.html", local, local.with_name(local.name + ".html")]
        for choice in choices:
            if choice.is_file() and self.root in choice.resolve().parents:
                return choice
        return None


# -- faults -------------------------------------------------------------------------------
def fail_first(times: int, status: int = 500) -> Fault:
    return lambda request, count: Response("busy", status=status) if count <= times else None


def rate_limited(retry_after: str, times: int = 1) -> Fault:
    return lambda request, count: (Response("slow down", status=429,
                                            headers={"Retry-After": retry_after})
                                   if count <= times else None)


def hang(seconds: float) -> Fault:
    def fault(request: Request, count: int) -> Optional[Response]:
        time.sleep(seconds)
        return Response("<html>late</html>", content_type="text/html")
    return fault


def redirect_to(location: str) -> Fault:
    return lambda request, count: Response("", status=302, headers={"Location": location})


def serve(body: str, content_type: str = "text/plain", status: int = 200) -> Fault:
    """Answer with this body instead of the file (e.g. a robots.txt written by the test)."""
    return lambda request, count: Response(body, status=status, content_type=content_type)


def drip(size: int, every: float) -> Fault:
    """A body of `size` bytes sent one byte every `every` seconds: no single read times out."""
    def fault(request: Request, count: int) -> Optional[Response]:
        def body():
            for _ in range(size):
                yield b" "
                time.sleep(every)
        return Response(body(), content_type="text/html", headers={"Content-Length": str(size)})
    return fault


def oversized(size: int) -> Fault:
    body = "<html><body><p>" + "Квота " * (size // 10) + "</p></body></html>"
    return lambda request, count: Response(body, content_type="text/html")


def graphql_news(items_file: Path) -> Callable[[Request], Response]:
    """A gov.kz-style GraphQL endpoint: `news(projects, _page, _size)` over a JSON file."""
    items = json.loads(items_file.read_text(encoding="utf-8"))

    def answer(request: Request) -> Response:
        payload = request.get_json(force=True, silent=True) or {}
        variables = payload.get("variables") or {}
        if "news" not in (payload.get("query") or ""):
            return Response(json.dumps({"errors": [{"message": "unknown query"}]}),
                            content_type="application/json", status=400)
        project = str(variables.get("projects", "")).removeprefix("EQ:")
        page, size = int(variables.get("page", 1)), int(variables.get("size", 10))
        chosen = [i for i in items if i["project"] == project][(page - 1) * size: page * size]
        return Response(json.dumps({"data": {"news": chosen}}, ensure_ascii=False),
                        content_type="application/json")
    return answer


def start(root_name: str) -> FixtureSite:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    return FixtureSite(server, SITES / root_name)
