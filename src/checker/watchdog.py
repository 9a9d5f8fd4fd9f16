"""A time budget for each rule on each document, so that nothing hangs a hook or a CI gate.

Rules read patterns from TOML rulesets that users extend; a colleague's pattern such as
``(会议)+$`` can backtrack for minutes on one long line, and a third-party plugin may simply
loop. Python's regular-expression engine checks for signals while it matches, so an interval
timer interrupts even a match that would never end. The budget grows with the document
(``rule-timeout`` seconds, plus as much again per megabyte of text): a linear rule is far
inside it on any real draft. A rule that runs past it is reported as a rule failure naming the
rule and the file, and the other rules' findings are kept.

The timer needs the main thread of a POSIX process (the command line and the ``-j`` workers
are); elsewhere the budget is not enforced.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

DEFAULT_TIMEOUT = 10.0  # seconds per rule per document, plus as much again per MB


class RuleTimeout(BaseException):
    """A rule ran past its time budget on one document.

    A BaseException, so that a rule's own ``except Exception`` cannot swallow it.
    """


def budget_for(timeout: float, text_length: int) -> float:
    """Seconds a rule may spend on a text of ``text_length`` characters (0: no limit)."""
    if timeout <= 0:
        return 0.0
    megabytes = text_length * 3 / 1_000_000  # Chinese text is about three bytes a character
    return timeout * (1.0 + megabytes)


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the block if it runs longer than ``seconds``."""
    if seconds <= 0 or not _can_time():
        yield
        return

    def expire(signum, frame):
        raise RuleTimeout(f"ran past its time budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
