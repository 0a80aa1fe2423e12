"""A tower's export made in a child process, so that a stop ends it within a second.

torch's own export call cannot be interrupted, nor can ONNX Runtime's optimisation after it: seconds for the
default model, over a minute for ViT-L-14 on a busy CPU -- longer than the app waits for its threads as it closes.
So where a stop can be asked (the app's threads: Stop, or the window closing; see `Tower.export`), the export
(torch's export, the optimisation and the check against open_clip: the tower's ``produce``) runs in a child
process that loads its own CPU fp32 copy of the model and writes into the temporary folder the parent gave it.
The parent waits for the child or the stop, whichever comes first; on a stop it ends the child (terminate, then
kill) and says so, and `text_onnx.record_outcome` removes the folder with nothing recorded: the export is made
again the next time it is needed.

The child is started with 'spawn', never 'fork': the parent has Qt's and torch's threads, and a forked copy of a
process that has run OpenMP can hang. Its cost (importing torch, ~3-5 s, and a second copy of the model in memory
while it runs) is paid once per weights, as each tower is exported once. A frozen app starts the child through
``multiprocessing.freeze_support()`` in its entry point (``installer/photoclip_entry.py``); a ``sys.executable
-m`` child would not work there.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from photoclip.core.embedder import Embedder

POLL_S = 0.1  # how often the parent looks at the stop event while the child works
# A model this small exports in-process in about a second (the tests' tiny model, 3.4 M parameters: ~0.5 s), sooner
# than a child would have imported torch (3-5 s): a stop waits less for it there. The smallest real CLIP models
# are past 50 M (the default ViT-B-32-256, 151 M: 4-7 s per tower on 2 idle cores).
CHILD_MIN_PARAMS = 20_000_000
END_WAIT_S = 1.0  # how long a terminated child gets before it is killed


class ChildFailed(Exception):
    """The export failed in the child: ``str(e)`` is the reason, as the child saw it ("ExportError: ...")."""


def worth_a_child(embedder: Embedder) -> bool:
    """Whether ``embedder``'s model is big enough that a stop should not wait for its export in this process."""
    return sum(p.numel() for p in embedder.model.parameters()) >= CHILD_MIN_PARAMS


def produce_in_child(produce: Callable[..., dict[str, Any]], embedder: Embedder, weights: str | os.PathLike[str],
                     path: Path, stop: threading.Event) -> dict[str, Any] | None:
    """Run ``produce(embedder', weights, path, None)`` in a child process, ``embedder'`` being the child's own CPU
    copy of ``embedder``'s model; what it returns, or None when ``stop`` was set first (the child is ended by then,
    within about a second). ``produce`` must be a module-level function (the child imports it by name). Raises
    `ChildFailed` when the export failed there (its reason), or the child ended without a word (a crash)."""
    import torch  # the parent has it already (it holds the model): only asked for its thread count

    if stop.is_set():
        return None
    ctx = multiprocessing.get_context("spawn")
    reader, writer = ctx.Pipe(duplex=False)
    name = embedder.model_name or embedder.model_key
    proc = ctx.Process(target=_child, name="photoclip-export", daemon=True,
                       args=(produce, name, embedder.model_file, os.fspath(weights), os.fspath(path),
                             torch.get_num_threads(), writer))
    proc.start()
    writer.close()  # the child holds the other end: its death reads as the end of the pipe
    try:
        while not stop.is_set():
            ready = wait([reader, proc.sentinel], timeout=POLL_S)
            if not ready:
                continue
            if reader.poll():
                try:
                    status, value = reader.recv()
                except EOFError:
                    break
                if status == "ok":
                    return dict(value)
                raise ChildFailed(str(value))
            break  # it ended without a word
        if stop.is_set():
            return None
        proc.join(END_WAIT_S)
        if proc.exitcode is not None and proc.exitcode < 0:
            # Killed by a signal from outside (the system ending the session, a user's kill): not the model's
            # fault, so nothing is recorded and the export is tried again next time.
            return None
        raise ChildFailed(f"the export process ended without a result (exit code {proc.exitcode})")
    finally:
        _end(proc)
        reader.close()


def _end(proc: multiprocessing.process.BaseProcess) -> None:
    if proc.is_alive():
        proc.terminate()
        proc.join(END_WAIT_S)
    if proc.is_alive():
        proc.kill()
        proc.join(END_WAIT_S)


def _child(produce: Callable[..., dict[str, Any]], name: str, model_file: str | None, weights: str, path: str,
           threads: int, conn: Connection) -> None:
    # Ctrl+C in a terminal reaches the whole process group: the parent decides whether the export stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    try:
        from photoclip.core.embedder import load_embedder

        embedder = load_embedder(name, model_file=model_file, device="cpu", threads=threads)
        conn.send(("ok", produce(embedder, weights, Path(path), None)))
    except BaseException as e:
        from photoclip.core.text_onnx import reason_line

        conn.send(("failed", reason_line(e)))
    finally:
        conn.close()


def _end_with_parent() -> None:
    """End this child when its parent is gone (killed, crashed): nobody would read its export."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="photoclip-export-parent", daemon=True).start()
