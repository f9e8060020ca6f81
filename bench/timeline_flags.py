"""'changed?' flags on real articles, for a hand check (issue 14).

    .venv/bin/python bench/timeline_flags.py [--speakers 25] [--sample 20] [--corpus dev]

Loads PolNeAR (../shared/eval/polnear, read at run time; nothing of it is kept) into a
temporary store through bot.bulk as `onrecord load` does, builds the timeline of each of
the `--speakers` speakers with the most statements, on each of the topics that speaker
spoke on most (the words search lists in its notices), and prints every flag: the two
statements and the readings that made it. `--sample` of them (seeded) are printed in full
for judging by hand, and as many near misses (stances that contradict between statements
the same-matter rule kept apart: where a missed change would be); BENCHMARKS.md lists the
judgements.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "polnear"

from bot.bulk import load_bulk, read_items  # noqa: E402
from bot.reversals import Stance, changed_from, stances  # noqa: E402
from bot.search.query import STOPWORDS  # noqa: E402
from bot.store.sqlite import SQLiteStore  # noqa: E402
from bot.text import words  # noqa: E402
from bot.timeline import Timeline, build_timeline  # noqa: E402
from bot.workers import shared_pool  # noqa: E402

TOPICS_PER_SPEAKER = 3
MIN_TOPIC_CHARS = 4


def near_misses(timeline: Timeline) -> list[tuple[int, int, str, str]]:
    """Pairs (earlier index, later index, was, now) whose stances contradict but which
    the same-matter rule did not flag: where a missed change of position would be."""
    found = []
    history: list[list[Stance]] = []
    for index, entry in enumerate(timeline.entries):
        readings = stances(entry.statement.cue, entry.statement.display or entry.statement.quote)
        hit = changed_from(history, readings)
        if hit is not None and entry.changed is None:
            found.append((hit[0], index, hit[1].words, hit[2].words))
        history.append(readings)
    return found


async def flags(corpus: Path, speakers: int
                ) -> tuple[list[tuple[Timeline, int]], int, list[tuple[Timeline, tuple]]]:
    """(timeline, entry index) of every flag, how many entries were read, and the near
    misses (near_misses) of every timeline."""
    shared_pool()
    found: list[tuple[Timeline, int]] = []
    misses: list[tuple[Timeline, tuple]] = []
    seen: set[tuple[int, int]] = set()
    read = 0
    with tempfile.TemporaryDirectory() as folder:
        async with await SQLiteStore.open(Path(folder) / "flags.db") as store:
            await load_bulk(store, read_items([corpus]), progress=False)
            top = sorted(await store.speakers(), key=lambda s: -s.statement_count)[:speakers]
            for speaker in top:
                everything = await build_timeline(store, speaker.name, None)
                for topic in _topics(everything):
                    timeline = await build_timeline(store, speaker.name, topic)
                    read += len(timeline.entries)
                    misses += [(timeline, miss) for miss in near_misses(timeline)]
                    for index, entry in enumerate(timeline.entries):
                        pair = (entry.statement.id, entry.changed.statement_id
                                if entry.changed else 0)
                        if entry.changed and pair not in seen:
                            seen.add(pair)
                            found.append((timeline, index))
    return found, read, misses


def _topics(timeline: Timeline) -> list[str]:
    """The words a speaker's statements hold most often (not stopwords, not their name)."""
    names = {w.lower() for name in timeline.speakers for w in words(name)}
    counts: Counter[str] = Counter()
    for entry in timeline.entries:
        said = {w.lower() for w in words(entry.statement.display or entry.statement.quote)}
        counts.update(w for w in said if w not in STOPWORDS and w not in names
                      and len(w) >= MIN_TOPIC_CHARS and w.isalpha())
    return [w for w, n in counts.most_common(TOPICS_PER_SPEAKER) if n > 2]


def show(timeline: Timeline, index: int, number: int) -> str:
    entry = timeline.entries[index]
    assert entry.changed is not None
    earlier = timeline.entries[entry.changed.earlier - 1]
    return (f"[{number}] {timeline.speakers[0]} on {timeline.topic}: "
            f"“{entry.changed.was}” -> “{entry.changed.now}”\n"
            f"  #{earlier.number} {earlier.day}: {earlier.statement.display}\n"
            f"  #{entry.number} {entry.day}: {entry.statement.display}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speakers", type=int, default=25)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--corpus", default="dev", choices=("dev", "train"))
    args = parser.parse_args()
    corpus = SHARED / f"{args.corpus}.jsonl"
    if not corpus.exists():
        sys.exit(f"{corpus}: not found (PolNeAR is read from ../shared at run time)")
    found, read, misses = asyncio.run(flags(corpus, args.speakers))
    print(f"{len(found)} flags in {read} timeline entries "
          f"({args.speakers} speakers x up to {TOPICS_PER_SPEAKER} topics, {args.corpus})\n")
    sample = random.Random(14).sample(found, min(args.sample, len(found)))
    for number, (timeline, index) in enumerate(sample, 1):
        print(show(timeline, index, number) + "\n")
    print(f"near misses (contradicting stances, too few words in common): {len(misses)}\n")
    for number, (timeline, (old, new, was, now)) in enumerate(
            random.Random(14).sample(misses, min(args.sample, len(misses))), 1):
        first, second = timeline.entries[old], timeline.entries[new]
        print(f"[m{number}] {timeline.speakers[0]} on {timeline.topic}: “{was}” -> “{now}”\n"
              f"  #{first.number} {first.day}: {first.statement.display}\n"
              f"  #{second.number} {second.day}: {second.statement.display}\n")


if __name__ == "__main__":
    main()
