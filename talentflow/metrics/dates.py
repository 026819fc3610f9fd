"""Dates for turnover metrics: partial ISO dates to days, whole months between days.

The rule (docs/metrics.md, "Dates"): a date known to the day is used as is; a date known to
the month ("2025-07") maps to the 15th of that month; a date known to the year ("2025") maps
to 1 July. Mid-period days halve the worst-case error and do not bias tenures either way.

>>> to_day("2025-07")
datetime.date(2025, 7, 15)
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def precision(value: str | None) -> str | None:
    """The precision of a partial ISO date: "day", "month", "year", or None if unreadable.

    >>> precision("2025-07"), precision("2025"), precision("2025-07-03"), precision("July")
    ('month', 'year', 'day', None)
    """
    if not value:
        return None
    m = _ISO.match(str(value).strip())
    if not m:
        return None
    return "day" if m.group(3) else "month" if m.group(2) else "year"


def to_day(value: str | date | None) -> date | None:
    """Map a partial ISO date to one day (15th of a month, 1 July of a year); None if unreadable.

    >>> to_day("2025"), to_day("2025-02-28")
    (datetime.date(2025, 7, 1), datetime.date(2025, 2, 28))
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value
    m = _ISO.match(str(value).strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            return date(y, int(mo), 15)
        return date(y, 7, 1)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's length.

    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    """
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, min(d.day, day))
        except ValueError:
            continue
    raise ValueError(d)  # pragma: no cover


def months_between(a: date, b: date) -> int:
    """Whole completed months from ``a`` to ``b`` (negative when b is before a).

    >>> months_between(date(2023, 1, 15), date(2025, 1, 14)), months_between(date(2023, 1, 15), date(2025, 1, 15))
    (23, 24)
    """
    return (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)


def parse_as_of(value: str | date | None) -> date:
    """The as-of date: a day, a month (its last day) or a year (31 Dec); default today.

    >>> parse_as_of("2025-02"), parse_as_of("2024")
    (datetime.date(2025, 2, 28), datetime.date(2024, 12, 31))
    """
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    p = precision(value)
    if p is None:
        raise ValueError(f"invalid date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")
    y, *rest = (int(x) for x in str(value).strip().split("-"))
    if p == "year":
        return date(y, 12, 31)
    if p == "month":
        return add_months(date(y, rest[0], 1), 1).replace(day=1).fromordinal(
            add_months(date(y, rest[0], 1), 1).toordinal() - 1)
    return date(y, rest[0], rest[1])
