#!/usr/bin/python3
"""`scr deadlines --format json --as-of AS_OF` in Python, for the benchmark: the same job with
PyYAML (C loader) and numpy's business-day functions.

Usage: deadlines.py DIR AS_OF

Reads every DIR/cases/*.yaml, works out the built-in statutory profile's milestones and the
action-plan items with a due date for every case still open on AS_OF, and prints them as a JSON
array with the keys scr writes, in scr's order. The rules follow lib/process (statutory.cpp,
deadlines.cpp, working.cpp):
- a milestone exists only when its start event has happened by AS_OF (the first one; for
  report-copy, whose start is a planned date and may lie ahead, the earliest plan on or after
  AS_OF, else the last), and only for the kinds it names (notify-panel: serious incidents);
- "N working days" is WORKDAY(start, N) (numpy.busday_offset, roll 'backward' for N > 0 and
  'forward' for N < 0); "6 months" is EDATE, not rolled;
- an agreed extension (the last for that milestone in the file) moves the due date and keeps the
  original;
- completed: the earliest done_when event on or before AS_OF (an action: `done` on or before it);
- not-required: the latest screening on or before AS_OF decided an outcome the milestone does not
  apply to (notify-panel: meets-rapid-review or queries-to-referrer), unless already completed;
- status: met, missed, overdue, due-today, pending, not-required;
- working_days_left: working days after the reference day (AS_OF, or the completion day) up to
  and including the due date; when the due date is earlier, minus the working days after it up
  to and including the reference day (numpy.busday_count); none when not required;
- sorted by due date, then case ID by year and number (2019-999 before 2019-1000), then profile
  order.
Working days: Monday to Friday less the England and Wales bank holidays of GOV.UK's
bank-holidays.json (tests/data/govuk-bank-holidays.json, 2019-2028, and 2018's), the statutory calendar.
All the date arithmetic is done in bulk, once every case has been read (numpy's fastest form).
"""
import datetime as dt
import json
import os
import sys

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
HOLIDAYS = os.path.join(HERE, "..", "data", "govuk-bank-holidays.json")
HOLIDAYS_2018 = ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28",
                 "2018-08-27", "2018-12-25", "2018-12-26"]

# The built-in statutory profile (lib/process/statutory.cpp): id, title, from, start (first or
# latest), count (negative: before), unit, done_when, kinds, screening outcomes it applies to,
# owner, source.
STATUTORY = [
    ("notify-panel", "Notify the National Panel (and Ofsted)", "aware", "first", 5, "wd", "notified",
     ("serious-incident",), ("meets-rapid-review", "queries-to-referrer"), "local-authority",
     "002 s2.4; 003 stage 1; 004 Appendix 1 (within five working days of becoming aware)"),
    ("rapid-review", "Rapid Review decision to the National Panel", "notified", "first", 15, "wd",
     "rapid-review-submitted", (), None, "partnership",
     "002 s4.2, s4.9; 003 stage 7 (15 working days from notification)"),
    ("panel-response", "National Panel response to the Rapid Review", "rapid-review-submitted", "first",
     15, "wd", "panel-response", (), None, "national-panel",
     "002 s4.9 (the Panel aims to respond within 15 working days)"),
    ("lcspr-publish", "Publish the LCSPR", "lcspr-decided", "first", 6, "months", "published", (), None,
     "partnership", "002 s5.1, s5.5; 004 (6 months from the decision to undertake the review)"),
    ("report-copy", "Final report to the Panel, Secretary of State and Ofsted", "publication-planned",
     "next", -7, "wd", "report-sent", (), None, "partnership",
     "002 s5.5 (no later than seven working days before the date of publication)"),
]


