"""Finding dates and durations in folded text, and resolving dates against publication.

Finding is ours (regexes built from ``lang/<code>/months.json``, ``dates.json``,
``numbers.json``, ``durations.json``); conversion of relative expressions uses ``dateparser``
with ``RELATIVE_BASE`` = the publication date and ``PREFER_DATES_FROM = "past"``. Precision is
kept: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, never more precise than the text.

>>> [d.value for d in find_dates("he left in july 2025.", "en", None, "He left in July 2025.")]
['2025-07']
>>> [(d.months, d.tenure) for d in find_durations("after only three months at the company", "en")]
[(3, True)]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Iterator

from talentflow.pipeline.lexicon import fast_re as re  # re, each pattern compiled once
from talentflow.lang.normalize import fold
from talentflow.pipeline.lexicon import W_END, W_START, get_lexicon
from talentflow.pipeline.scan import PrefixIndex, finditer_words

MONTH_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"]
AMBIGUOUS_EN_MONTHS = {"may", "march", "mar", "jan", "dec", "sep", "aug", "jun", "jul", "oct", "nov", "feb", "apr"}


@dataclass
class DateMention:
    start: int
    end: int
    value: str | None  # ISO at the text's precision, None when it cannot be resolved
    precision: str  # "year" | "month" | "day" | "week"
    ahead: bool = False  # after publication ('at the end of the year', 'next month', a later day)


@dataclass
class Duration:
    start: int
    end: int
    months: int | None
    tenure: bool  # the context says it is the length of a stint


def parse_published(published: str | None) -> date | None:
    """ISO date (or datetime) string to a date; None if missing or unreadable.

    >>> parse_published("2025-09-20")
    datetime.date(2025, 9, 20)
    """
    if not published:
        return None
    try:
        return datetime.fromisoformat(str(published)[:10]).date()
    except ValueError:
        return None


# What dateparser answers for these phrases with RELATIVE_BASE = base (tests/test_speed_equivalence.py
# checks it): computed directly, as dateparser costs milliseconds per new publication date.
_BACK = {"yesterday": timedelta(days=1), "last week": timedelta(weeks=1)}


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: date) -> date | None:
    if phrase in _BACK:
        return base - _BACK[phrase]
    import dateparser

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    got = dateparser.parse(phrase, languages=["en"], settings=settings)
    return got.date() if got else None


@lru_cache(maxsize=None)
def _date_regexes(lang: str) -> dict:
    lex = get_lexicon(lang)
    month = "(?:" + "|".join(re.escape(m) for m in sorted(lex.months, key=len, reverse=True)) + ")"
    pair = rf"(?:\s*[/(\-]\s*{month}\s*\)?)?"
    m = rf"(?P<month>{month}){pair}"
    year = r"(?P<year>(?:19|20)\d\d)"
    day = r"(?P<day>[0-3]?\d)"
    ordinal = lex.data["dates"].get("ordinal_suffix", "")
    yearword = lex.syntax["year_word"]
    dates = lex.data["dates"]
    rel = "|".join(f"(?P<rel{i}>{fold(r['pattern'])})" for i, r in enumerate(dates["relative"]))
    last_pre = "|".join(re.escape(fold(p)) for p in dates.get("last_prefix", []) if p != "in")
    next_pre = "|".join(re.escape(fold(p)) for p in dates.get("next_prefix", []))
    last_suf = "|".join(re.escape(fold(p)) for p in dates.get("last_suffix", []))
    next_suf = "|".join(re.escape(fold(p)) for p in dates.get("next_suffix", []))
    wd = "|".join(re.escape(fold(k)) for k in dates.get("weekdays", {}))
    pre = rf"(?:(?P<last>{last_pre})\s+|(?P<next>{next_pre})\s+)?" if last_pre else ""
    suf = ""
    if last_suf:
        suf = rf"(?:\s+(?P<lastsuf>{last_suf})|\s+(?P<nextsuf>{next_suf}))?" if next_suf else rf"(?:\s+(?P<lastsuf>{last_suf}))?"
    full = [
        rf"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)",
        rf"{day}{ordinal}\s+{m}[,\s]+{yearword}{year}",
        rf"{m}\s+{day}{ordinal},?\s+{year}",
        rf"{pre}{m}[,\s]+{yearword}{year}",
        rf"{day}{ordinal}\s+{m}{suf}",
        rf"{m}\s+{day}{ordinal}(?![\d:])",
        rf"{pre}{m}{suf}",
    ]
    if dates.get("day_of_month"):  # '5 من نوفمبر'
        full.insert(1, rf"{day}\s+\S{{1,3}}\s+{m}(?:[,\s]+{yearword}{year})?")
    if dates.get("day_words"):  # 'the first of November' in words
        words = "|".join(re.escape(fold(w)) for w in sorted(dates["day_words"], key=len, reverse=True))
        link = fold(dates.get("day_word_link", "of"))
        full.insert(1, rf"(?P<dayword>{words})\s+{link}\s+{m}(?:[,\s]+{yearword}{year})?")
    seasons = "|".join(re.escape(fold(w)) for w in sorted(dates.get("season_words", []), key=len, reverse=True))
    link = fold(dates.get("season_link", "of"))
    season = rf"|(?:{seasons})\s+(?:{link}\s+)?(?P<yseason>(?:19|20)\d\d)" if seasons else ""  # 'summer 2023'
    yr = "(?:" + lex.syntax["year_cue"] + r"(?P<yonly>(?:19|20)\d\d)" + season + ")"
    out = {
        "date": [re.compile(W_START + "(?:" + f + ")" + W_END) for f in full],
        "rel": re.compile(W_START + "(?:" + rel + ")" + W_END),
        "year": re.compile(W_START + yr + W_END),
    }
    if wd:
        out["weekday"] = re.compile(W_START + rf"(?:on\s+|last\s+)?(?P<wd>{wd})" + W_END)
    same = dates.get("same_day", [])
    if same:
        alts = "|".join(f"(?P<same{i}>{fold(r['pattern'])})" for i, r in enumerate(same))
        out["same"] = re.compile(W_START + "(?:" + alts + ")" + W_END)
    return out


@lru_cache(maxsize=None)
def _rel_branches(lang: str) -> Branches:
    """``_date_regexes(lang)["rel"]`` as :class:`Branches` (what find_dates scans with)."""
    rules = get_lexicon(lang).data["dates"]["relative"]
    return Branches([f"(?P<rel{i}>{fold(r['pattern'])})" for i, r in enumerate(rules)])


class Branches:
    """``W_START (?:b0|b1|...) W_END`` kept as one regex per branch: :meth:`finditer` gives the
    alternation's very matches (spans and groups), trying at each place only the branches whose
    first characters (up to 6) fit there, in order, as the alternation would (a rule list of
    phrases such as 'this month', 'last year' starts with common words: 'the', 'in', 'al-').

    >>> [m.group() for m in Branches(["(?P<a>last year)", "(?P<b>last week|this week)"]).finditer("this week and last year")]
    ['this week', 'last year']
    """

    K = 6

    def __init__(self, branches: list[str]) -> None:
        self.whole = re.compile(W_START + "(?:" + "|".join(branches) + ")" + W_END)
        self.rxs = [re.compile(W_START + "(?:" + b + ")" + W_END) for b in branches]
        self.ix = PrefixIndex(self.rxs, k=self.K)
        self.gate = _gate(self.ix.by)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """``self.whole.finditer(text)`` (non-overlapping, leftmost, first branch that matches)."""
        if self.gate is None:
            yield from finditer_words(self.whole, text)
            return
        end, rxs, cands = 0, self.rxs, self.ix.candidates
        for g in self.gate.finditer(text):
            p = g.start()
            if p < end:
                continue
            for i in cands(text, p):
                m = rxs[i].match(text, p)
                if m:
                    end = m.end() if m.end() > p else p + 1
                    yield m
                    break


def _gate(prefixes) -> re.Pattern | None:
    """A regex one character wide matching where one of ``prefixes`` begins, not right after a
    word character (every branch starts with W_START); None when a prefix is empty or holds a
    digit class (then the whole alternation is scanned)."""
    if not prefixes or any(not p or "\x00" in p for p in prefixes):
        return None
    by_first: dict[str, set[str]] = {}
    for p in prefixes:
        by_first.setdefault(p[0], set()).add(p[1:])
    alts = []
    for first, tails in sorted(by_first.items()):
        if "" in tails:
            alts.append(re.escape(first))
        else:
            alts.append(re.escape(first) + "(?=" + "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True)) + ")")
    return re.compile("(?:" + "|".join(alts) + r")(?<![\w][\s\S])")


@lru_cache(maxsize=None)
def _day_words(lang: str) -> dict[str, int]:
    return {fold(k): v for k, v in get_lexicon(lang).data["dates"].get("day_words", {}).items()}


def _month_no(lex, name: str) -> int:
    return lex.months[name]


def _resolve_month(month: int, pub: date | None, direction: str) -> str | None:
    if pub is None:
        return None
    y = pub.year
    if direction == "next":
        y = y if month >= pub.month else y + 1
    else:
        y = y if month <= pub.month else y - 1
    return f"{y:04d}-{month:02d}"


def _from_match(mt: re.Match, lang: str, pub: date | None, original: str) -> DateMention | None:
    lex = get_lexicon(lang)
    g = mt.groupdict()
    s, e = mt.span()
    if g.get("iso"):
        return DateMention(s, e, g["iso"], "day")
    month_name = g.get("month")
    if not month_name:
        return None
    if lang == "en" and month_name in AMBIGUOUS_EN_MONTHS:
        ms = mt.start("month")
        if not original[ms:ms + 1].isupper():
            return None
    month = _month_no(lex, month_name)
    direction = "next" if (g.get("next") or g.get("nextsuf")) else "past"
    cue = lex.data["dates"].get("future_cue")
    if direction == "past" and cue and re.search(fold(cue), _clause_before(mt.string, mt.start())):
        direction = "next"
    year = g.get("year")
    day = g.get("day")
    if g.get("dayword"):
        day = str(_day_words(lang)[g["dayword"]])
    if direction == "past" and not year and pub is not None and _just_ahead(lang, pub, month, day) \
            and not _told_past(mt, lang):
        direction = "next"  # 'retires in late January' (published in December): the coming January
    if not year and not day and month_name in lex.data["dates"].get("short_months", ()) \
            and not mt.string.startswith(".", mt.end("month")):
        return None  # 'Jan Leike': a short month name alone is a name, not a date
    if year:
        if day and 1 <= int(day) <= 31:
            return DateMention(s, e, f"{year}-{month:02d}-{int(day):02d}", "day")
        return DateMention(s, e, f"{year}-{month:02d}", "month")
    ym = _resolve_month(month, pub, direction)
    if day and 1 <= int(day) <= 31:
        return DateMention(s, e, f"{ym}-{int(day):02d}" if ym else None, "day")
    return DateMention(s, e, ym, "month")


def _just_ahead(lang: str, pub: date, month: int, day: str | None) -> bool:
    """The month (or day) comes within ``ahead_window_days`` after publication, counting forward
    (news gives the year of a date more than a few weeks away).

    >>> _just_ahead("en", date(2024, 12, 18), 2, None), _just_ahead("en", date(2024, 12, 18), 6, None)
    (True, False)
    """
    window = get_lexicon(lang).data["dates"].get("ahead_window_days")
    if not window:
        return False
    ahead = (month - pub.month) % 12
    if ahead == 0:
        return False
    if day is None:
        return ahead * 30.5 - 15 <= window
    y = pub.year + (1 if month < pub.month else 0)
    try:
        return 0 < (date(y, month, int(day)) - pub).days <= window
    except ValueError:
        return False


def _told_past(mt: re.Match, lang: str) -> bool:
    """The clause around the date holds a verb in the past ('left in February', 'On 3 March, X
    resigned'): the date is behind publication."""
    cue = get_lexicon(lang).data["dates"].get("past_cue")
    if not cue:
        return True
    text = mt.string
    after = text[mt.end():mt.end() + 60]
    cut = min((i for i in (after.find(c) for c in ".,;!?\u060c\u061b\u061f") if i >= 0), default=len(after))
    rx = _past_rx(cue)
    before = _clause_before(text, mt.start())
    that = get_lexicon(lang).data["dates"].get("complementizer")
    if that:  # 'said on Monday that X steps down on March 1': the verb of saying dates nothing here
        before = re.split(rf"(?<!\w)(?:{that})(?!\w)", before)[-1]
    return rx.search(before) is not None or rx.search(after[:cut]) is not None


@lru_cache(maxsize=None)
def _past_rx(cue: str) -> re.Pattern:
    return re.compile(fold(cue))


def _clause_before(text: str, pos: int, limit: int = 90) -> str:
    """The text of the clause before ``pos`` (up to ``limit`` characters, from the last comma or stop).

    >>> _clause_before("He joined in 2020, and will step down at the end of the season in ", 66)
    ' and will step down at the end of the season in '
    """
    left = text[max(0, pos - limit):pos]
    cut = max(left.rfind(c) for c in ".,;!?\u060c\u061b\u061f")
    return left[cut + 1:] if cut >= 0 else left


def _relative(mt: re.Match, lang: str, pub: date | None) -> DateMention:
    rules = get_lexicon(lang).data["dates"]["relative"]
    idx = next(int(k[3:]) for k, v in mt.groupdict().items() if v and k.startswith("rel"))
    rule = rules[idx]
    s, e = mt.span()
    if pub is None:
        return DateMention(s, e, None, rule["unit"])
    unit, shift = rule["unit"], int(rule["shift"])
    if unit == "year":
        return DateMention(s, e, f"{pub.year + shift:04d}", "year")
    if unit == "year_end":  # 'by the end of the year' names no month: the year (corpus README)
        return DateMention(s, e, f"{pub.year + shift:04d}", "year", ahead=shift >= 0)
    if unit == "month":
        y, m = pub.year, pub.month + shift
        while m < 1:
            y, m = y - 1, m + 12
        return DateMention(s, e, f"{y:04d}-{m:02d}", "month")
    if unit == "days":  # 'in recent weeks': the month of a day that many days before publication
        d = pub + timedelta(days=shift)
        return DateMention(s, e, f"{d.year:04d}-{d.month:02d}", "month")
    if unit == "week":
        d = _dateparser("last week", pub) if shift else pub
        d = d or pub
        return DateMention(s, e, f"{d.year:04d}-{d.month:02d}", "month")
    d = _dateparser("yesterday", pub) if shift == -1 else pub
    d = d or (pub + timedelta(days=shift))
    return DateMention(s, e, d.isoformat(), "day")


def _weekday(mt: re.Match, lang: str, pub: date | None) -> DateMention:
    target = _weekday_numbers(lang)[mt.group("wd")]
    s, e = mt.span()
    if pub is None:
        return DateMention(s, e, None, "day")
    d = pub - timedelta(days=(pub.weekday() - target) % 7)  # most recent such day, today included
    return DateMention(s, e, d.isoformat(), "day")


@lru_cache(maxsize=None)
def _weekday_numbers(lang: str) -> dict[str, int]:
    """Folded weekday name -> its number (Monday 0), from ``dates.json``."""
    return {fold(k): v for k, v in get_lexicon(lang).data["dates"]["weekdays"].items()}


MONTH_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def find_dates(folded: str, lang: str, published: str | date | None, original: str) -> list[DateMention]:
    """Every date expression in ``folded`` (offsets into it), resolved against ``published``."""
    pub = published if isinstance(published, date) or published is None else parse_published(published)
    rx = _date_regexes(lang)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    same = [mt for mt in finditer_words(rx["same"], folded)] if "same" in rx else []
    taken.extend(mt.span() for mt in same)  # 'the same day' is not 'today'
    for pattern in rx["date"]:
        for mt in finditer_words(pattern, folded):
            if not free(*mt.span()):
                continue
            dm = _from_match(mt, lang, pub, original)
            if dm:
                found.append(dm)
                taken.append((dm.start, dm.end))
    for mt in _rel_branches(lang).finditer(folded):  # (the same matches as rx["rel"])
        if free(*mt.span()):
            found.append(_relative(mt, lang, pub))
            taken.append(mt.span())
    for mt in finditer_words(rx["year"], folded):
        g = "yonly" if mt.group("yonly") else "yseason"
        s, e = mt.span(g) if g == "yonly" else (mt.start(), mt.end(g))  # 'summer 2023': from the season word
        if free(s, e):
            found.append(DateMention(s, e, mt.group(g), "year"))
            taken.append((s, e))
    if "weekday" in rx:
        for mt in finditer_words(rx["weekday"], folded):
            if free(*mt.span()) and (lang != "en" or original[mt.start("wd"):mt.start("wd") + 1].isupper()) \
                    and not any(0 <= d.start - mt.end() <= 2 and d.value for d in found):  # 'Wednesday 9 July'
                found.append(_weekday(mt, lang, pub))
    found.sort(key=lambda d: d.start)
    found = _month_of_year(found, folded, lang)
    if pub is not None:
        iso = pub.isoformat()
        for d in found:
            d.ahead = d.ahead or bool(d.value and d.value > iso[:len(d.value)])
    if same:
        found = _same_day(found, same, lang)
    return found


def _month_of_year(found: list[DateMention], folded: str, lang: str) -> list[DateMention]:
    """'in May last year', 'March of this year': a month right before a year said in words is
    that year's month (not the month's last occurrence before publication).

    >>> [d.value for d in _month_of_year([DateMention(3, 6, "2024-05", "month"),
    ...     DateMention(7, 16, "2023", "year")], "in may last year", "en")]
    ['2023-05']
    """
    link = r"[\s,]+" + get_lexicon(lang).syntax["year_word"]
    out: list[DateMention] = []
    for d in found:
        a = out[-1] if out else None
        if a is not None and a.value and d.value and d.precision == "year" and len(d.value) == 4 \
                and a.precision in ("month", "day") and not re.search(r"\d{4}", folded[a.start:a.end]) \
                and re.fullmatch(link, folded[a.end:d.start]):
            out[-1] = DateMention(a.start, d.end, d.value + a.value[4:], a.precision)
            continue
        out.append(d)
    return out


def _same_day(found: list[DateMention], same: list[re.Match], lang: str) -> list[DateMention]:
    """'on the same day', 'في اليوم التالي': the day of the last exact date told before it
    (shifted by the rule's days), unresolved when there is none."""
    rules = get_lexicon(lang).data["dates"]["same_day"]
    for mt in same:
        idx = next(int(k[4:]) for k, v in mt.groupdict().items() if v and k.startswith("same"))
        prev = [d for d in found if d.end <= mt.start() and d.precision == "day" and d.value and len(d.value) == 10]
        value = None
        if prev:
            day = parse_published(prev[-1].value)
            value = (day + timedelta(days=int(rules[idx].get("shift", 0)))).isoformat() if day else None
        if value is None and rules[idx].get("anchor_only"):
            continue  # 'a day after the vote on 5 May': no day told before it, so it dates nothing
        found.append(DateMention(mt.start(), mt.end(), value, "day"))
    found.sort(key=lambda d: d.start)
    return found


# --- durations ------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _duration_regex(lang: str) -> re.Pattern:
    lex = get_lexicon(lang)
    d = lex.data["durations"]
    nums = "|".join(re.escape(k) for k in sorted(lex.numbers, key=len, reverse=True))
    units = "|".join(f"(?P<u{i}>{fold(u)})" for i, u in enumerate(d["units"]))
    mods = "|".join(re.escape(fold(x)) for x in sorted(d["less"] + d["about"], key=len, reverse=True))
    half = "|".join(re.escape(fold(x)) for x in d.get("half", []))
    half_unit = "|".join(re.escape(fold(x)) for x in d.get("half_unit", []))
    dual = ""
    if d.get("dual"):
        dual = "|".join(f"(?P<d{i}>{fold(u)})" for i, u in enumerate(d["dual"]))
    num = rf"(?P<num>{_compound_number(lang)}\d+(?:\.5)?|{nums})"
    sep = r"[\s-]+"
    numpart = rf"(?:{num}(?P<half2>\s+(?:{half}))?{sep})" + ("?" if lang == "ar" else "")
    alts = [rf"{numpart}(?:{units})", rf"(?P<hu>{half_unit})"]
    if dual:
        alts.insert(0, rf"(?:{dual})")
    body = rf"(?:(?P<mod>{mods})\s+)?(?:{'|'.join(alts)})(?:\s*(?P<half>{half}))?"
    return re.compile(W_START + body + W_END)


def _compound_number(lang: str) -> str:
    """Alternative (with its trailing '|') for two-word numbers: 'twenty-five', 'خمسة وعشرين'."""
    lex = get_lexicon(lang)
    rule = lex.data["durations"].get("compound_number")
    if not rule:
        return ""
    tens = "|".join(re.escape(k) for k, v in lex.numbers.items() if v and v >= 20 and v % 10 == 0 and v < 100)
    ones = "|".join(re.escape(k) for k, v in sorted(lex.numbers.items(), key=lambda kv: -len(kv[0]))
                    if v and 1 <= v <= 9 and len(k) > 2)
    joiner = fold(rule["joiner"])
    if rule["order"] == "ones_first":
        return rf"(?:{ones}){joiner}(?:{tens})|"
    return rf"(?:{tens}){joiner}(?:{ones})|"


def _number_value(lang: str, raw: str) -> float | None:
    """A number word, digits or a two-word compound ('twenty-five' = 25)."""
    lex = get_lexicon(lang)
    if raw[0].isdigit():
        return float(raw)
    if raw in lex.numbers:
        return lex.numbers[raw]
    parts = [p for p in re.split(r"[\s-]+", raw) if p]
    rule = lex.data["durations"].get("compound_number") or {}
    strip = fold(rule.get("strip", ""))
    vals = [lex.numbers.get(p[len(strip):] if strip and p.startswith(strip) and p not in lex.numbers else p)
            for p in parts]
    return float(sum(vals)) if vals and all(v is not None for v in vals) else None


def _unit_months(lang: str, g: dict) -> tuple[float | None, bool]:
    units, dual = _units(lang)
    for k, v in g.items():
        if v and k.startswith("u") and k[1:].isdigit():
            return float(units[int(k[1:])]), False
        if v and k.startswith("d") and k[1:].isdigit():
            return float(dual[int(k[1:])]), True
    return None, False


@lru_cache(maxsize=None)
def _units(lang: str) -> tuple[list, list]:
    """Months per unit and per dual unit word, in dates.json order (asked per duration)."""
    d = get_lexicon(lang).data["durations"]
    return list(d["units"].values()), list(d.get("dual", {}).values())


@lru_cache(maxsize=None)
def _less_mods(lang: str) -> frozenset[str]:
    return frozenset(fold(x) for x in get_lexicon(lang).data["durations"]["less"])


def _duration_months(mt: re.Match, lang: str) -> int | None:
    g = mt.groupdict()
    if g.get("hu"):
        total = 6.0
    else:
        unit, is_dual = _unit_months(lang, g)
        if unit is None:
            return None
        if is_dual:
            n: float | None = 1
        elif g.get("num"):
            n = _number_value(lang, g["num"])
        else:
            n = 1
        if n is None:
            return None
        if g.get("half") or g.get("half2"):
            n += 0.25 if is_dual else 0.5  # 'two years and a half': half of one year, not of two
        total = n * unit
    mod = g.get("mod")
    less = _less_mods(lang)
    if total < 1:
        return 0 if not mod else 0
    months = int(round(total))
    if mod and mod in less:
        months -= 1
    return max(months, 0)


@lru_cache(maxsize=None)
def _tenure_context(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = get_lexicon(lang).data["durations"]
    before = "|".join(re.escape(fold(x)) for x in sorted(d["tenure_before"], key=len, reverse=True))
    after = "|".join(fold(x) if "(?" in x else re.escape(fold(x)) for x in sorted(d["tenure_after"], key=len, reverse=True))
    notafter = "|".join(re.escape(fold(x)) for x in d["not_tenure_after"])
    syn = get_lexicon(lang).syntax
    fill, fill_after = syn["duration_fillers"], syn["duration_after_fillers"]
    return (re.compile(rf"(?:^|\W)(?:{before})(?:\s+(?:{fill}))*\s*$"),
            re.compile(rf"^\s*(?:(?:{fill_after})\s+)?(?:{after})"),
            re.compile(rf"^\s*(?:{notafter})(?!\w)"))


def find_durations(folded: str, lang: str) -> list[Duration]:
    """Every duration in ``folded`` with its length in months and whether it is a tenure."""
    rx = _duration_regex(lang)
    before, after, notafter = _tenure_context(lang)
    nt = _not_tenure_rx(lang)
    contract = _contract_rx(lang)
    out = []
    for mt in finditer_words(rx, folded):
        months = _duration_months(mt, lang)
        s, e = mt.span()
        left = folded[max(0, s - 40):s]
        right = folded[e:e + 40]
        if notafter.match(right) or re.match(r"\s*(?:19|20)\d\d", right) or (nt and nt.match(right)):
            continue
        tenure = bool(before.search(left) or after.match(right))
        if tenure and contract is not None and contract.search(folded, max(0, s - 100), s):
            tenure = False  # 'signed a contract for three years': a contract's length
        out.append(Duration(s, e, months, tenure))
    return out


@lru_cache(maxsize=None)
def _not_tenure_rx(lang: str) -> re.Pattern | None:
    raw = get_lexicon(lang).data["durations"].get("not_tenure_regex")
    return re.compile(fold(raw)) if raw else None


@lru_cache(maxsize=None)
def _contract_rx(lang: str) -> re.Pattern | None:
    """The words before a duration that make it a contract's length, not a stint's."""
    raw = get_lexicon(lang).data["durations"].get("not_tenure_before")
    return re.compile(rf"(?<!\w){fold(raw)}") if raw else None


def month_diff(start: str | None, end: str | None) -> int | None:
    """Whole months from ``start`` to ``end`` when both have at least month precision.

    >>> month_diff("2025-04", "2025-07")
    3
    """
    if not start or not end or len(start) < 7 or len(end) < 7:
        return None
    y1, m1 = int(start[:4]), int(start[5:7])
    y2, m2 = int(end[:4]), int(end[5:7])
    diff = (y2 - y1) * 12 + (m2 - m1)
    return diff if diff >= 0 else None


def long_before(date: str, published: str) -> bool:
    """``date`` (a year counts as its December) lies more than 14 months before ``published``:
    career history, not news.

    >>> long_before("2016", "2025-03-01"), long_before("2024-06", "2025-03-01")
    (True, False)
    """
    return (month_diff(date[:7] if len(date) >= 7 else date + "-12", published) or 0) > 14
