#!/bin/sh
# An independent oracle for WORKDAY: numpy's busday_offset over GOV.UK's official bank holidays
# (tests/data, 2019-2028) against `scr days add -` on 100,000 random queries in all three
# divisions. busday_offset(d, n, roll='backward') is WORKDAY(d, n) for n > 0 and roll='forward'
# for n < 0 (DOMAIN.md "Working days"). Skipped (77) where Debian's python3-numpy is missing.
set -eu
scr="$1"
data="$(dirname "$0")/../data/govuk-bank-holidays.json"
py=/usr/bin/python3
[ -x "$py" ] && "$py" -c 'import numpy' 2>/dev/null || { echo "python3-numpy missing: skipped"; exit 77; }
exec "$py" - "$scr" "$data" <<'PY'
import json, subprocess, sys
import numpy as np
scr, data = sys.argv[1], sys.argv[2]
official = json.load(open(data, encoding="utf-8"))
rng = np.random.default_rng(20261122)
failures = 0
for division, body in official.items():
    holidays = np.array([e["date"] for e in body["events"]], dtype="datetime64[D]")
    n = 100_000 // 3
    start = np.datetime64("2019-03-01") + rng.integers(0, 3400, n).astype("timedelta64[D]")
    count = rng.integers(-40, 41, n)
    count[count == 0] = 1
    lines = "".join(f"{d} {c}\n" for d, c in zip(start.astype(str), count))
    out = subprocess.run([scr, "-C", "/", "days", "add", "-", "--division", division],
                         input=lines, capture_output=True, text=True, check=True).stdout.split()
    expected = np.where(count > 0,
                        np.busday_offset(start, count, roll="backward", holidays=holidays),
                        np.busday_offset(start, count, roll="forward", holidays=holidays))
    got = np.array(out, dtype="datetime64[D]")
    bad = np.nonzero(got != expected)[0]
    for i in bad[:5]:
        print(f"{division}: WORKDAY({start[i]}, {count[i]}) = {expected[i]}, scr said {got[i]}")
    failures += len(bad)
    print(f"{division}: {n} queries, {len(bad)} disagreements")
sys.exit(1 if failures else 0)
PY
