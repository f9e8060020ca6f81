"""Counts, examples and the printed table of the fidelity benchmark (bench/fidelity.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

CLASSES = ("not_verbatim", "reporter_words_in_marks", "indirect_without_cue",
           "unbalanced_marks", "bad_speaker", "bad_title", "duplicate_speakers",
           "said_after_published")
EXAMPLES = 5  # kept per class and shown (fidelity.py --examples changes it)
EXAMPLE_CHARS = 240  # an example's text is cut to this


def cut(text: str, limit: int = EXAMPLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass
class Tally:
    """One input's (or the sum's) counts, reasons per class and first examples."""

    articles: int = 0
    statements: int = 0
    stand_ins: int = 0  # statements whose display was empty (the stand-in was checked)
    counts: Counter[str] = field(default_factory=Counter)
    reasons: defaultdict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter))
    examples: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    keep: int = EXAMPLES

    def add(self, cls: str, where: str, text: str, reason: str | None = None) -> None:
        self.counts[cls] += 1
        if reason:
            self.reasons[cls][_reason_kind(reason)] += 1
        if len(self.examples[cls]) < self.keep:
            self.examples[cls].append(f"[{cut(where, 70)}] {cut(text)}")

    @classmethod
    def sum(cls, tallies: Iterable[Tally], keep: int = EXAMPLES) -> Tally:
        total = cls(keep=keep)
        for t in tallies:
            total.articles += t.articles
            total.statements += t.statements
            total.stand_ins += t.stand_ins
            total.counts.update(t.counts)
            for step, spent in t.seconds.items():
                total.seconds[step] += spent
            for name, reasons in t.reasons.items():
                total.reasons[name].update(reasons)
            for name, examples in t.examples.items():
                room = keep - len(total.examples[name])
                total.examples[name] += examples[:max(room, 0)]
        return total


def _reason_kind(reason: str) -> str:
    """'verb 'said'' -> 'verb': reasons are grouped by their first word(s)."""
    return reason.split(" '")[0]


def _share(n: int, of: int) -> str:
    return f"{100 * n / of:.2f}%" if of else "-"


def print_report(tallies: dict[str, Tally], total: Tally) -> None:
    labels = list(tallies)
    width = max(24, *(len(c) for c in CLASSES)) + 2
    head = "".join(f"{label:>10}" for label in labels)
    print("Fidelity of card text (issue 11); per statement unless noted\n")
    print(f"{'class':<{width}}{head}{'total':>10}{'% of stmts':>12}")
    print(f"{'articles':<{width}}" + "".join(f"{t.articles:>10}" for t in tallies.values())
          + f"{total.articles:>10}")
    print(f"{'statements':<{width}}" + "".join(f"{t.statements:>10}" for t in tallies.values())
          + f"{total.statements:>10}")
    for cls in CLASSES:
        row = "".join(f"{t.counts[cls]:>10}" for t in tallies.values())
        share = "(pairs)" if cls == "duplicate_speakers" else _share(total.counts[cls],
                                                                    total.statements)
        print(f"{cls:<{width}}{row}{total.counts[cls]:>10}{share:>12}")
    if len(tallies) > 1:
        print(f"\nduplicate_speakers per input: each input's own store; total: one store "
              f"holding every input ({total.counts['duplicate_speakers']} pairs).")
    if total.stand_ins:
        print(f"\n{total.stand_ins} of {total.statements} statements have no display yet: "
              "their stand-in (today's card: “quote” for direct, the quote as is "
              "otherwise) was checked.")
    for cls in CLASSES:
        if not total.counts[cls]:
            continue
        reasons = ", ".join(f"{r} {n}" for r, n in total.reasons[cls].most_common())
        print(f"\n{cls}: {total.counts[cls]}" + (f"  ({reasons})" if reasons else ""))
        for example in total.examples[cls]:
            print(f"  - {example}")
    seconds = ", ".join(f"{k} {v:.1f} s" for k, v in total.seconds.items())
    print(f"\ntime: {seconds} (articles: {total.articles})")
