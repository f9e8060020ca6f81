"""handlers.state: the group cooldown and the bounded answer log."""

from __future__ import annotations

from handlers.state import BoundedMap, Cooldown


def test_cooldown_per_chat_and_window() -> None:
    now = [100.0]
    cooldown = Cooldown(30, clock=lambda: now[0])
    assert cooldown.allow(-1, "Hegseth NATO")
    assert not cooldown.allow(-1, "  hegseth   nato ")
    assert cooldown.allow(-2, "hegseth nato")
    assert cooldown.allow(-1, "trump war")
    now[0] += 31
    assert cooldown.allow(-1, "hegseth nato")


def test_bounded_map_forgets_the_least_recently_used() -> None:
    log: BoundedMap[tuple[int, int], int] = BoundedMap(2)
    log.put((1, 1), 10)
    log.put((1, 2), 20)
    assert log.get((1, 1)) == 10  # now the most recent
    log.put((1, 3), 30)
    assert log.get((1, 2)) is None and log.get((1, 1)) == 10 and len(log) == 2
