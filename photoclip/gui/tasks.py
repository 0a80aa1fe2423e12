"""Worker threads that own an engine and run tasks on it, one at a time, posting results back by signal.

This is the app's version of Anki's operations and Picard's `run_task`: a task is a plain function that gets the
thread's context (its own `Engine`, whose SQLite connection belongs to that thread) and never a widget; its
result or exception comes back to the UI thread through a queued signal and is handed to the task's
`success` or `failure` callback there. A failure without a handler goes to the thread's `error` signal: errors
are shown, never swallowed.

`submit` is safe to call from any thread (the folder watcher calls it from its own), because it only touches two
queues and a lock. An ``urgent`` task (what a search needs) runs before every queued ordinary one (side panels,
warming caches), in the order urgent tasks were submitted; and a task that waits for something slow on its thread
(the query thread's catalog, loading on its own thread) can run the urgent ones meanwhile (`run_urgent`).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from photoclip.gui.qt import QObject, Qt, QThread, Signal

log = logging.getLogger(__name__)

C = TypeVar("C")


@dataclass(eq=False)
class Task:
    fn: Callable[[Any], Any]
    success: Callable[[Any], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    key: str | None = None  # a newer task with the same key makes a still-queued older one moot
    superseded: bool = field(default=False, repr=False)


class TaskThread(QThread, Generic[C]):
    """A QThread with its own context object (made on the thread) and two FIFOs of tasks: urgent, then the rest."""

    # Carries (task, result, error) to the UI thread; the receiver lives there, so the connection is queued.
    _done = Signal(object, object, object)
    error = Signal(str)
    started_up = Signal(object)  # the context, once made (or an exception when making it failed)

    def __init__(self, name: str, make_context: Callable[[], C], close_context: Callable[[C], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._make_context = make_context
        self._close_context = close_context
        self._tasks: deque[Task] = deque()
        self._urgent: deque[Task] = deque()
        self._latest: dict[str, Task] = {}
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._stopping = False
        self._context: C | None = None
        self._running_urgent = False
        self._ident: int | None = None  # the thread's, once it runs
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[C], Any], success: Callable[[Any], None] | None = None,
               failure: Callable[[BaseException], None] | None = None, key: str | None = None,
               urgent: bool = False) -> Task:
        task = Task(fn, success, failure, key)
        with self._lock:
            if self._stopping:
                return task
            if key is not None:
                old = self._latest.get(key)
                if old is not None:
                    old.superseded = True
                self._latest[key] = task
            (self._urgent if urgent else self._tasks).append(task)
            self._wake.notify()
        return task

    def stop(self) -> None:
        """Finish the task in hand, drop the queued ones, close the context and end the thread."""
        with self._lock:
            self._stopping = True
            self._wake.notify()

    def _next(self) -> Task | None:
        with self._lock:
            while not (self._stopping or self._urgent or self._tasks):
                self._wake.wait()
            if self._stopping:
                return None
            return self._urgent.popleft() if self._urgent else self._tasks.popleft()

    def run_urgent(self) -> None:
        """Run the urgent tasks queued now; for a task on this thread that waits for something slow. Not nested:
        an urgent task that itself waits just waits."""
        if self._running_urgent or threading.get_ident() != self._ident:
            return
        self._running_urgent = True
        try:
            while True:
                with self._lock:
                    if self._stopping or not self._urgent:
                        return
                    task = self._urgent.popleft()
                self._run(task)
        finally:
            self._running_urgent = False

    def _run(self, task: Task) -> None:
        if task.superseded:
            return
        try:
            result = task.fn(self._context)
        except Exception as e:
            log.debug("task failed on %s:\n%s", self.objectName(), traceback.format_exc())
            self._done.emit(task, None, e)
        else:
            self._done.emit(task, result, None)

    def run(self) -> None:
        try:
            context = self._make_context()
        except Exception as e:
            log.exception("%s could not start", self.objectName())
            self.started_up.emit(e)
            return
        self._context, self._ident = context, threading.get_ident()
        self.started_up.emit(context)
        try:
            while (task := self._next()) is not None:
                self._run(task)
        finally:
            if self._close_context is not None:
                try:
                    self._close_context(context)
                except Exception:
                    log.exception("closing %s failed", self.objectName())

    def _deliver(self, task: Task, result: object, error: BaseException | None) -> None:
        with self._lock:
            if task.key is not None and self._latest.get(task.key) is task:
                del self._latest[task.key]
        if task.superseded:
            return  # a newer request of the same kind is on its way; showing this one would flicker
        if error is None:
            if task.success is not None:
                task.success(result)
        elif task.failure is not None:
            task.failure(error)
        else:
            self.error.emit(f"{type(error).__name__}: {error}" if not str(error) else str(error))
