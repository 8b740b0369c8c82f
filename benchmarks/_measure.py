"""Run a command and measure it: wall and CPU seconds, and peak memory, of the process and of all its processes.

``max_rss`` is the kernel's peak resident set of the largest single process of the run (the
command, or one of its workers: ``wait4``'s ``ru_maxrss``); ``tree_peak`` is the largest sum of the
resident sets of the command and all its descendants, sampled every 50 ms from ``/proc`` (Linux),
which is what a machine must hold when ``--jobs`` runs several processes at once.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Measured", "run_measured"]

SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float
    max_rss_mb: float
    tree_peak_mb: float
    returncode: int
    stderr: str


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            children = []
        found += [int(child) for child in children]
        todo += [int(child) for child in children]
    return found


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``command`` to its end, with stdout discarded and stderr kept, and measure it."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})  # fmt: skip
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total = _rss_kb(process.pid) + sum(_rss_kb(child) for child in _descendants(process.pid))
            peak[0] = max(peak[0], total)
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    return Measured(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak[0] / 1024,
                    process.returncode, stderr)  # fmt: skip
