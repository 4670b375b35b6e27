#!/usr/bin/env bash
# The scripts in completions/ are exactly what `scr completion bash|zsh|fish` prints today, and
# zsh's engine answers as a user pressing Tab would see (compadd and friends stand in for the
# completion system, so the words offered can be read back). Bash and fish are exercised in
# bash_completion.sh.
# Usage: completion_scripts.sh SOURCE_DIR SCR_BINARY [BUILD_DIR]; with the build directory, the
# install rules are checked to put each script where its shell looks.
set -u
src="$1"
bin="$2"
build="${3:-}"
PATH="$(cd "$(dirname "$bin")" && pwd):$PATH"
fail=0
for pair in bash:scr.bash zsh:_scr fish:scr.fish; do
    shell=${pair%%:*}
    file=$src/completions/${pair#*:}
    if ! "$bin" completion "$shell" | cmp -s - "$file"; then
        echo "FAIL: $file is stale: run scr completion $shell > completions/${pair#*:}"
        fail=1
    fi
done
# The hidden helper is neither listed nor completed, and a bad shell is a usage error.
"$bin" --help | grep -q __complete && { echo "FAIL: scr --help lists __complete"; fail=1; }
"$bin" completion tcsh >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL: scr completion tcsh should exit 2"; fail=1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$build" ]; then
    cmake --install "$build" --prefix "$tmp/inst" >/dev/null || { echo "FAIL: cmake --install"; fail=1; }
    # Where bash-completion, zsh and fish look under the prefix.
    for f in share/bash-completion/completions/scr share/zsh/site-functions/_scr \
             share/fish/vendor_completions.d/scr.fish; do
        [ -f "$tmp/inst/$f" ] || { echo "FAIL: install puts no $f"; fail=1; }
    done
    # zsh's own fpath names PREFIX/share/zsh/site-functions for /usr/local, and bash-completion
    # loads from PREFIX/share/bash-completion/completions: the same paths as above.
    if command -v zsh >/dev/null; then
        zsh -f -c 'print -l $fpath' | grep -qx /usr/local/share/zsh/site-functions ||
            { echo "FAIL: zsh does not look in /usr/local/share/zsh/site-functions"; fail=1; }
    fi
    if pkg-config --exists bash-completion 2>/dev/null; then
        [ "$(pkg-config --variable=completionsdir bash-completion)" = /usr/share/bash-completion/completions ] ||
            { echo "FAIL: bash-completion looks elsewhere"; fail=1; }
    fi
    if command -v fish >/dev/null; then
        got=$(fish -c "set -p fish_complete_path $tmp/inst/share/fish/vendor_completions.d; complete -C'scr dead'" | cut -f1)
        [ "$got" = deadlines ] || { echo "FAIL: fish found no installed completion: '$got'"; fail=1; }
    fi
fi

command -v zsh >/dev/null || { echo "zsh missing: zsh part skipped"; exit $fail; }
zsh -n "$src/completions/_scr" || fail=1
"$bin" init "$tmp/p" --name "Completion Test" >/dev/null || fail=1
"$bin" -C "$tmp/p" --no-input referral new --kind learning-request --received 2026-01-05 \
    --referrer-name R --child-name C --summary S >/dev/null || fail=1
"$bin" -C "$tmp/p" --as-of 2026-01-06 review action add 2026-001 --action A --owner O \
    --due 2026-02-02 --force >/dev/null || fail=1
# The helper only reads: after every kind it answers, not a file or mtime in the partnership has
# changed and no lock was taken (.scr/lock is made by writers only).
snapshot() { (cd "$tmp/p" && find . -printf '%p %s %T@ %m\n' | LC_ALL=C sort); }
before=$(snapshot)
for kind in cases milestones actions settings fields answers commands; do
    "$bin" -C "$tmp/p" __complete "$kind" -- "" 2026-001 screening </dev/null >/dev/null 2>&1 ||
        { echo "FAIL: scr __complete $kind failed"; fail=1; }
done
"$bin" -C "$tmp/p" __complete milestones -- "" 2026-001 | grep -qx action:A1 ||
    { echo "FAIL: scr __complete milestones lacks the case's action:A1"; fail=1; }
[ "$(snapshot)" = "$before" ] || { echo "FAIL: scr __complete changed the partnership"; fail=1; }
[ -e "$tmp/p/.scr/lock" ] && [ -z "$(printf '%s' "$before" | grep '/.scr/lock ')" ] &&
    { echo "FAIL: scr __complete took the lock"; fail=1; }
cat >"$tmp/driver.zsh" <<'ZSH'
# zsh driver: source the script, then complete the words given, as if Tab were pressed after them.
typeset -ga got
compadd() {
    local arrays=0 w
    while (( $# )); do
        case $1 in
            (-S|-P|-J|-X|-x) shift 2 ;;
            (-a) arrays=1; shift ;;
            (--) shift; break ;;
            (-*) shift ;;
            (*) break ;;
        esac
    done
    for w in "$@"; do
        if (( arrays )); then got+=("${(@P)w}"); else got+=("$w"); fi
    done
}
_files() { got+=("<files>") }
_message() { :; }
compset() { :; }
compdef() { :; }
source "$1"
shift
words=("$@")
CURRENT=$#words
_scr
local c out=()
for c in $got; do [[ $c == ${words[CURRENT]}* ]] && out+=("$c"); done
print -r -- ${(j: :)${(o)out}}
ZSH
z() { # z WANTED WORDS...: zsh offers WANTED (sorted) after WORDS
    local want=$1 got
    shift
    got=$(cd "$tmp/p" && zsh -f "$tmp/driver.zsh" "$src/completions/_scr" "$@" 2>&1)
    [ "$got" = "$want" ] || { echo "FAIL: zsh '$*' gave '$got', expected '$want'"; fail=1; }
}
z "days deadlines" scr d
z "add between is" scr days ""
z "--division" scr days add 2026-01-01 5 --div
z "england-and-wales northern-ireland scotland" scr holidays list --division ""
z "--color" scr triage 2026-001 --c
z "local-review-independent multi-agency-learning national-review no-review single-agency-learning" \
    scr review decide 2026-001 --recommendation ""
z "recurrent-themes,improvements-needed recurrent-themes,multi-agency-working recurrent-themes,panel-suggested-local" \
    scr review decide 2026-001 --criteria recurrent-themes,
z "2026-001" scr triage ""
z "2026-001" scr -C "$tmp/p" review decide 2026
z "A1" scr review action done 2026-001 ""
mkdir "$tmp/my dir" && cp -r "$tmp/p" "$tmp/my dir/p"
z "2026-001" scr -C "'$tmp/my dir/p'" triage ""
z "2026-001" scr "-C$tmp/my dir/p" triage ""
z "action:A1 lcspr-publish notify-panel panel-response rapid-review report-copy" scr extend 2026-001 ""
z "abuse_or_neglect=known abuse_or_neglect=no abuse_or_neglect=suspected abuse_or_neglect=unknown" \
    scr triage 2026-001 --set abuse_or_neglect=
z "outcome= panel= rationale=" scr event add 2026-001 screening --set ""
z "csv html json md table" scr report register --format ""
z "<files>" scr deadlines -o ""
z "bash fish zsh" scr completion ""
[ $fail = 0 ] && echo "completion scripts: current, and zsh answers as expected"
exit $fail
