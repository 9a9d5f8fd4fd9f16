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
import time
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


class Budget:
    """The time budget of every rule on one document, kept by one interval timer.

    The timer is armed once per document, not once per rule: a document goes through thirty
    rules, and a system call at each rule's start and end cost more than many rules do. Each
    rule only notes when it started; when the timer fires, the rule running then is stopped if
    it has used its budget, and otherwise the timer is set again for what it has left.

    Installing the signal handler is a system call and an enum conversion, paid twice per
    document unless a run keeps it installed around all its documents (:func:`handler_installed`);
    a budget then installs nothing and restores nothing.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = seconds > 0 and _can_time()
        self._previous = None
        self._installed = False  # this budget installed the handler and restores the previous one
        self._timer = _RuleTimer(self)  # one timer object for all the document's rules
        self._outer: Budget | None = None
        self.started: float | None = None  # when the running rule started; None between rules
        self.paused = False

    def __enter__(self) -> "Budget":
        global _running
        if self.active:
            if signal.getsignal(signal.SIGALRM) is not _on_alarm:
                self._previous = signal.signal(signal.SIGALRM, _on_alarm)
                self._installed = True
            self._outer, _running = _running, self
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc) -> None:
        global _running
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _running = self._outer
            if self._installed:
                signal.signal(signal.SIGALRM, self._previous)

    def rule(self) -> "_RuleTimer":
        """Time one rule: :class:`RuleTimeout` if it runs past the budget."""
        return self._timer

    def _expire(self) -> None:
        left = self.seconds
        if self.started is not None and not self.paused:
            left -= time.monotonic() - self.started
            if left <= 0:
                self.started = None
                raise RuleTimeout(f"ran past its time budget of {self.seconds:.0f} s")
        signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


class _RuleTimer:
    __slots__ = ("budget",)

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def __enter__(self) -> None:
        self.budget.started = time.monotonic()

    def __exit__(self, *exc) -> None:
        self.budget.started = None


_running: Budget | None = None


def _on_alarm(signum, frame) -> None:
    """The SIGALRM handler of every budget: the innermost running one decides."""
    if _running is not None:
        _running._expire()


@contextmanager
def handler_installed() -> Iterator[None]:
    """Keep the budgets' signal handler installed around many documents (a whole run).

    Outside the main thread, or where there are no interval timers, this does nothing, and
    budgets are not enforced there anyway.
    """
    if not _can_time() or signal.getsignal(signal.SIGALRM) is _on_alarm:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def untimed() -> Iterator[None]:
    """One-time set-up inside a rule (loading a dictionary, compiling an automaton) is not
    charged to the rule that happens to need it first: its clock stops and resumes after."""
    budget = _running
    if budget is None or budget.started is None or budget.paused:
        yield
        return
    budget.paused = True
    began = time.monotonic()
    try:
        yield
    finally:
        budget.paused = False
        if budget.started is not None:
            budget.started += time.monotonic() - began


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`RuleTimeout` in the block if it runs longer than ``seconds``."""
    with Budget(seconds) as budget, budget.rule():
        yield
