"""The fuzz campaign a release runs (issue 11): many inputs through mapper's entry points, and how many of
them raised an uncaught exception, hung, or killed their process.

Run from the project root::

    .venv/bin/python benchmarks/fuzz_campaign.py [--minutes 5] [--workers 2] [--seed 1] [--timeout 20]

Targets, taken in turn:

``reports.txt`` ... ``reports.jsonl``
    :func:`mapper.read_reports` on the bytes of one file, then :func:`mapper.extract_reports` on what it
    read (the built-in gazetteer). Nothing may be raised, and no report may be skipped as "unexpected"
    (the reader's last net: "a bug in mapper", kept from ending the run).
``extract``
    :func:`mapper.extract` on text, the built-in gazetteer. Nothing may be raised.
``gazetteer``
    :func:`mapper.load_gazetteer` on the bytes of a GeoNames dump (``.txt`` or ``.zip``), then one
    extraction with it. Only a :class:`~mapper.errors.GazetteerError` may be raised.

Inputs are the project's own reports and dumps (``seeds/``, ``tests/data/``) mutated (bytes flipped, spans
cut, repeated or spliced, tokens of the format put in, deep nesting, long numbers), and token soups of
each format. Input ``i`` of a target is made from ``--seed`` and ``i`` alone, so a finding is replayed with
``--replay TARGET:I``; each finding's input is also saved under ``--out``. An input is run in a worker
process: one that takes longer than ``--timeout`` seconds is a hang (its worker is killed and replaced),
one whose worker dies (a crash, or the memory limit of ``--memory`` GB) is counted apart.

Not part of the test suite (the bounded version is ``tests/test_hostile_fuzz.py``).
"""

from __future__ import annotations

import argparse
import io
import logging
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")
TARGETS = (*(f"reports{suffix}" for suffix in SUFFIXES), "extract", "gazetteer")
EXTRACT_TEXT = "Ukrainian forces liberated Izium, Kupiansk and Balakliia; Lyman was shelled."

TOKENS = {
    "common": ["\x00", "\ufeff", "\r", "\n", "\t", " ", "\u2028", "\u0301", "\ud7ff", "\U0010ffff", "9" * 5000,
               "1e400", "-0", "nan", "inf", "Izium", "Kupiansk", "Kharkiv Oblast", "10 September 2022", "09/10/2022"],
    ".txt": ["KYIV, Ukraine, Sept. 10, 2022 (AP) — ", " was liberated. ", " km south of ", "«", "**", "# "],
    ".md": ["---\n", "...\n", "title: ", "date: ", "source: ", "&a ", "*a ", "!!int 0x_", "!!timestamp ",
            "!!binary ", "!!python/object:os.system ", "[", "{", "? ", "- ", "<<: ", "2022-02-30", "0000-00-00"],
    ".html": ["<![", "<![Image x]>", "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE html>", "<head>", "</head>",
              "<body>", "<title>", "<article>", "<p>", "<pre>", "<script type='application/ld+json'>",
              "</script>", "<time datetime='", "&#x110000;", "&#9999999999;", "&amp", "<div>" * 200, "<svg>"],
    ".json": ['{"text": "', '", "date": ', '"}', "[" * 5000, "{" * 50, "\\ud800", "\\u0000", "1e999", "true",
              '"title": ', ", "],
}  # fmt: skip
TOKENS[".jsonl"] = TOKENS[".json"]
DUMP_VALUES = ["", "0", "-1", "nan", "inf", "-inf", "1e400", "90.5", "-180.1", "9" * 30, "9" * 5000, "1_0", "x",
               "\ufeff", "Izium", "A", "P", "ADM1", "PPL", "\r", "\x00", "\u0301", ",,,", "Izium,Izium"]  # fmt: skip


def _corpus(suffixes: tuple[str, ...]) -> list[bytes]:
    found = [p for folder in (ROOT / "seeds", ROOT / "tests" / "data") for p in sorted(folder.rglob("*"))
             if p.is_file() and p.suffix in suffixes and p.stat().st_size < 200_000]  # fmt: skip
    return [p.read_bytes() for p in found[:200]] or [b""]


