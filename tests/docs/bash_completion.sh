#!/usr/bin/env bash
# The bash completion answers as a user pressing Tab would see: COMP_WORDS/COMP_CWORD set,
# _scr called, COMPREPLY checked; fish through `complete -C`; zsh a syntax pass (tests/docs/
# completion_scripts.sh checks the scripts are current and runs zsh's engine).
# Usage: bash_completion.sh SOURCE_DIR SCR_BINARY. Case IDs, milestones and KEY=VALUE pairs come
# from `scr __complete`, so the binary's directory goes first on PATH, as `scr` is what is typed.
set -u
src="$1"
bin="$2"
PATH="$(cd "$(dirname "$bin")" && pwd):$PATH"
# shellcheck source=/dev/null
source "$src/completions/scr.bash"
fail=0
offered() { # offered word...: what Tab offers after the words, in the order offered
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _scr
    printf '%s\n' "${COMPREPLY[@]}" | tr '\n' ' ' | sed 's/ $//'
}
expect() { # expect "WANTED WORDS" word...
    local want=$1
    shift
    local got
    got=$(offered "$@" | tr ' ' '\n' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
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
expect "case check completion" scr c
expect "list renumber show" scr case ""
expect "new" scr referral ""
expect "case-of-concern learning-request serious-incident" scr referral new --kind ""
expect "--dry-run" scr referral new --kind case-of-concern --dry
expect "no unknown yes" scr referral new --child-send ""
expect "known no suspected unknown" scr referral new --answer abuse_or_neglect=
expect "json md yaml" scr case show --format ""
expect "csv json table" scr case list --format ""
expect "json text" scr check --format ""
expect "aware chair-decision closed lcspr-decided lcspr-model-agreed notified panel-response professionals-meeting publication-decided publication-planned published rapid-review-meeting rapid-review-recommendation rapid-review-submitted referral-received report-sent screening" \
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
expect "case check completion days deadlines event extend git holidays init merge-file referral report review triage" scr help ""
expect "--dry-run" scr triage 2026-001 --dry
expect "--panel" scr triage 2026-001 --record no-further-action --rationale x --pa
expect "meets-rapid-review no-further-action queries-to-referrer single-agency-learning" \
    scr triage 2026-001 --record ""
expect "json md table text" scr triage 2026-001 --format ""
expect "json md table text" scr --format json triage 2026-001 --format ""
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
expect "setup" scr git ""
expect "git" scr gi
expect "merge-file" scr me

# scr review and scr report: verbs, options, and the choices of lib/case/review_terms.cpp.
recommendations="local-review-independent multi-agency-learning national-review no-review single-agency-learning"
expect "referral report review" scr re
expect "action chair decide lcspr panel-response publish submit" scr review ""
expect "add done" scr review action ""
expect "case register timeliness" scr report ""
expect "action chair decide lcspr panel-response publish submit" scr help review ""
expect "add done" scr help review action ""
expect "case register timeliness" scr help report ""
expect "$recommendations" scr review decide --recommendation ""
expect "$recommendations" scr review decide 2026-001 --recommendation ""
expect "$recommendations" scr review chair 2026-001 --decision ""
expect "no-review" scr review chair 2026-001 --decision no
expect "improvements-needed multi-agency-working panel-suggested-local recurrent-themes" \
    scr review decide 2026-001 --criteria ""
expect "recurrent-themes,improvements-needed recurrent-themes,multi-agency-working recurrent-themes,panel-suggested-local" \
    scr review decide 2026-001 --criteria recurrent-themes,
expect "improvements-needed,multi-agency-working" scr review decide --criteria improvements-needed,mu
expect "recurrent-themes" scr review decide --criteria = re
expect "cross-boundary institutional-setting no-agency-involvement single-agency-concern" \
    scr review decide 2026-001 --circumstances ""
expect "cross-boundary,institutional-setting" scr review decide --circumstances cross-boundary,in
expect "agree-meets agree-not-meets disagree" scr review panel-response 2026-001 --outcome ""
expect "independent-author learning-circle" scr review lcspr 2026-001 --model ""
expect "--publishable --published" scr review publish 2026-001 --publ
expect "--not-publishable --note" scr review publish 2026-001 --not
expect "--planned" scr review publish 2026-001 --pla
expect "--question" scr review decide 2026-001 --que
expect "--recommendation" scr review decide 2026-001 --rec
expect "--force --format" scr review submit 2026-001 --fo
expect "--dry-run" scr review action "done" 2026-001 A1 --dr
expect "--action" scr review action add 2026-001 --ac
expect "text" scr review submit 2026-001 --format ""
expect "text" scr review action add 2026-001 --format ""
expect "today tomorrow yesterday" scr review publish 2026-001 --planned ""
expect "today tomorrow yesterday" scr review action add 2026-001 --due ""
expect "today tomorrow yesterday" scr review decide 2026-001 --date ""
expect "" scr review decide 2026-001 --question ""
expect "" scr review decide 2026-001 --rationale ""
expect "" scr review action add 2026-001 --owner ""
expect "" scr review lcspr 2026-001 --reviewer ""
expect "csv html json md table" scr report register --format ""
expect "html json md" scr report case --format ""
expect "html json md" scr report case 2026-001 --format ""
expect "csv html json md table" scr report timeliness --from 2026-04-01 --format ""
expect "--redact" scr report register --red
expect "--from" scr report timeliness --fr
expect "--output" scr report case 2026-001 --out
expect "today tomorrow yesterday" scr report timeliness --to ""
expect "decision= rationale=" scr event add 2026-001 chair-decision --set ""
expect "outcome= reason=" scr event add 2026-001 publication-decided --set ""
expect "not-publishable publishable" scr event add 2026-001 publication-decided --set outcome=
expect "circumstances= criteria= questions= rationale= recommendation=" \
    scr event add 2026-001 rapid-review-recommendation --set ""
expect "improvements-needed,multi-agency-working" \
    scr event add 2026-001 rapid-review-recommendation --set criteria=improvements-needed,mu
expect "$recommendations" scr event add 2026-001 chair-decision --set decision=

# The choices offered are exactly those of lib/case/review_terms.cpp, in order, in every shell.
terms() { # terms FUNCTION: the ids of review_terms.cpp FUNCTION(), in order
    sed -n "/& $1() {/,/^}/p" "$src/lib/case/review_terms.cpp" | grep -oE '\{"[a-z-]+",' |
        sed -E 's/^\{"([a-z-]+)",$/\1/' | tr '\n' ' ' | sed 's/ $//'
}
for pair in "recommendation_terms:review decide 2026-001 --recommendation" \
            "lcspr_criteria_terms:review decide 2026-001 --criteria" \
            "lcspr_circumstance_terms:review decide 2026-001 --circumstances" \
            "panel_outcome_terms:review panel-response 2026-001 --outcome" \
            "lcspr_model_terms:review lcspr 2026-001 --model" \
            "publication_terms:event add 2026-001 publication-decided --set outcome="; do
    function=${pair%%:*}
    read -r -a line <<<"${pair#*:}"
    want=$(terms "$function")
    [ -n "$want" ] || { echo "FAIL: no terms found in review_terms.cpp $function()"; fail=1; }
    if [[ ${line[-1]} == *= ]]; then got=$(offered scr "${line[@]}"); else got=$(offered scr "${line[@]}" ""); fi
    [ "$got" = "$want" ] || { echo "FAIL: scr ${line[*]} offers '$got', review_terms.cpp $function() has '$want'"; fail=1; }
done
# The event types offered are those of lib/case/event_types.cpp, in order.
types=$(grep -oE '^ *\{"[a-z][a-z-]*",( *$| *"[^"]* [^"]*")' "$src/lib/case/event_types.cpp" |
    sed -E 's/^ *\{"([a-z-]+)".*/\1/' | tr '\n' ' ' | sed 's/ $//')
offered_types=$(offered scr event add 2026-001 "")
[ "$offered_types" = "$types" ] || { echo "FAIL: event types offered '$offered_types' differ from event_types.cpp '$types'"; fail=1; }

# The answer keys offered are exactly those of lib/case/model.cpp, in order.
model_keys=$(grep -oE '\{"[a-z_]+", (true|false),' "$src/lib/case/model.cpp" | sed -E 's/^\{"([a-z_]+)".*/\1/' | tr '\n' ' ' | sed 's/ $//')
[ -n "$model_keys" ] || { echo "FAIL: no answer keys found in lib/case/model.cpp"; fail=1; }
answer_keys=$(offered scr referral new --answer "" | sed 's/=//g')
[ "$answer_keys" = "$model_keys" ] || { echo "FAIL: --answer keys '$answer_keys' differ from lib/case/model.cpp '$model_keys'"; fail=1; }

# Case IDs come from cases/*.yaml of the partnership found by walking up (or -C DIR).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" init "$tmp/p" --name "Completion Test" >/dev/null || fail=1
for received in 2025-12-30 2026-01-05 2026-01-06; do
    "$bin" -C "$tmp/p" --no-input referral new --kind learning-request --received "$received" \
        --referrer-name R --child-name C --summary S >/dev/null || fail=1
done
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
    expect "2025-001 2026-001 2026-002" scr review decide ""
    expect "" scr review decide 2026-001 ""
    expect "2026-001 2026-002" scr review chair --decision no-review 2026
    expect "2025-001 2026-001 2026-002" scr review action "done" ""
    expect "A1 B2" scr review action "done" 2026-001 ""
    expect "" scr review action "done" 2026-002 ""
    expect "2025-001 2026-001 2026-002" scr review action add ""
    expect "2025-001 2026-001 2026-002" scr report case ""
    expect "2026-001 2026-002" scr report case --redact 2026
    expect "" scr report register ""
    exit $fail
) || fail=1
(
    cd "$tmp" || exit 1
    expect "" scr case show ""
    expect "2025-001 2026-001 2026-002" scr -C p case renumber ""
    # -C DIR as typed: quoted, with an escaped space, or joined to the option.
    mkdir "$tmp/my dir" && cp -r "$tmp/p" "$tmp/my dir/p"
    expect "2025-001 2026-001 2026-002" scr -C "\"$tmp/my dir/p\"" case show ""
    expect "2025-001 2026-001 2026-002" scr -C "${tmp}/my\\ dir/p" case show ""
    expect "2025-001 2026-001 2026-002" scr "-C$tmp/p" case show ""
    # shellcheck disable=SC2088 # -C ~/p as typed, before the shell expands it
    HOME=$tmp expect "2025-001 2026-001 2026-002" scr -C "~/p" case renumber ""
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
    for kv in $(offered scr triage 2026-001 --set ""); do
        key=${kv%=}
        for value in $(offered scr triage 2026-001 --set "$key="); do
            "$bin" -C "$tmp/p" --no-input triage 2026-001 -n --set "$key=$value" >/dev/null 2>"$tmp/err" ||
                { echo "FAIL: scr triage refuses offered --set $key=$value: $(cat "$tmp/err")"; fail=1; }
        done
    done
    # shellcheck disable=SC2154
    for outcome in $(offered scr triage 2026-001 --record ""); do
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
    {
        for status in $(offered scr deadlines --status ""); do d "--status $status" --status "$status"; done
        for owner in $(offered scr deadlines --owner ""); do d "--owner $owner" --owner "$owner"; done
        for milestone in $(offered scr -C "$tmp/p" deadlines --milestone "") action:A1; do
            d "--milestone $milestone" --milestone "$milestone"
        done
    }
    for verb in deadlines extend "review decide" "review chair" "review submit" "review panel-response" \
                "review lcspr" "review publish" "review action add" "review action done" \
                "report register" "report case" "report timeliness"; do
        read -r -a verb_words <<<"$verb"
        COMP_WORDS=(scr "${verb_words[@]}" -)
        COMP_CWORD=$((${#verb_words[@]} + 1))
        COMPREPLY=()
        _scr
        help=$("$bin" "${verb_words[@]}" --help; "$bin" --help)
        for option in "${COMPREPLY[@]}"; do
            printf '%s\n' "$help" | grep -qE -- "(^|[ ,])$option([ ,]|$)" ||
                { echo "FAIL: completion offers $option, which scr $verb --help does not list"; fail=1; }
        done
        # ... and every option scr VERB --help lists is offered (-h as --help).
        for option in $(printf '%s\n' "$("$bin" "${verb_words[@]}" --help)" | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' |
                        tr -d ' ,' | grep -vx -- -h); do
            printf '%s\n' "${COMPREPLY[@]}" | grep -qx -- "$option" ||
                { echo "FAIL: completion of scr $verb lacks $option"; fail=1; }
        done
    done
    # scr review: every recommendation, criterion, circumstance, Panel outcome and model offered,
    # the binary takes (-n: nothing written; --force: these cases have no Rapid Review to follow).
    rv() { # rv WHAT ARGS...: scr review ARGS -n --force must succeed
        what=$1
        shift
        "$bin" -C "$tmp/p" --as-of 2026-02-10 --no-input review "$@" -n --force >/dev/null 2>"$tmp/err" ||
            { echo "FAIL: scr review refuses offered $what: $(cat "$tmp/err")"; fail=1; }
    }
    criteria=$(offered scr review decide 2026-001 --criteria "")
    {
        for rec in $(offered scr review decide 2026-001 --recommendation ""); do
            rv "--recommendation $rec" decide 2026-001 --recommendation "$rec" --rationale R \
                --criteria improvements-needed --question Q
            rv "--decision $rec" chair 2026-001 --decision "$rec" --rationale R
        done
        for criterion in $criteria; do
            rv "--criteria $criterion" decide 2026-001 --recommendation national-review --rationale R \
                --question Q --criteria "$criterion"
        done
        rv "--criteria $criteria" decide 2026-001 --recommendation national-review --rationale R \
            --question Q --criteria "$(printf '%s' "$criteria" | tr -s ' \n' ',,')"
        for circumstance in $(offered scr review decide 2026-001 --circumstances ""); do
            rv "--circumstances $circumstance" decide 2026-001 --recommendation no-review --rationale R \
                --circumstances "$circumstance"
        done
        for outcome in $(offered scr review panel-response 2026-001 --outcome ""); do rv "--outcome $outcome" panel-response 2026-001 --outcome "$outcome"; done
        for model in $(offered scr review lcspr 2026-001 --model ""); do rv "--model $model" lcspr 2026-001 --model "$model" --reviewer R; done
    }
    rv "--publishable" publish 2026-001 --publishable
    rv "--not-publishable" publish 2026-001 --not-publishable --reason R
    rv "--planned" publish 2026-001 --planned tomorrow
    rv "--due" action add 2026-001 --action A --owner O --due tomorrow
    rv "action done A1" action "done" 2026-001 A1 --date yesterday
    # scr report: every format offered, the binary writes.
    rp() { # rp FORMATS ARGS...: scr report ARGS --format F must succeed for each F of FORMATS
        local formats=$1 format
        shift
        for format in $formats; do
            "$bin" -C "$tmp/p" --as-of 2026-02-10 report "$@" --format "$format" >/dev/null 2>"$tmp/err" ||
                { echo "FAIL: scr report $1 refuses offered --format $format: $(cat "$tmp/err")"; fail=1; }
        done
    }
    rp "table csv json md html" register
    rp "md html json" case 2026-001
    rp "table json csv md html" timeliness --from 2026-01-01 --to 2026-12-31
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
    [ "$got" = "json md table text " ] || { echo "FAIL: fish triage --format gave '$got'"; fail=1; }
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
    f "action chair decide lcspr panel-response publish submit" "scr review "
    f "add done" "scr review action "
    f "case register timeliness" "scr report "
    f "referral report review" "scr re"
    f "2026-001 2026-002" "scr review decide 2026-"
    f "2026-001 2026-002" "scr report case 2026-"
    f "A1 B2" "scr review action done 2026-001 "
    f "$recommendations" "scr review decide 2026-001 --recommendation "
    f "$recommendations" "scr review chair 2026-001 --decision "
    f "improvements-needed multi-agency-working panel-suggested-local recurrent-themes" "scr review decide 2026-001 --criteria "
    f "recurrent-themes,improvements-needed recurrent-themes,multi-agency-working recurrent-themes,panel-suggested-local" \
        "scr review decide 2026-001 --criteria recurrent-themes,"
    f "cross-boundary institutional-setting no-agency-involvement single-agency-concern" "scr review decide 2026-001 --circumstances "
    f "agree-meets agree-not-meets disagree" "scr review panel-response 2026-001 --outcome "
    f "independent-author learning-circle" "scr review lcspr 2026-001 --model "
    f "--not-publishable --note" "scr review publish 2026-001 --not"
    f "html json md" "scr report case 2026-001 --format "
    f "csv html json md table" "scr report register --format "
    f "csv html json md table" "scr report timeliness --format "
    f "--from" "scr report timeliness --fr"
    f "action chair decide lcspr panel-response publish submit" "scr help review "
    f "add done" "scr help review action "
    f "decision= rationale=" "scr event add 2026-001 chair-decision --set "
    f "outcome=not-publishable outcome=publishable" "scr event add 2026-001 publication-decided --set outcome="
fi
[ $fail = 0 ] && echo "bash completion: all cases passed"
exit $fail
