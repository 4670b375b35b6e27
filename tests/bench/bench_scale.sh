#!/bin/sh
# Issue 8: `scr deadlines --format json` cold (--no-cache: every file parsed, on all cores) and
# warm (the parsed-case cache), and `scr check` both ways, against the same job in Python
# (tests/bench/deadlines.py: PyYAML's C loader + numpy), over 1,000, 10,000 and 100,000 generated
# case files (gen_cases.py), with peak memory. Before timing, checks that scr finds every file
# valid and that scr's output (cold and warm) agrees with Python's row by row.
# Prints a Markdown table (times are hyperfine means; peak RSS from /usr/bin/time -v).
# Usage: tests/bench/bench_scale.sh [SCR] [SIZES...]    (default sizes: 1000 10000 100000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scr=${1:-$here/../../build/release/scr}
[ $# -gt 0 ] && shift
sizes=${*:-1000 10000 100000}
as_of=2027-06-30
py=/usr/bin/python3
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mean() { # hyperfine's mean and deviation, in ms or s, from its JSON export
    "$py" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; m,s=r["mean"],r["stddev"] or 0
print(f"{m*1000:,.0f} ms ± {s*1000:,.0f}" if m < 1 else f"{m:,.2f} s ± {s:.2f}")' "$1"
}
seconds() { "$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$1"; }
peak() { # peak RSS in MB of one run of the command given
    /usr/bin/time -v "$@" > /dev/null 2> "$work/time"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time" | awk '{printf "%.0f MB", $1/1024}'
}
time_it() { # NAME RUNS COMMAND...: hyperfine into $work/NAME.json
    name=$1 runs=$2
    shift 2
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$work/$name.json" "$*" > /dev/null
}

echo "| cases | what | scr | peak RSS | Python | peak RSS | scr faster |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for n in $sizes; do
    dir=$work/cases-$n
    "$py" "$here/gen_cases.py" "$n" "$dir" --now "$as_of"
    runs=5
    [ "$n" -ge 100000 ] && runs=3
    "$scr" -C "$dir" --no-cache check > /dev/null || { echo "generated cases are not valid ($n)" >&2; exit 1; }
    "$py" "$here/deadlines.py" "$dir" "$as_of" > "$work/py.json"
    "$scr" -C "$dir" --no-cache deadlines --format json --as-of "$as_of" > "$work/cold.json"
    sleep 3 # past the cache's racy window: files this new are never trusted from it
    "$scr" -C "$dir" deadlines --format json --as-of "$as_of" > /dev/null # writes the cache
    "$scr" -C "$dir" deadlines --format json --as-of "$as_of" > "$work/warm.json"
    "$py" "$here/compare_deadlines.py" "$work/cold.json" "$work/py.json" > /dev/null
    cmp -s "$work/cold.json" "$work/warm.json" || { echo "warm and cold differ ($n)" >&2; exit 1; }

    deadlines="deadlines --format json --as-of $as_of"
    time_it py "$runs" "$py $here/deadlines.py $dir $as_of"
    time_it cold "$runs" "$scr -C $dir --no-cache $deadlines"
    time_it warm "$runs" "$scr -C $dir $deadlines"
    time_it check_cold "$runs" "$scr -C $dir --no-cache check"
    time_it check_warm "$runs" "$scr -C $dir check"
    py_mean=$(seconds "$work/py.json")
    py_peak=$(peak "$py" "$here/deadlines.py" "$dir" "$as_of")
    for what in cold warm check_cold check_warm; do
        case $what in
        cold) label="deadlines, cold (--no-cache)"; cmd="$scr -C $dir --no-cache $deadlines" ;;
        warm) label="deadlines, warm"; cmd="$scr -C $dir $deadlines" ;;
        check_cold) label="check, cold (--no-cache)"; cmd="$scr -C $dir --no-cache check" ;;
        check_warm) label="check, warm"; cmd="$scr -C $dir check" ;;
        esac
        # shellcheck disable=SC2086
        scr_peak=$(peak $cmd)
        ratio=$("$py" -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.1f}x')" "$py_mean" "$(seconds "$work/$what.json")")
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$label" "$(mean "$work/$what.json")" \
            "$scr_peak" "$(mean "$work/py.json")" "$py_peak" "$ratio"
    done
    rm -rf "$dir"
done
