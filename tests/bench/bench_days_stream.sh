#!/bin/sh
# `scr days add -` over N lines (default 1,000,000) against the same job in Python with numpy
# (busday_offset; roll='backward' is WORKDAY for n > 0, 'forward' for n < 0), end to end:
# read the lines, compute, write one date a line. Both answers are compared before timing.
# Usage: tests/bench/bench_days_stream.sh [SCR] [LINES]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scr=${1:-$here/../../build/release/scr}
lines=${2:-1000000}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$py" - "$lines" > "$work/input.txt" <<'PY'
import sys, numpy as np
n = int(sys.argv[1])
rng = np.random.default_rng(1)
start = np.datetime64("2019-03-01") + rng.integers(0, 3400, n).astype("timedelta64[D]")
count = rng.integers(-40, 41, n)
count[count == 0] = 1
sys.stdout.write("".join(f"{d} {c}\n" for d, c in zip(start.astype(str), count)))
PY

cat > "$work/workday.py" <<PY
import json, sys
import numpy as np
official = json.load(open("$here/../data/govuk-bank-holidays.json", encoding="utf-8"))
holidays = np.array([e["date"] for e in official["england-and-wales"]["events"]], dtype="datetime64[D]")
words = sys.stdin.buffer.read().split()
dates = np.array(words[0::2]).astype("U10").astype("datetime64[D]")
counts = np.array(words[1::2], dtype=np.int64)
later = np.busday_offset(dates, counts, roll="backward", holidays=holidays)
earlier = np.busday_offset(dates, counts, roll="forward", holidays=holidays)
result = np.where(counts > 0, later, np.where(counts < 0, earlier, dates))
sys.stdout.write("\n".join(result.astype(str)) + "\n")
PY

"$scr" -C / days add - < "$work/input.txt" > "$work/scr.out"
"$py" "$work/workday.py" < "$work/input.txt" > "$work/numpy.out"
cmp "$work/scr.out" "$work/numpy.out" && echo "answers identical on $lines lines"

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 \
        -n "scr days add -" "$scr -C / days add - < $work/input.txt > /dev/null" \
        -n "python3 + numpy" "$py $work/workday.py < $work/input.txt > /dev/null"
else
    for name in scr numpy; do
        start=$(date +%s.%N)
        if [ $name = scr ]; then "$scr" -C / days add - < "$work/input.txt" > /dev/null
        else "$py" "$work/workday.py" < "$work/input.txt" > /dev/null; fi
        end=$(date +%s.%N)
        echo "$name: $(echo "$end - $start" | bc) s"
    done
fi
