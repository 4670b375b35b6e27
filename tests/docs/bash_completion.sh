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
expect "outcome= panel= rationale=" scr event add 2026-001 screening --set ""
expect "panel=" scr event add 2026-001 screening --set pa
expect "meets-rapid-review" scr event add 2026-001 screening --set outcome=me
expect "improvements-needed,multi-agency-working" \
    scr event add 2026-001 rapid-review-submitted --set criteria=improvements-needed,mu
expect "today tomorrow yesterday" scr event add 2026-001 closed --date ""
expect "seriously_harmed= stillbirth_unattended= sudden_unexplained= suicide_or_unexplained_death= suspicious_circumstances= system_warning_signs=" \
    scr referral new --answer s
expect "good_practice=" scr referral new --answer go

# scr triage: options, outcomes, formats, and --set keys (answers and facts) then their values.
expect "triage" scr t
expect "case check days deadlines event extend holidays init referral triage" scr help ""
expect "--dry-run" scr triage 2026-001 --dry
expect "--panel" scr triage 2026-001 --record no-further-action --rationale x --pa
expect "meets-rapid-review no-further-action queries-to-referrer single-agency-learning" \
    scr triage 2026-001 --record ""
expect "json md table" scr triage 2026-001 --format ""
expect "json md table" scr --format json triage 2026-001 --format ""
expect "today tomorrow yesterday" scr triage 2026-001 --record meets-rapid-review --date ""
expect "" scr triage 2026-001 --rationale ""
expect "" scr triage 2026-001 --panel ""
expect "" scr triage 2026-001 --record no-further-action --rationale x ""
triage_keys="abuse_or_neglect= children[0].date_of_birth= children[0].date_of_death= children[0].unborn= custody_or_detention= died= external_cause= good_practice= in_area= incident.date= known_to_social_care= looked_after= multi_agency_learning= near_miss= normally_resident= outside_england= poor_practice= regulated_setting= seriously_harmed= stillbirth_unattended= sudden_unexplained= suicide_or_unexplained_death= suspicious_circumstances= system_warning_signs="
expect "$triage_keys" scr triage 2026-001 --set ""
expect "$triage_keys" scr triage 2026-001 --set died=no --set ""
expect "children[0].date_of_birth= children[0].date_of_death= children[0].unborn=" scr triage 2026-001 --set chi
expect "children[12].date_of_birth= children[12].date_of_death= children[12].unborn=" scr triage 2026-001 --set "children[12"
expect "children[1].unborn=" scr triage 2026-001 --set "children[1].u"
expect "incident.date=" scr triage 2026-001 --set inc
expect "poor_practice=" scr triage 2026-001 --set poo
expect "known no suspected unknown" scr triage 2026-001 --set abuse_or_neglect=
expect "no unknown yes" scr triage 2026-001 --set stillbirth_unattended = ""
expect "no unknown yes" scr triage 2026-001 --set external_cause=
expect "no yes" scr triage 2026-001 --set "children[0].unborn="
expect "today tomorrow yesterday" scr triage 2026-001 --set incident.date=
expect "today tomorrow yesterday" scr triage 2026-001 --set "children[1].date_of_birth" = ""
expect "yesterday" scr triage 2026-001 --set incident.date=y

# scr deadlines and scr extend: options, formats, statuses, owners and milestones.
expect "deadlines" scr de
expect "extend" scr ex
expect "csv ics json md table" scr deadlines --format ""
expect "ics" scr deadlines --format i
expect "csv ics json md table" scr --format json deadlines --within 5 --format ""
expect "--status" scr deadlines --st
expect "--fail-on-overdue" scr deadlines --overdue --fa
expect "--explain" scr deadlines --ex
expect "--output" scr deadlines --out
expect "due-today met missed not-required overdue pending" scr deadlines --status ""
expect "not-required" scr deadlines --status not
expect "local-authority national-panel partnership" scr deadlines --owner ""
expect "action lcspr-publish notify-panel panel-response rapid-review report-copy" scr deadlines --milestone ""
expect "" scr deadlines --within ""
expect "" scr deadlines --remind ""
expect "--agreed-by" scr extend 2026-001 rapid-review --ag
expect "--dry-run" scr extend 2026-001 rapid-review --dry
expect "today tomorrow yesterday" scr extend 2026-001 rapid-review --until ""
expect "" scr extend 2026-001 rapid-review --reason ""
expect "text" scr extend 2026-001 rapid-review --format ""
expect "deadlines" scr help dea

