#!/bin/sh
# The man pages are lint-clean, and every command group the binary has has a page.
set -eu
src="$1"
command -v mandoc >/dev/null || { echo "mandoc missing: skipped"; exit 77; }
out=$(mandoc -T lint -W warning "$src"/man/*.1 "$src"/man/*.5 2>&1 || true)
if [ -n "$out" ]; then echo "$out"; exit 1; fi
status=0
for group in init referral case event triage check days holidays; do
    [ -f "$src/man/scr-$group.1" ] || { echo "no man page for scr $group"; status=1; }
done
[ -f "$src/man/scr-case.5" ] || { echo "no man page for the case file format"; status=1; }
exit $status
