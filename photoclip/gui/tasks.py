"""Worker threads that own an engine and run tasks on it, one at a time, posting results back by signal.

This is the app's version of Anki's operations and Picard's `run_task`: a task is a plain function that gets the
thread's context (its own `Engine`, whose SQLite connection belongs to that thread) and never a widget; its
result or exception comes back to the UI thread through a queued signal and is handed to the task's
`success` or `failure` callback there. A failure without a handler goes to the thread's `error` signal: errors
are shown, never swallowed.

`submit` is safe to call from any thread (the folder watcher calls it from its own), because it only touches a
`queue.Queue` and a lock.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
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
    """A QThread with its own context object (made on the thread) and a FIFO of tasks."""

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
        self._queue: queue.Queue[Task | None] = queue.Queue()
        self._latest: dict[str, Task] = {}
        self._lock = threading.Lock()
        self._stopping = False
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[C], Any], success: Callable[[Any], None] | None = None,
               failure: Callable[[BaseException], None] | None = None, key: str | None = None) -> Task:
        task = Task(fn, success, failure, key)
        with self._lock:
            if self._stopping:
                return task
            if key is not None:
                old = self._latest.get(key)
                if old is not None:
                    old.superseded = True
                self._latest[key] = task
        self._queue.put(task)
        return task

    def stop(self) -> None:
        """Finish the task in hand, drop the queued ones, close the context and end the thread."""
        with self._lock:
            self._stopping = True
        self._queue.put(None)

    def run(self) -> None:
        try:
            context = self._make_context()
        except Exception as e:
            log.exception("%s could not start", self.objectName())
            self.started_up.emit(e)
            return
        self.started_up.emit(context)
        try:
            while True:
                task = self._queue.get()
                if task is None or self._stopping:
                    break
                if task.superseded:
                    continue
                try:
                    result = task.fn(context)
                except Exception as e:
                    log.debug("task failed on %s:\n%s", self.objectName(), traceback.format_exc())
                    self._done.emit(task, None, e)
                else:
                    self._done.emit(task, result, None)
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