# The answer keys offered are exactly those of lib/case/model.cpp, in every shell.
model_keys=$(grep -oE '\{"[a-z_]+", (true|false),' "$src/lib/case/model.cpp" | sed -E 's/^\{"([a-z_]+)".*/\1/' | tr '\n' ' ' | sed 's/ $//')
# shellcheck disable=SC2154 # _scr_answer_keys and _scr_outcomes come from scr.bash
read -r -a bash_key_list <<<"${_scr_answer_keys//$'\n'/ }"
bash_keys="${bash_key_list[*]}"
[ -n "$model_keys" ] || { echo "FAIL: no answer keys found in lib/case/model.cpp"; fail=1; }
if [ "$bash_keys" != "$model_keys" ]; then
    echo "FAIL: scr.bash answer keys '$bash_keys' differ from lib/case/model.cpp '$model_keys'"
    fail=1
fi
for key in $model_keys; do
    grep -q "\b$key\b" "$src/completions/_scr" || { echo "FAIL: _scr lacks answer key $key"; fail=1; }
    grep -q "\b$key\b" "$src/completions/scr.fish" || { echo "FAIL: scr.fish lacks answer key $key"; fail=1; }
done

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
# An action plan: scr extend ID offers its items as action:ID milestones.
printf 'actions:\n  - id: A1\n    action: Share the learning.\n    due: 2026-02-02\n  - id: B2\n    action: Audit.\n' \
    >>"$tmp/p/cases/2026-001.yaml"
(
    cd "$tmp/p/cases" || exit 1
    expect "2026-001 2026-002" scr case show 2026-
    expect "2025-001 2026-001 2026-002" scr event add ""
    expect "2025-001 2026-001 2026-002" scr deadlines --pending ""
    expect "2026-001 2026-002" scr deadlines --status overdue -- 2026
    expect "2025-001 2026-001 2026-002" scr extend ""
    expect "action:A1 action:B2 lcspr-publish notify-panel panel-response rapid-review report-copy" scr extend 2026-001 ""
    expect "action:A1 action:B2" scr extend 2026-001 act
    expect "lcspr-publish notify-panel panel-response rapid-review report-copy" scr extend 2026-002 ""
    exit $fail
) || fail=1
(
    cd "$tmp" || exit 1
    expect "" scr case show ""
    expect "2025-001 2026-001 2026-002" scr -C p case renumber ""
    expect "2025-001" scr -C "$tmp/p" check 2025
    expect "2025-001 2026-001 2026-002" scr -C p triage ""
    expect "2026-001 2026-002" scr -C "$tmp/p" triage --set died=no 2026
    expect "2025-001 2026-001 2026-002" scr -C p deadlines --within 3 ""
    expect "action:A1 action:B2" scr -C p extend 2026-001 --until 2026-03-01 a
    exit $fail
) || fail=1
(
    cd "$tmp/p" || exit 1
    expect "2025-001 2026-001 2026-002" scr triage ""
    exit $fail
) || fail=1
# Every --set key and value, --record outcome and --format the completion offers, the binary takes.
if [ -n "$bin" ] && [ -x "$bin" ]; then
    for kv in $(_scr_triage_keys ""); do
        key=${kv%=}
        for value in $(_scr_triage_values "$key"); do
            "$bin" -C "$tmp/p" --no-input triage 2026-001 -n --set "$key=$value" >/dev/null 2>"$tmp/err" ||
                { echo "FAIL: scr triage refuses offered --set $key=$value: $(cat "$tmp/err")"; fail=1; }
        done
    done
    # shellcheck disable=SC2154
    for outcome in $_scr_outcomes; do
        "$bin" -C "$tmp/p" --no-input triage 2026-001 -n --record "$outcome" --rationale R >/dev/null 2>"$tmp/err" ||
            { echo "FAIL: scr triage refuses offered --record $outcome: $(cat "$tmp/err")"; fail=1; }
    done
    for format in table json md; do
        "$bin" -C "$tmp/p" --no-input triage 2026-001 --format "$format" >/dev/null 2>"$tmp/err" ||
            { echo "FAIL: scr triage refuses offered --format $format: $(cat "$tmp/err")"; fail=1; }
    done
    # scr deadlines: every format, status, owner and milestone offered; every option offered is
    # one the binary lists; the same for scr extend.
    d() { # d WHAT ARGS...: scr deadlines ARGS must succeed
        what=$1
        shift
        "$bin" -C "$tmp/p" --as-of 2026-02-10 deadlines "$@" >/dev/null 2>"$tmp/err" ||
            { echo "FAIL: scr deadlines refuses offered $what: $(cat "$tmp/err")"; fail=1; }
    }
    for format in table csv json ics md; do d "--format $format" --format "$format"; done
    # shellcheck disable=SC2154 # _scr_statuses, _scr_owners and _scr_milestones come from scr.bash
    {
        for status in $_scr_statuses; do d "--status $status" --status "$status"; done
        for owner in $_scr_owners; do d "--owner $owner" --owner "$owner"; done
        for milestone in $_scr_milestones action action:A1; do
            d "--milestone $milestone" --milestone "$milestone"
        done
    }
    for verb in deadlines extend; do
        COMP_WORDS=(scr "$verb" -)
        COMP_CWORD=2
        COMPREPLY=()
        _scr
        help=$("$bin" "$verb" --help; "$bin" --help)
        for option in "${COMPREPLY[@]}"; do
            printf '%s\n' "$help" | grep -qE -- "(^|[ ,])$option([ ,]|$)" ||
                { echo "FAIL: completion offers $option, which scr $verb --help does not list"; fail=1; }
        done
        # ... and every option scr VERB --help lists is offered (-h as --help).
        for option in $(printf '%s\n' "$("$bin" "$verb" --help)" | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' |
                        tr -d ' ,' | grep -vx -- -h); do
            printf '%s\n' "${COMPREPLY[@]}" | grep -qx -- "$option" ||
                { echo "FAIL: completion of scr $verb lacks $option"; fail=1; }
        done
    done
    "$bin" -C "$tmp/p" --as-of 2026-02-10 extend 2026-001 action:A1 --until 2026-02-20 --agreed-by X \
        --reason Y -n >/dev/null 2>"$tmp/err" ||
        { echo "FAIL: scr extend refuses the offered action:A1: $(cat "$tmp/err")"; fail=1; }
