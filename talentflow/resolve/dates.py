"""ISO dates at mixed precision (YYYY, YYYY-MM, YYYY-MM-DD): compatibility and choice.

>>> compatible("2025", "2025-07"), compatible("2025-07", "2025-08"), compatible("2025-07", "2025-10")
(True, True, False)
"""

from __future__ import annotations

import re
from collections import Counter

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTH_TOLERANCE = 1


def clean(value: object) -> str | None:
    """``value`` if it is an ISO date at one of the three precisions, else None.

    >>> clean("2025-7"), clean("2025-13"), clean("2025-07-04")
    (None, None, '2025-07-04')
    """
    m = _ISO.match(value) if isinstance(value, str) else None
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12) \
            or (m.group(3) and not 1 <= int(m.group(3)) <= 31):
        return None
    return value


def precision(d: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return d.count("-") + 1


def month_index(d: str) -> int | None:
    """Months since year 0 for a month or day date; None for a bare year."""
    m = _ISO.match(d)
    if not m or not m.group(2):
        return None
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def compatible(a: str, b: str, tolerance: int = MONTH_TOLERANCE) -> bool:
    """Could two dates be the same event? A coarser date covers every finer one inside it;
    months (and days) within ``tolerance`` months of one another agree."""
    ma, mb = month_index(a), month_index(b)
    if ma is None or mb is None:
        return a[:4] == b[:4]
    return abs(ma - mb) <= tolerance


def covers(coarse: str, fine: str) -> bool:
    """``coarse`` is ``fine`` or a prefix of it at a date boundary ("2025" covers "2025-07")."""
    return fine == coarse or fine.startswith(coarse + "-")


def best(values: list[str]) -> tuple[str | None, list[str]]:
    """The date most mentions support (a mention supports every date it covers), the more
    precise on ties, then the earlier; and the conflicting values, sorted ([] if none).

    >>> best(["2025", "2025-07", "2025-07", "2025-08"])
    ('2025-07', ['2025-07', '2025-08'])
    """
    vals = [v for v in values if v]
    if not vals:
        return None, []
    counts = Counter(vals)
    distinct = sorted(counts)
    support = {d: sum(n for v, n in counts.items() if covers(v, d)) for d in distinct}
    chosen = sorted(distinct, key=lambda d: (-support[d], -precision(d), d))[0]
    maximal = [d for d in distinct if not any(o != d and covers(d, o) for o in distinct)]
    return chosen, (sorted(maximal) if len(maximal) > 1 else [])
