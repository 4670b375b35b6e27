#!/bin/sh
# The man pages are lint-clean, every command group the binary registers (cmd/main.cpp) has a
# page, every long option a command file declares is in its page, and the file formats have
# their section 5 pages.
set -eu
src="$1"
command -v mandoc >/dev/null || { echo "mandoc missing: skipped"; exit 77; }
out=$(mandoc -T lint -W warning "$src"/man/*.1 "$src"/man/*.5 2>&1 || true)
if [ -n "$out" ]; then echo "$out"; exit 1; fi
status=0
groups=$(sed -n 's/^ *register_\([a-z_]*\)(app, ctx);.*/\1/p' "$src/cmd/main.cpp" | grep -v '^help$' || true)
[ -n "$groups" ] || { echo "no command groups found in cmd/main.cpp"; exit 1; }
for group in $groups; do
    [ -f "$src/man/scr-$group.1" ] || { echo "no man page for scr $group"; status=1; }
    grep -q "^\.Xr scr-$group 1" "$src/man/scr.1" || { echo "scr.1 does not refer to scr-$group(1)"; status=1; }
done
for group in deadlines extend; do # the commands of issue 5, whatever main.cpp says
    echo "$groups" | grep -qx "$group" || { echo "cmd/main.cpp does not register $group"; status=1; }
done
# Long options as cmd/GROUP.cpp and cmd/GROUP_*.cpp declare them (add_option / add_flag), as mdoc writes them:
# --dry-run is `.Fl \-dry\-run`.
for file in "$src"/cmd/*.cpp; do
    group=$(basename "$file" .cpp)
    group=${group%%_*} # review_decide.cpp belongs to scr-review(1)
    page="$src/man/scr-$group.1"
    [ -f "$page" ] || continue
    for option in $(grep -oE 'add_(option|flag)\("[^"]*"' "$file" | sed -E 's/.*\("//; s/"$//' |
                    tr ',' '\n' | grep -- '^--' || true); do
        escaped=$(printf '%s' "${option#-}" | sed 's/-/\\\\-/g')
        grep -q "Fl $escaped\\b" "$page" || { echo "$page does not describe $option"; status=1; }
    done
done
for page in scr-case.5 scr-profile.5; do
    [ -f "$src/man/$page" ] || { echo "no man page $page"; status=1; }
done
exit $status
