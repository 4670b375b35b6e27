#!/bin/sh
# The man pages are lint-clean; walking scr's command tree (`scr __complete tree`), every command
# group has a page that scr(1) refers to, and every long option of every command is described in
# its group's page (scr's own options in scr(1)); the file formats have their section 5 pages.
# Usage: man_lint.sh SOURCE_DIR SCR_BINARY
set -eu
src="$1"
bin="$2"
command -v mandoc >/dev/null || { echo "mandoc missing: skipped"; exit 77; }
out=$(mandoc -T lint -W warning "$src"/man/*.1 "$src"/man/*.5 2>&1 || true)
if [ -n "$out" ]; then echo "$out"; exit 1; fi
status=0
tree=$("$bin" __complete tree)
[ -n "$tree" ] || { echo "scr __complete tree printed nothing"; exit 1; }
groups=$(printf '%s\n' "$tree" | awk 'NF == 2 && $2 !~ /^-/ && $2 != "help" { print $2 }')
for group in $groups; do
    [ -f "$src/man/scr-$group.1" ] || { echo "no man page for scr $group"; status=1; }
    grep -q "^\.Xr scr-$group 1" "$src/man/scr.1" || { echo "scr.1 does not refer to scr-$group(1)"; status=1; }
done
# Every subcommand has its SYNOPSIS line in its group's page: `.Nm scr review panel\-response`.
commands=$(printf '%s\n' "$tree" | awk '$NF !~ /^-/')
for path in $(printf '%s\n' "$commands" | awk 'NF >= 3 { $1 = $1; gsub(/ /, "+"); print }'); do
    path=$(printf '%s' "$path" | tr '+' ' ')
    printf '%s\n' "$commands" | grep -q "^$path " && continue # a group of verbs, not a verb
    group=$(printf '%s' "$path" | cut -d' ' -f2)
    page="$src/man/scr-$group.1"
    escaped=$(printf '%s' "$path" | sed 's/-/\\\\-/g')
    [ -f "$page" ] && grep -q "^\.Nm $escaped\( \|\$\)" "$page" ||
        { echo "$page has no SYNOPSIS line for $path"; status=1; }
done
# Long options as mdoc writes them: --dry-run is `.Fl \-dry\-run`.
# --format is scr's own, offered after every command: scr(1) describes it.
printf '%s\n' "$tree" | awk '$NF ~ /^--/ && $NF != "--help" && $NF != "--version" &&
                              !(NF > 2 && $NF == "--format") { print $2, $NF }' | {
missing=0
while read -r group option; do
    case $group in
    --*) page="$src/man/scr.1" ;; # scr's own options
    help) continue ;;
    *) page="$src/man/scr-$group.1" ;;
    esac
    [ -f "$page" ] || continue
    escaped=$(printf '%s' "${option#-}" | sed 's/-/\\\\-/g')
    grep -q "Fl $escaped\\b" "$page" || { echo "$page does not describe $option"; missing=1; }
done
exit $missing
} || status=1
for page in scr-case.5 scr-profile.5; do
    [ -f "$src/man/$page" ] || { echo "no man page $page"; status=1; }
done
exit $status
