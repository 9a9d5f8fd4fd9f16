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


def _expire(signum, frame):
    raise RuleTimeout("ran past its time budget")


class Budget:
    """One alarm handler for a whole document; each rule arms and disarms the timer.

    Installing a signal handler costs far more than setting a timer, and a document goes
    through thirty rules, so the handler is installed once per document.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = seconds > 0 and _can_time()
        self._previous = None

    def __enter__(self) -> "Budget":
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, _expire)
        return self

    def __exit__(self, *exc) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    @contextmanager
    def rule(self) -> Iterator[None]:
        """Time one rule: :class:`RuleTimeout` if it runs past the budget."""
        if not self.active:
            yield
            return
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            yield
        except RuleTimeout:
            raise RuleTimeout(f"ran past its time budget of {self.seconds:.0f} s") from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def untimed() -> Iterator[None]:
    """One-time set-up inside a rule (loading a dictionary, compiling an automaton) is not
    charged to the rule that happens to need it first: the timer stops and resumes after."""
    if not _can_time():
        yield
        return
    remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    if remaining:
        signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if remaining:
            signal.setitimer(signal.ITIMER_REAL, remaining)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the block if it runs longer than ``seconds``."""
    with Budget(seconds) as budget, budget.rule():
        yield
