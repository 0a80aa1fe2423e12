"""numpy's BLAS kept to one thread, for the whole process: the products photoclip computes with numpy are small.

A query scored against a background sample or a filter's photos, tag scores, a duplicate group's similarities:
each is a fraction of a millisecond on one core. OpenBLAS spreads every product over all cores and its threads
spin after each; beside the model (torch or ONNX Runtime), the window and the decoders, a product waited for a
descheduled BLAS thread instead: on a busy 2-core machine the app's keystroke searches over 100,000 photos took a
median 37-64 ms with them and 15 ms without, and a fused search with torch ~150 ms instead of ~55. torch and ONNX
Runtime have thread pools of their own, which this leaves alone (threadpoolctl reaches the BLAS libraries loaded
as shared objects, numpy's OpenBLAS; torch's MKL is linked into torch itself).
"""

from __future__ import annotations

import threading

_done = False
_lock = threading.Lock()


def one_blas_thread() -> None:
    """Limit numpy's BLAS to one thread (once per process; later calls cost nothing)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
        _done = True
