"""Many small ffmpeg jobs in a few processes: one process reads dozens of inputs and writes one raw
output per input, each through its own filters.

Starting ffmpeg costs 30-70 ms (it maps a 100+ MB binary) while decoding or stretching a 3 s clip costs
a few: a film's 1,500 clips run one process each spent nearly all their time starting processes.
Batched (40 per process, one process per core), a clip costs about 9 ms of wall time on one core
(measured on the 2-core VM: 33 ms per clip one process each). For stretching, an in-process library
was measured too: Rubber Band through pedalboard 0.9 (GPL-3) took 149 ms per 3 s clip, 62 ms in its
fast mode, so batching ffmpeg's atempo (WSOLA, pitch kept) won, without a new native library.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from studio.core.audio_decode import AudioDecodeError, run_ffmpeg

# Enough to hide the start-up cost, few enough that the command line stays far below Windows' 32k
# characters and a failing input (which fails its whole process) costs little to retry alone.
BATCH_SIZE = 40
_TIMEOUT_S = 600.0


class BatchError(AudioDecodeError):
    """One process of a batch failed; str() is ffmpeg's last word. Callers retry its jobs one by one."""


@dataclass(frozen=True)
class BatchJob:
    """One input file and what to do with it: input options (before -i), output options (filters)."""

    source: Path
    input_args: tuple[str, ...] = ()
    output_args: tuple[str, ...] = ()


def default_workers() -> int:
    """One ffmpeg per core: the jobs are CPU-bound, more processes only share the same cores."""
    return max(1, min(8, os.cpu_count() or 2))


def run_jobs(jobs: Sequence[BatchJob], sample_rate: int, *, workers: int | None = None,
             cancel: threading.Event | None = None) -> list[bytes | BatchError]:
    """Each job's output as mono s16 at sample_rate, in the order of jobs; a job of a failing process
    gets that process's BatchError instead (run it alone to know which input was at fault)."""
    if not jobs:
        return []
    workers = workers or default_workers()
    size = max(1, min(BATCH_SIZE, math.ceil(len(jobs) / workers)))
    chunks = [list(jobs[start:start + size]) for start in range(0, len(jobs), size)]

    def one(chunk: list[BatchJob]) -> list[bytes | BatchError]:
        if cancel is not None and cancel.is_set():
            return [BatchError("cancelled")] * len(chunk)
        try:
            return list(_run_chunk(chunk, sample_rate))
        except BatchError as error:
            return [error] * len(chunk)

    with ThreadPoolExecutor(max_workers=min(workers, len(chunks))) as pool:
        return [out for chunk_out in pool.map(one, chunks) for out in chunk_out]


def _run_chunk(chunk: list[BatchJob], sample_rate: int) -> list[bytes]:
    folder = tempfile.mkdtemp(prefix="studio-batch-")
    try:
        command: list[str] = []
        for job in chunk:
            command += [*job.input_args, "-i", str(job.source)]
        outputs = [os.path.join(folder, f"{n}.raw") for n in range(len(chunk))]
        for n, (job, output) in enumerate(zip(chunk, outputs)):
            command += ["-map", f"{n}:a:0", *job.output_args, "-f", "s16le", "-acodec", "pcm_s16le",
                        "-ar", str(sample_rate), "-ac", "1", "-y", output]
        try:
            run_ffmpeg(command, timeout_s=_TIMEOUT_S)
        except AudioDecodeError as error:  # failed, timed out, or no ffmpeg at all
            raise BatchError(str(error)) from None
        results = []
        for output in outputs:
            with open(output, "rb") as handle:
                results.append(handle.read())
        return results
    finally:
        shutil.rmtree(folder, ignore_errors=True)

