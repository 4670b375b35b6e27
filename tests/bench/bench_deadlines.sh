#!/bin/sh
# `scr deadlines --format json` over 1,000 and 10,000 generated case files against the same job
# in Python (PyYAML's C loader + numpy's business-day functions, tests/bench/deadlines.py).
# Generates both sets (gen_cases.py), checks scr finds them valid and that the two outputs agree
# row by row (compare_deadlines.py), then times both with hyperfine and reports peak memory.
# AS_OF (default 2027-06-30) is also the day the generated register is as of: no event after it
# but planned publication dates.
# Usage: tests/bench/bench_deadlines.sh [SCR] [AS_OF]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scr=${1:-$here/../../build/release/scr}
as_of=${2:-2027-06-30}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in 1000 10000; do
    dir=$work/cases-$n
    "$py" "$here/gen_cases.py" "$n" "$dir" --now "$as_of"
    "$scr" -C "$dir" check || { echo "generated cases are not valid ($n)" >&2; exit 1; }
    "$scr" -C "$dir" deadlines --format json --as-of "$as_of" > "$work/scr-$n.json"
    "$py" "$here/deadlines.py" "$dir" "$as_of" > "$work/py-$n.json"
    printf '%s cases (%s bytes): ' "$n" "$(find "$dir/cases" -name '*.yaml' -exec cat {} + | wc -c)"
    "$py" "$here/compare_deadlines.py" "$work/scr-$n.json" "$work/py-$n.json"
done

for n in 1000 10000; do
    dir=$work/cases-$n
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 1 --runs 5 \
            -n "scr deadlines ($n cases)" "$scr -C $dir deadlines --format json --as-of $as_of > /dev/null" \
            -n "python3 + PyYAML + numpy ($n cases)" "$py $here/deadlines.py $dir $as_of > /dev/null"
    else
        for name in scr python; do
            start=$(date +%s.%N)
            if [ $name = scr ]; then "$scr" -C "$dir" deadlines --format json --as-of "$as_of" > /dev/null
            else "$py" "$here/deadlines.py" "$dir" "$as_of" > /dev/null; fi
            end=$(date +%s.%N)
            echo "$name, $n cases: $(echo "$end - $start" | bc) s"
        done
    fi
    if [ -x /usr/bin/time ]; then
        for name in scr python; do
            if [ $name = scr ]; then
                /usr/bin/time -v "$scr" -C "$dir" deadlines --format json --as-of "$as_of" > /dev/null 2> "$work/time"
            else
                /usr/bin/time -v "$py" "$here/deadlines.py" "$dir" "$as_of" > /dev/null 2> "$work/time"
            fi
            echo "peak RSS, $name, $n cases: $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time") KB"
        done
    fi
done
