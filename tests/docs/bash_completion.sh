#!/usr/bin/env bash
# The bash completion answers as a user pressing Tab would see: COMP_WORDS/COMP_CWORD set,
# _scr called, COMPREPLY checked; fish through `complete -C`; zsh a syntax pass.
# Usage: bash_completion.sh SOURCE_DIR [SCR_BINARY]; with the binary, the partnership whose case
# IDs are completed is made by `scr init` and `scr referral new`, else by hand.
set -u
src="$1"
bin="${2:-}"
# shellcheck source=/dev/null
source "$src/completions/scr.bash"
fail=0
expect() { # expect "WANTED WORDS" word...
    local want=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _scr
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" != "$want" ]; then
        echo "FAIL: '${COMP_WORDS[*]}' completed to '$got', expected '$want'"
        fail=1
    fi
}
expect "days" scr da
expect "add between is" scr days ""
expect "import list" scr holidays ""
expect "local statutory" scr days add 2026-01-01 5 --calendar ""
expect "england-and-wales northern-ireland scotland" scr holidays list --division ""
expect "always auto never" scr --color ""
expect "--inclusive" scr days between 2026-01-01 2026-02-01 --inc
expect "json text" scr days is 2026-01-01 --format ""
expect "csv json table" scr holidays list --format ""
expect "--name" scr init --na
expect "--id-prefix" scr init --id
expect "case check" scr c
expect "list renumber show" scr case ""
expect "new" scr referral ""
expect "case-of-concern learning-request serious-incident" scr referral new --kind ""
expect "--dry-run" scr referral new --kind case-of-concern --dry
expect "no unknown yes" scr referral new --child-send ""
expect "known no suspected unknown" scr referral new --answer abuse_or_neglect=
expect "json md yaml" scr case show --format ""
expect "csv json table" scr case list --format ""
expect "json text" scr check --format ""
expect "aware closed lcspr-decided lcspr-model-agreed notified panel-response professionals-meeting publication-planned published rapid-review-meeting rapid-review-submitted referral-received report-sent screening" \
    scr event add 2026-001 ""
expect "outcome= rationale=" scr event add 2026-001 screening --set ""
expect "meets-rapid-review" scr event add 2026-001 screening --set outcome=me
expect "improvements-needed,multi-agency-working" \
    scr event add 2026-001 rapid-review-submitted --set criteria=improvements-needed,mu
expect "today tomorrow yesterday" scr event add 2026-001 closed --date ""

# Case IDs come from cases/*.yaml of the partnership found by walking up (or -C DIR).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$bin" ] && [ -x "$bin" ]; then
    "$bin" init "$tmp/p" --name "Completion Test" >/dev/null || fail=1
    for received in 2025-12-30 2026-01-05 2026-01-06; do
        "$bin" -C "$tmp/p" --no-input referral new --kind learning-request --received "$received" \
            --referrer-name R --child-name C --summary S >/dev/null || fail=1
    done
else
    mkdir -p "$tmp/p/cases"
    printf 'name: Completion Test\ndivision: england-and-wales\n' >"$tmp/p/scr.yaml"
    : >"$tmp/p/cases/2025-001.yaml"
    : >"$tmp/p/cases/2026-001.yaml"
    : >"$tmp/p/cases/2026-002.yaml"
fi
: >"$tmp/p/cases/.2026-003.yaml" # a hidden file is not a case
(
    cd "$tmp/p/cases" || exit 1
    expect "2026-001 2026-002" scr case show 2026-
    expect "2025-001 2026-001 2026-002" scr event add ""
    exit $fail
) || fail=1
(
    cd "$tmp" || exit 1
    expect "" scr case show ""
    expect "2025-001 2026-001 2026-002" scr -C p case renumber ""
    expect "2025-001" scr -C "$tmp/p" check 2025
    exit $fail
) || fail=1
if command -v zsh >/dev/null; then zsh -n "$src/completions/_scr" || fail=1; fi
if command -v fish >/dev/null; then
    fish -n "$src/completions/scr.fish" || fail=1
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr days '" | cut -f1 | tr '\n' ' ')
    [ "$got" = "add between is " ] || { echo "FAIL: fish 'scr days ' gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr holidays list --division '" | cut -f1 | sort | tr '\n' ' ')
    [ "$got" = "england-and-wales northern-ireland scotland " ] || { echo "FAIL: fish --division gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr case '" | cut -f1 | tr '\n' ' ')
    [ "$got" = "list renumber show " ] || { echo "FAIL: fish 'scr case ' gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr event add 2026-001 screening --set '" | cut -f1 | tr '\n' ' ')
    [ "$got" = "outcome= rationale= " ] || { echo "FAIL: fish --set gave '$got'"; fail=1; }
    got=$(cd "$tmp/p/cases" && fish -c "source '$src/completions/scr.fish'; complete -C'scr case show 2026-'" | cut -f1 | tr '\n' ' ')
    [ "$got" = "2026-001 2026-002 " ] || { echo "FAIL: fish case IDs gave '$got'"; fail=1; }
fi
[ $fail = 0 ] && echo "bash completion: all cases passed"
exit $fail
