"""Extraction throughput: ``python -m talentflow.bench extract``.

Generates a corpus of 20,000+ documents by recombining sentences of the labelled corpus
(tests/corpus, else the packaged seed sentences), then reports words/s per core in a single
process and with a process pool, and the peak RSS after a small and a large run (memory
should stay flat). Options via environment: TF_BENCH_DOCS (default 20000),
TF_BENCH_PROCS (default: cores), TF_BENCH_SKIP (comma list of components to disable, e.g.
``talentflow_reasons`` to time the event engine alone).
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import resource
import sys
import time
from pathlib import Path
from typing import Iterator

from talentflow.models import Document

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"
SENT = re.compile(r"(?<=[.!?\u061f])\s+|\n+")


def _sentences() -> dict[str, list[tuple[str, str | None]]]:
    out: dict[str, list[tuple[str, str | None]]] = {"ar": [], "en": []}
    for f in sorted(CORPUS.rglob("*.json")) if CORPUS.exists() else []:
        d = json.loads(f.read_text(encoding="utf-8"))
        lang = d.get("lang")
        if lang in out:
            out[lang] += [(s.strip(), d.get("published")) for s in SENT.split(d.get("text", "")) if s.strip()]
    if not out["en"]:
        out["en"] = [("Jane Roe, the chief financial officer of Acme Corp, resigned in May 2024.", "2024-06-01"),
                     ("She had joined the company in 2021 and will join Globex as chief executive.", "2024-06-01")]
        out["ar"] = out["ar"] or out["en"]
    return out


def generate(n: int, seed: int = 7) -> Iterator[Document]:
    """``n`` documents of 6-14 sentences drawn from one language's sentence pool."""
    rng = random.Random(seed)
    pools = _sentences()
    langs = [lang for lang in pools if pools[lang]]
    for i in range(n):
        lang = langs[i % len(langs)]
        picks = [pools[lang][rng.randrange(len(pools[lang]))] for _ in range(rng.randint(6, 14))]
        yield Document(text=" ".join(s for s, _ in picks), lang=lang, published=picks[0][1], id=f"bench:{i}")


def _words(doc: Document) -> int:
    return len(doc.text.split())


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _disable(skip: list[str]) -> None:
    from talentflow.pipeline import get_nlp

    for lang in ("ar", "en"):
        nlp = get_nlp(lang)
        for name in skip:
            if name in nlp.pipe_names and name not in nlp.disabled:
                nlp.disable_pipe(name)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_single(n: int) -> tuple[int, float, int, float]:
    """(words, seconds, events, CPU seconds) extracting ``n`` generated documents in this process.

    CPU seconds do not count time spent waiting for a busy machine's cores, so words per CPU
    second is the per-core throughput even when other work shares the machine.
    """
    from talentflow.pipeline import extract_document

    words = events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in generate(n):  # streamed: the documents themselves must not grow the memory
        words += _words(doc)
        events += len(extract_document(doc))
    return words, time.perf_counter() - t0, events, time.process_time() - c0


def run_pool(n: int, procs: int) -> tuple[int, float, int, float]:
    """(words, seconds, events, CPU seconds of the workers) extracting ``n`` documents with a
    pool of ``procs`` processes."""
    from talentflow.pipeline import extract_many

    words = events = 0
    t0, c0 = time.perf_counter(), _children_cpu()
    for doc, evs in extract_many(generate(n), n_process=procs, batch_size=64):
        words += _words(doc)
        events += len(evs)
    return words, time.perf_counter() - t0, events, _children_cpu() - c0


def main() -> None:
    """Print throughput (words/s per core) and peak memory."""
    from talentflow.pipeline import extract

    n = int(os.environ.get("TF_BENCH_DOCS", "20000"))
    procs = int(os.environ.get("TF_BENCH_PROCS", str(os.cpu_count() or 2)))
    skip = [s for s in os.environ.get("TF_BENCH_SKIP", "").split(",") if s]
    extract("warm up", lang="en")
    extract("warm up", lang="ar")
    _disable(skip)
    small = max(200, n // 10)
    w, s, e, c = run_single(small)
    rss_small = _rss_mb()
    print(f"single process, {small} docs: {w} words in {s:.1f}s = {w / s:,.0f} words/s per core "
          f"[CPU {c:.1f}s: {w / c:,.0f} words/CPU-s] ({e} events); peak RSS {rss_small:.0f} MB", flush=True)
    w, s, e, c = run_single(n // 2)
    rss_large = _rss_mb()
    print(f"single process, {n // 2} docs: {w} words in {s:.1f}s = {w / s:,.0f} words/s per core "
          f"[CPU {c:.1f}s: {w / c:,.0f} words/CPU-s] ({e} events); peak RSS {rss_large:.0f} MB "
          f"(growth {rss_large - rss_small:+.0f} MB)", flush=True)
    w, s, e, c = run_pool(n, procs)
    print(f"process pool x{procs}, {n} docs: {w} words in {s:.1f}s = {w / s:,.0f} words/s total, "
          f"{w / s / procs:,.0f} words/s per core [workers' CPU {c:.1f}s: {w / c:,.0f} words/CPU-s] "
          f"({e} events)", flush=True)
    print(f"(Python {platform.python_version()} from {sys.base_prefix}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores: wall-clock figures "
          "count waiting for a core; words/CPU-s do not)", flush=True)
    if skip:
        print(f"(components disabled: {', '.join(skip)})")


if __name__ == "__main__":
    main()