def _mutate(data: bytes, rng: random.Random, tokens: list[str]) -> bytes:
    """``data`` after one to eight random edits."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(buffer))
        edit = rng.randrange(7)
        if edit == 0 and buffer:  # flip a byte
            buffer[min(at, len(buffer) - 1)] ^= 1 << rng.randrange(8)
        elif edit == 1:  # cut a span
            del buffer[at : at + rng.randint(1, 200)]
        elif edit == 2:  # repeat a span
            buffer[at:at] = bytes(buffer[at : at + rng.randint(1, 20)]) * rng.randint(2, 2000)
        elif edit == 3:  # truncate
            del buffer[at:]
        else:  # a token of the format
            buffer[at:at] = rng.choice(tokens).encode("utf-8", "surrogatepass") * rng.choice([1, 1, 1, 2, 50])
    return bytes(buffer)


def _soup(rng: random.Random, tokens: list[str]) -> bytes:
    words = [rng.choice(tokens) if rng.random() < 0.7 else chr(rng.randrange(0x20, 0x3000)) for _ in
             range(rng.randint(0, 60))]  # fmt: skip
    return "".join(words).encode("utf-8", "surrogatepass")


class Inputs:
    """Input ``i`` of each target, made from the seed and ``i`` alone."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.reports = {suffix: _corpus((suffix,)) for suffix in SUFFIXES}
        self.texts = _corpus((".txt", ".md"))
        self.dump = (ROOT / "tests" / "data" / "gazetteer" / "mini.txt").read_bytes()

    def make(self, target: str, i: int) -> tuple[bytes, str]:
        """The input's bytes and the name of the file it is written to."""
        rng = random.Random(f"{self.seed}:{target}:{i}")
        if target == "extract":
            tokens = TOKENS["common"] + TOKENS[".txt"]
            base = rng.choice(self.texts)
            return (_soup(rng, tokens) if rng.random() < 0.3 else _mutate(base, rng, tokens)), "text"
        if target == "gazetteer":
            return self._dump(rng)
        suffix = target.removeprefix("reports")
        tokens = TOKENS["common"] + TOKENS[suffix]
        corpus = self.reports[suffix]
        if rng.random() < 0.2:
            return _soup(rng, tokens), f"report{suffix}"
        base = rng.choice(corpus)
        if rng.random() < 0.1:  # splice two files of the format
            other = rng.choice(corpus)
            base = base[: rng.randint(0, len(base))] + other[rng.randint(0, len(other)) :]
        return _mutate(base, rng, tokens), f"report{suffix}"

    def _dump(self, rng: random.Random) -> tuple[bytes, str]:
        lines = self.dump.decode("utf-8").split("\n")
        for _ in range(rng.randint(1, 4)):
            row = rng.randrange(len(lines))
            columns = lines[row].split("\t")
            columns[rng.randrange(len(columns))] = rng.choice(DUMP_VALUES)
            lines[row] = "\t".join(columns)
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        if rng.random() < 0.3:
            data = _mutate(data, rng, DUMP_VALUES + ["\t", "\n"])
        if rng.random() < 0.25:
            buffer = io.BytesIO()
            method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
            with zipfile.ZipFile(buffer, "w", compression=method) as archive:
                archive.writestr("UA.txt", data)
            packed = buffer.getvalue()
            return (_mutate(packed, rng, ["PK", "\x00"]) if rng.random() < 0.5 else packed), "UA.zip"
        return data, "UA.txt"


def _run_reports(path: Path, gazetteer: object) -> str | None:
    import mapper

    result = mapper.read_reports([path])
    unexpected = [s.reason for s in result.skipped if "a bug in mapper" in s.reason]
    list(mapper.extract_reports(result.reports, gazetteer, all_mentions=True))
    return unexpected[0].split("; this is")[0] if unexpected else None


def _run_extract(path: Path, gazetteer: object) -> str | None:
    import mapper

    text = path.read_bytes().decode("utf-8", "replace")
    if text.strip():
        mapper.extract(text, gazetteer=gazetteer, all_mentions=True)
    return None


def _run_gazetteer(path: Path, gazetteer: object) -> str | None:
    import mapper
    from mapper.errors import GazetteerError

    try:
        loaded = mapper.load_gazetteer(path)
    except GazetteerError:
        return None
    mapper.extract(EXTRACT_TEXT, gazetteer=loaded, all_mentions=True)
    return None


def _runner(target: str) -> Callable[[Path, object], str | None]:
    if target == "extract":
        return _run_extract
    return _run_gazetteer if target == "gazetteer" else _run_reports


