#!/bin/sh
# `cmake --install` puts scr and its manual where man finds them: every man/*.1 in man1 and
# every man/*.5 in man5; and the installed binary shows its pages with `scr help`.
set -eu
src="$1"
build="$2"
cmake="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" --install "$build" --prefix "$work/usr" >/dev/null
status=0
for page in "$src"/man/*.1 "$src"/man/*.5; do
    name=$(basename "$page")
    section=${name##*.}
    cmp -s "$page" "$work/usr/share/man/man$section/$name" ||
        { echo "$name not installed in share/man/man$section"; status=1; }
done
[ -x "$work/usr/bin/scr" ] || { echo "bin/scr not installed"; status=1; }
if command -v man >/dev/null; then
    found=$(MANPATH="$work/usr/share/man" man -w scr-deadlines 2>/dev/null || true)
    [ "$found" = "$work/usr/share/man/man1/scr-deadlines.1" ] ||
        { echo "man -w scr-deadlines found '$found'"; status=1; }
    found=$(MANPATH="$work/usr/share/man" man -w 5 scr-case 2>/dev/null || true)
    [ "$found" = "$work/usr/share/man/man5/scr-case.5" ] ||
        { echo "man -w 5 scr-case found '$found'"; status=1; }
else
    echo "man not installed: man -w not checked"
fi
if command -v mandoc >/dev/null || command -v man >/dev/null; then
    # The page is built in: the installed binary needs neither the source tree nor MANPATH.
    (cd "$work" && MANPATH=/nonexistent "$work/usr/bin/scr" help extend | grep -q 'SCR-EXTEND(1)') ||
        { echo "the installed scr help extend does not show scr-extend(1)"; status=1; }
fi
exit $status
