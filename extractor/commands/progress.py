"""Progress of long commands: a bar on a terminal, a log line now and then otherwise,
and the counts so far even when the user presses Ctrl-C."""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO

LOG_EVERY_S = 10.0


class Progress:
    def __init__(self, total: Optional[int], unit: str, stream: Optional[TextIO] = None,
                 quiet: bool = False):
        stream = stream or sys.stderr  # looked up now: tests and callers may replace it
        self.total, self.unit, self.stream, self.quiet = total, unit, stream, quiet
        self.done = 0
        self.bar = None
        self.last_log = time.monotonic()
        if not quiet and hasattr(stream, "isatty") and stream.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit=f" {unit}", file=stream, leave=False)

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
        elif not self.quiet and time.monotonic() - self.last_log >= LOG_EVERY_S:
            self.last_log = time.monotonic()
            of = f" of {self.total}" if self.total is not None else ""
            print(f"extractor: {self.done}{of} {self.unit} done", file=self.stream, flush=True)

    def note(self, message: str) -> None:
        """A line of detail that does not break the bar."""
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def say(args, message: str) -> None:
    """A summary or note on stderr, unless the user asked for --quiet."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr, flush=True)