def _signature(exc: BaseException) -> str:
    """The exception's type and where in mapper (or else the innermost frame) it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/mapper/" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:120]}"


def _worker(connection: Connection, seed: int, memory_gb: float) -> None:
    """Run the inputs the parent sends, one at a time; answer each with ``None`` or what went wrong."""
    limit = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    logging.disable(logging.CRITICAL)
    scratch = Path(tempfile.mkdtemp(prefix="mapper-fuzz-"))
    os.environ["MAPPER_CACHE_DIR"] = str(scratch / "cache")
    os.environ["MAPPER_CONFIG_DIR"] = str(scratch / "config")
    os.environ.pop("MAPPER_GAZETTEER", None)
    from mapper.gazetteer import load_gazetteer

    builtin = load_gazetteer()
    inputs = Inputs(seed)
    connection.send("ready")  # the first input's clock starts after the imports and the gazetteer
    while True:
        job = connection.recv()
        if job is None:
            return
        target, i = job
        data, name = inputs.make(target, i)
        folder = scratch / "input"
        folder.mkdir(exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        try:
            outcome = _runner(target)(path, builtin)
        except Exception as exc:  # what the campaign looks for
            outcome = _signature(exc)
        for cached in (scratch / "cache").glob("*"):  # every dump gets an index: keep the folder small
            if cached.name != "digests.json" and cached.stat().st_mtime > time.time() - 60:
                cached.unlink(missing_ok=True)
        connection.send(outcome)


class Worker:
    def __init__(self, seed: int, memory_gb: float) -> None:
        self.connection, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_worker, args=(child, seed, memory_gb), daemon=True)
        self.process.start()
        self.job: tuple[str, int] | None = None  # none until the worker says it is ready
        self.started = 0.0

    def give(self, job: tuple[str, int]) -> None:
        self.job, self.started = job, time.monotonic()
        self.connection.send(job)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()


def campaign(minutes: float, workers: int, seed: int, timeout: float, memory_gb: float, out: Path) -> int:
    """Run the campaign; print the counts per target and each finding. Returns the number of findings."""
    inputs = Inputs(seed)
    counts = {target: Counter() for target in TARGETS}
    findings: dict[str, tuple[str, int]] = {}  # signature -> the first input that gave it
    next_input = dict.fromkeys(TARGETS, 0)
    turn = 0

    def next_job() -> tuple[str, int]:
        nonlocal turn
        target = TARGETS[turn % len(TARGETS)]
        turn += 1
        next_input[target] += 1
        return target, next_input[target] - 1

    def found(kind: str, signature: str, job: tuple[str, int]) -> None:
        counts[job[0]][kind] += 1
        key = f"{job[0]} {kind}: {signature}"
        if key not in findings:
            findings[key] = job
            data, name = inputs.make(*job)
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{job[0]}-{job[1]}-{name}").write_bytes(data)
            print(f"  new: {key} (--replay {job[0]}:{job[1]})", file=sys.stderr)

    pool = [Worker(seed, memory_gb) for _ in range(workers)]
    deadline = time.monotonic() + minutes * 60
    started = time.monotonic()
    while pool:
        ready = wait([w.connection for w in pool] + [w.process.sentinel for w in pool], timeout=1.0)
        for worker in list(pool):
            job, answered = worker.job, worker.connection in ready
            if job is None:  # starting: it takes its first input once it says it is ready
                if worker.process.sentinel in ready and not answered:
                    sys.exit(f"a fuzz worker died while starting (exit {worker.process.exitcode})")
                if not answered:
                    continue
                worker.connection.recv()
            elif answered:
                counts[job[0]]["inputs"] += 1
                outcome = worker.connection.recv()
                if outcome is not None:
                    found("uncaught", outcome, job)
            elif worker.process.sentinel in ready or time.monotonic() - worker.started > timeout:
                died = worker.process.sentinel in ready
                worker.stop()
                counts[job[0]]["inputs"] += 1
                found("crashes" if died else "hangs", f"exit {worker.process.exitcode}" if died else
                      f"more than {timeout:g} s", job)  # fmt: skip
                pool[pool.index(worker)] = Worker(seed, memory_gb)
                continue
            else:
                continue
            if time.monotonic() < deadline:
                worker.give(next_job())
            else:
                worker.connection.send(None)
                worker.process.join(timeout=10)
                pool.remove(worker)
    elapsed = time.monotonic() - started
    print(f"\n{'target':<16}{'inputs':>9}{'uncaught':>10}{'hangs':>7}{'crashes':>9}")
    for target in TARGETS:
        c = counts[target]
        print(f"{target:<16}{c['inputs']:>9}{c['uncaught']:>10}{c['hangs']:>7}{c['crashes']:>9}")
    total = sum(counts.values(), Counter())
    print(f"{'all':<16}{total['inputs']:>9}{total['uncaught']:>10}{total['hangs']:>7}{total['crashes']:>9}")
    print(f"\n{total['inputs'] / elapsed:.0f} inputs/s over {elapsed:.0f} s, seed {seed}, {workers} workers")
    for key, (target, i) in sorted(findings.items()):
        print(f"{key}  [--replay {target}:{i}]")
    return len(findings)


def replay(spec: str, seed: int) -> None:
    """Run one input in this process, with its traceback."""
    target, _, number = spec.partition(":")
    data, name = Inputs(seed).make(target, int(number))
    from mapper.gazetteer import load_gazetteer

    with tempfile.TemporaryDirectory() as folder:
        os.environ["MAPPER_CACHE_DIR"] = str(Path(folder) / "cache")
        path = Path(folder) / name
        path.write_bytes(data)
        print(f"{len(data)} bytes: {data[:200]!r}", file=sys.stderr)
        print(_runner(target)(path, load_gazetteer(None)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds after which an input is a hang")
    parser.add_argument("--memory", type=float, default=4.0, help="GB a worker may use")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz")
    parser.add_argument("--replay", metavar="TARGET:I", help="run one input here, with its traceback")
    args = parser.parse_args()
    if args.replay:
        replay(args.replay, args.seed)
        return
    findings = campaign(args.minutes, args.workers, args.seed, args.timeout, args.memory, args.out)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