def edate(d, months):
    """Spreadsheet EDATE: the same day `months` later, or that month's last day."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def letter(n):
    return "Child " + ("" if n < 26 else chr(ord("A") + n // 26 - 1)) + chr(ord("A") + n % 26)


def pseudonym(children, i):
    """The child's pseudonym, else "Child <letter>" by position, moving past any label a
    pseudonym or an earlier child already has (so two children never share one)."""
    def given(k):
        p = children[k].get("pseudonym") if isinstance(children[k], dict) else None
        return str(p) if p else ""
    if given(i):
        return given(i)
    used = [given(k) for k in range(len(children)) if given(k)]
    label = ""
    for k in range(i + 1):
        if given(k):
            continue
        n = k
        while letter(n) in used and n < 26 * 27:
            n += 1
        label = letter(n)
        used.append(label)
    return label


def rapid_review_from(root):
    with open(os.path.join(root, "scr.yaml"), encoding="utf-8") as f:
        config = yaml.load(f, Loader=yaml.CSafeLoader) or {}
    if config.get("profiles", ["statutory"]) != ["statutory"]:
        sys.exit("deadlines.py: only the built-in statutory profile is supported")
    return config.get("rapid_review_from", "notified")


def case_rows(c, as_of, profile, rows):
    """Appends the rows of one case; the dates still to work out are left as (start, count, unit)."""
    case_id = str(c["id"])
    kind = c.get("kind")
    events = [e for e in c.get("events") or [] if isinstance(e.get("date"), dt.date)]
    children = c.get("children") or []
    kids = [pseudonym(children, i) for i in range(len(children))]
    extensions = {}
    for x in c.get("extensions") or []:  # the last agreed in the file wins
        if x.get("until"):
            extensions[x["milestone"]] = x
    order = 0
    for mid, title, start_type, start_at, count, unit, done_when, kinds, applies, owner, source in profile:
        order += 1
        if kinds and kind not in kinds:
            continue
        plan = count < 0  # "N working days before" a planned date, which may lie ahead
        dates = [e["date"] for e in events if e["type"] == start_type and (plan or e["date"] <= as_of)]
        if not dates:
            start = None
        elif start_at == "first":
            start = min(dates)
        else:  # next: the earliest plan not yet passed, else the last
            ahead = [d for d in dates if d >= as_of]
            start = min(ahead) if ahead else max(dates)
        if start is None:
            continue  # the clock has not started
        done = [e["date"] for e in events if e["type"] == done_when and e["date"] <= as_of]
        cancelled = None
        if applies is not None:
            latest = None
            for e in events:
                if e["type"] == "screening" and e["date"] <= as_of and e.get("outcome") and (latest is None or e["date"] >= latest["date"]):
                    latest = e
            if latest is not None and latest["outcome"] not in applies:
                cancelled = {"event": "screening", "date": latest["date"].isoformat(), "value": latest["outcome"]}
        rows.append({"case": case_id, "milestone": mid, "title": title, "start": start, "count": count,
                     "unit": unit, "completed": min(done) if done else None, "owner": owner,
                     "children": kids, "extension": extensions.get(mid), "cancelled": cancelled,
                     "profile": "statutory", "source": source, "order": order})
    for a in c.get("actions") or []:
        if not a.get("due"):
            continue
        order += 1
        mid = "action:" + str(a["id"])
        done = a.get("done")
        rows.append({"case": case_id, "milestone": mid, "title": a["action"], "start": a["due"], "count": 0,
                     "unit": "due", "completed": done if done and done <= as_of else None,
                     "owner": a.get("owner") or "", "children": kids, "extension": extensions.get(mid),
                     "cancelled": None, "profile": "action-plan", "source": "action plan", "order": order})


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: deadlines.py DIR AS_OF")
    root, as_of = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
    profile = [list(m) for m in STATUTORY]
    rr_from = rapid_review_from(root)
    for m in profile:
        if m[0] == "rapid-review":
            m[2] = rr_from
    with open(HOLIDAYS, encoding="utf-8") as f:
        official = json.load(f)
    # GOV.UK's file starts in 2019; a large register has cases aware in late December 2018, so
    # 2018's England and Wales bank holidays (GOV.UK, as in shared/data's 2012-2027 list) too.
    cal = np.busdaycalendar(holidays=HOLIDAYS_2018 + [e["date"] for e in official["england-and-wales"]["events"]])

    def case_key(case_id):
        year, seq = case_id.rsplit("-", 1)[0][-4:], case_id.rsplit("-", 1)[1]
        return (int(year), int(seq))

    rows = []
    cases_dir = os.path.join(root, "cases")
    for name in sorted(os.listdir(cases_dir)):
        if not name.endswith(".yaml") or name.startswith("."):
            continue
        try:
            with open(os.path.join(cases_dir, name), encoding="utf-8") as f:
                c = yaml.load(f, Loader=yaml.CSafeLoader)
            if c.get("received") and c["received"] > as_of and not any(
                    e["date"] <= as_of for e in c.get("events") or []):
                continue  # not referred yet on the as-of date, and no clock started
            if any(e.get("type") == "closed" and e["date"] <= as_of for e in c.get("events") or []):
                continue
            case_rows(c, as_of, profile, rows)
        except (yaml.YAMLError, KeyError, TypeError, AttributeError) as ex:
            print(f"deadlines.py: {name}: {ex}", file=sys.stderr)

    # Due dates in bulk: WORKDAY for working-day periods, EDATE for months, as given for actions.
    start = np.array([r["start"] for r in rows], dtype="datetime64[D]")
    count = np.array([r["count"] for r in rows], dtype=np.int64)
    working = np.array([r["unit"] == "wd" for r in rows], dtype=bool)
    later = np.busday_offset(start, count, roll="backward", busdaycal=cal)
    earlier = np.busday_offset(start, count, roll="forward", busdaycal=cal)
    due = np.where(working, np.where(count > 0, later, earlier), start).astype(object)
    for i, r in enumerate(rows):
        d = due[i]
        if r["unit"] == "months":
            d = edate(r["start"], r["count"])
        r["original_due"] = None
        if r["extension"] is not None:
            r["original_due"], d = d, r["extension"]["until"]
        r["due"] = d

    # Status, and the working days between the due date and the day it is measured on.
    rows.sort(key=lambda r: (r["due"], case_key(r["case"]), r["order"]))
    ref = [r["completed"] or as_of for r in rows]
    lo = np.array([min(r["due"], x) for r, x in zip(rows, ref)], dtype="datetime64[D]") + 1
    hi = np.array([max(r["due"], x) for r, x in zip(rows, ref)], dtype="datetime64[D]") + 1
    span = np.busday_count(lo, hi, busdaycal=cal).tolist()
    out = []
    for r, x, n in zip(rows, ref, span):
        d, done = r["due"], r["completed"]
        left = n if d >= x else -n
        if done:
            status = "met" if done <= d else "missed"
        elif r["cancelled"]:
            status, left = "not-required", None
        else:
            status = "overdue" if d < as_of else "due-today" if d == as_of else "pending"
        x = r["extension"]
        out.append({"case": r["case"], "milestone": r["milestone"], "title": r["title"],
                    "due": d.isoformat(), "status": status,
                    "completed": done.isoformat() if done else None, "working_days_left": left,
                    "owner": r["owner"], "children": r["children"], "cutoff": None,
                    "original_due": r["original_due"].isoformat() if r["original_due"] else None,
                    "extension": {"until": x["until"].isoformat(), "agreed_by": x.get("agreed_by") or "",
                                  "reason": x.get("reason") or ""} if x else None,
                    "not_required_because": r["cancelled"], "profile": r["profile"], "source": r["source"]})
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