fi
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
    [ "$got" = "outcome= panel= rationale= " ] || { echo "FAIL: fish --set gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr tri'" | cut -f1 | tr '\n' ' ')
    [ "$got" = "triage " ] || { echo "FAIL: fish 'scr tri' gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --set '" | cut -f1 | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$triage_keys" ] || { echo "FAIL: fish triage --set gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --set children[3'" | cut -f1 | tr '\n' ' ')
    [ "$got" = "children[3].date_of_birth= children[3].date_of_death= children[3].unborn= " ] || { echo "FAIL: fish triage --set children[3 gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --set abuse_or_neglect='" | cut -f1 | LC_ALL=C sort | tr '\n' ' ')
    [ "$got" = "abuse_or_neglect=known abuse_or_neglect=no abuse_or_neglect=suspected abuse_or_neglect=unknown " ] ||
        { echo "FAIL: fish triage --set abuse_or_neglect= gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --set children[0].unborn='" | cut -f1 | LC_ALL=C sort | tr '\n' ' ')
    [ "$got" = "children[0].unborn=no children[0].unborn=yes " ] || { echo "FAIL: fish triage unborn gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --record '" | cut -f1 | LC_ALL=C sort | tr '\n' ' ')
    [ "$got" = "meets-rapid-review no-further-action queries-to-referrer single-agency-learning " ] ||
        { echo "FAIL: fish --record gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-001 --format '" | cut -f1 | LC_ALL=C sort | tr '\n' ' ')
    [ "$got" = "json md table " ] || { echo "FAIL: fish triage --format gave '$got'"; fail=1; }
    got=$(cd "$tmp/p/cases" && fish -c "source '$src/completions/scr.fish'; complete -C'scr triage 2026-'" | cut -f1 | tr '\n' ' ')
    [ "$got" = "2026-001 2026-002 " ] || { echo "FAIL: fish triage case IDs gave '$got'"; fail=1; }
    got=$(cd "$tmp/p/cases" && fish -c "source '$src/completions/scr.fish'; complete -C'scr case show 2026-'" | cut -f1 | tr '\n' ' ')
    [ "$got" = "2026-001 2026-002 " ] || { echo "FAIL: fish case IDs gave '$got'"; fail=1; }
    f() { # f WANTED LINE: fish completes LINE to WANTED (sorted, space-separated)
        got=$(cd "$tmp/p/cases" && fish -c "source '$src/completions/scr.fish'; complete -C'$2'" | cut -f1 | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
        [ "$got" = "$1" ] || { echo "FAIL: fish '$2' gave '$got', expected '$1'"; fail=1; }
    }
    f "deadlines" "scr dea"
    f "csv ics json md table" "scr deadlines --format "
    f "--status" "scr deadlines --st"
    f "due-today met missed not-required overdue pending" "scr deadlines --status "
    f "local-authority national-panel partnership" "scr deadlines --owner "
    f "action lcspr-publish notify-panel panel-response rapid-review report-copy" "scr deadlines --milestone "
    f "2026-001 2026-002" "scr deadlines --pending 2026-"
    f "2026-001 2026-002" "scr extend 2026-"
    f "action:A1 action:B2 lcspr-publish notify-panel panel-response rapid-review report-copy" "scr extend 2026-001 "
    f "--agreed-by" "scr extend 2026-001 rapid-review --ag"
    f "today tomorrow yesterday" "scr extend 2026-001 rapid-review --until "
fi
[ $fail = 0 ] && echo "bash completion: all cases passed"
exit $fail
