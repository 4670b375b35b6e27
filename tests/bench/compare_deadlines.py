#!/usr/bin/python3
"""Checks that two `scr deadlines --format json` outputs agree, row by row, in the same order.

Usage: compare_deadlines.py SCR_JSON OTHER_JSON

The contract keys (case, milestone, title, due, status, completed, working_days_left) must agree
on every row; any other key scr writes that the other output has too is compared as well. Prints
one line when they agree (exit 0); otherwise the first differences (exit 1).
"""
import json
import sys

CONTRACT = ("case", "milestone", "title", "due", "status", "completed", "working_days_left")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: compare_deadlines.py SCR_JSON OTHER_JSON")
    with open(sys.argv[1], "rb") as f:
        a_bytes = f.read()
    with open(sys.argv[2], "rb") as f:
        b_bytes = f.read()
    a, b = json.loads(a_bytes), json.loads(b_bytes)
    problems = []
    if len(a) != len(b):
        problems.append(f"{len(a)} rows against {len(b)}")
    extra = set()
    for i, (x, y) in enumerate(zip(a, b)):
        for key in x:
            if key not in y:
                continue
            if key not in CONTRACT:
                extra.add(key)
            if x[key] != y[key]:
                problems.append(f"row {i} ({x.get('case')} {x.get('milestone')}): {key} {x[key]!r} against {y[key]!r}")
        for key in CONTRACT:
            if key not in x or key not in y:
                problems.append(f"row {i}: {key} missing")
    if problems:
        print(f"outputs disagree ({len(problems)} differences); the first:", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    statuses = {}
    for x in a:
        statuses[x["status"]] = statuses.get(x["status"], 0) + 1
    print(f"agree on {len(a)} rows ({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))}); "
          f"contract keys and {len(extra)} more compared; "
          f"{'byte-identical' if a_bytes == b_bytes else 'not byte-identical'}")


if __name__ == "__main__":
    main()
