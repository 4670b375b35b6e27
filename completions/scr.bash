# bash completion for scr                                  -*- shell-script -*-
# Install: source this file, or copy it to
# /usr/share/bash-completion/completions/scr (or ~/.local/share/bash-completion/completions/scr).

# The options of `scr referral new` that take a value (every one but -n/--dry-run).
_scr_referral_opts="--kind --from --referrer-name --referrer-role --referrer-agency
    --referrer-email --received --child-name --child-pseudonym --unborn --child-dob --child-dod
    --child-address --child-ethnicity --child-gender --child-send --child-nhs --child-crs
    --child-pnc --incident-date --aware --summary --local-authority --household --improvement
    --sharing --meeting-date --meeting-outcome --meeting-rationale --expectations --answer --agency"

_scr_event_types="aware referral-received professionals-meeting screening notified
    rapid-review-meeting rapid-review-recommendation chair-decision rapid-review-submitted
    panel-response lcspr-decided lcspr-model-agreed publication-decided publication-planned
    report-sent published closed"

# The choices of the decisions after triage (lib/case/review_terms.cpp): the Rapid Review's
# recommendation and the chair's decision (003 stages 6-7), the LCSPR criteria and circumstances
# (002 s4.6-4.7; 004 Appendix 2), the Panel's response, the LCSPR model (004), publication (002 s5.5).
_scr_recommendations="national-review local-review-independent multi-agency-learning
    single-agency-learning no-review"
_scr_criteria="improvements-needed recurrent-themes multi-agency-working panel-suggested-local"
_scr_circumstances="single-agency-concern no-agency-involvement cross-boundary institutional-setting"
_scr_panel_outcomes="agree-meets agree-not-meets disagree"
_scr_models="learning-circle independent-author"
_scr_publications="publishable not-publishable"

# The verbs of `scr review` and `scr report`.
_scr_review_verbs="decide chair submit panel-response lcspr publish action"
_scr_report_verbs="register case timeliness"

_scr_answer_keys="abuse_or_neglect died seriously_harmed in_area normally_resident outside_england
    looked_after regulated_setting known_to_social_care suicide_or_unexplained_death near_miss
    system_warning_signs multi_agency_learning good_practice poor_practice external_cause
    sudden_unexplained custody_or_detention suspicious_circumstances stillbirth_unattended"

_scr_outcomes="meets-rapid-review no-further-action single-agency-learning queries-to-referrer"

# scr deadlines: the statuses, the owners of a profile's milestones, and the milestones of the
# built-in statutory profile ('action' is every action-plan item).
_scr_statuses="met missed overdue due-today pending not-required"
_scr_owners="partnership local-authority national-panel"
_scr_milestones="notify-panel rapid-review panel-response lcspr-publish report-copy"

# The partnership directory: the first directory holding a scr.yaml, walking up from -C DIR (else
# $SCR_DIR, else the current directory); nothing when there is none.
_scr_root() {
    local dir=$1
    if [[ -z $dir && -n ${SCR_DIR-} && -f $SCR_DIR/scr.yaml ]]; then
        printf '%s\n' "$SCR_DIR"
        return 0
    fi
    # shellcheck disable=SC2088 # the ~ typed on the line, not yet expanded
    [[ $dir == "~" || $dir == "~/"* ]] && dir=$HOME${dir#\~}
    [[ -z $dir ]] && dir=$PWD
    [[ $dir != /* ]] && dir=$PWD/$dir
    while [[ ! -f $dir/scr.yaml ]]; do
        [[ -z $dir || $dir == / ]] && return 0
        dir=${dir%/*}
        [[ -z $dir ]] && dir=/
    done
    printf '%s\n' "$dir"
}

# The action-plan items of case $2 as milestones (action:A1), from the `- id:` lines of its
# actions in the partnership of -C $1. Reads only.
_scr_case_actions() {
    local root line in_actions=0
    root=$(_scr_root "$1")
    [[ -n $root && -f $root/cases/$2.yaml ]] || return 0
    while IFS= read -r line; do
        case $line in
            actions:*) in_actions=1 ;;
            [a-z]*) in_actions=0 ;;
            "  - id: "*) ((in_actions)) && printf 'action:%s\n' "${line#  - id: }" ;;
        esac
    done <"$root/cases/$2.yaml"
}

# The fields of a known event type (nothing for the others).
_scr_event_fields() {
    case $1 in
        professionals-meeting) echo "outcome agencies themes rationale" ;;
        screening) echo "outcome rationale panel" ;;
        rapid-review-recommendation | rapid-review-submitted)
            echo "recommendation criteria circumstances questions rationale" ;;
        chair-decision) echo "decision rationale" ;;
        panel-response) echo "outcome" ;;
        lcspr-model-agreed) echo "model reviewer" ;;
        publication-decided) echo "outcome reason" ;;
    esac
}

# The choices of a field of a known event type (nothing for free text).
_scr_event_choices() {
    case "$1 $2" in
        "professionals-meeting outcome") echo "criteria-met criteria-not-met" ;;
        "screening outcome") echo "$_scr_outcomes" ;;
        "rapid-review-recommendation recommendation" | "rapid-review-submitted recommendation" | \
            "chair-decision decision")
            echo "$_scr_recommendations" ;;
        "rapid-review-recommendation criteria" | "rapid-review-submitted criteria") echo "$_scr_criteria" ;;
        "rapid-review-recommendation circumstances" | "rapid-review-submitted circumstances")
            echo "$_scr_circumstances" ;;
        "panel-response outcome") echo "$_scr_panel_outcomes" ;;
        "lcspr-model-agreed model") echo "$_scr_models" ;;
        "publication-decided outcome") echo "$_scr_publications" ;;
    esac
}

# The ids of the action-plan items of case $2 (A1, A2 ...), for `scr review action done ID`.
_scr_case_action_ids() {
    local item
    for item in $(_scr_case_actions "$1" "$2"); do printf '%s\n' "${item#action:}"; done
}

# Completes a comma-separated list of choices ($1) in $2: the last item, after those given.
_scr_list() {
    local choices=$1 word=$2 prefix="" item
    if [[ $word == *,* ]]; then
        prefix="${word%,*},"
        word=${word##*,}
    fi
    COMPREPLY=()
    for item in $(compgen -W "$choices" -- "$word"); do
        [[ ",$prefix" == *",$item,"* ]] && continue # already in the list
        COMPREPLY+=("$prefix$item")
    done
    return 0
}

# The keys `scr triage --set` takes: the answer keys, then the facts of the child check. The
# children are numbered from 0; a key typed as children[N gets child N's keys.
_scr_triage_keys() {
    local n=0
    [[ $1 =~ ^children\[([0-9]+) ]] && n=${BASH_REMATCH[1]}
    echo "$_scr_answer_keys incident.date children[$n].date_of_birth children[$n].date_of_death children[$n].unborn"
}

# The values of a `scr triage --set` key.
_scr_triage_values() {
    case $1 in
        abuse_or_neglect) echo "known suspected no unknown" ;;
        incident.date | children\[*\].date_of_birth | children\[*\].date_of_death) echo "today yesterday tomorrow" ;;
        children\[*\].unborn) echo "yes no" ;;
        *) echo "yes no unknown" ;;
    esac
}

# The case IDs of the partnership: the names of cases/*.yaml in the first directory holding a
# scr.yaml, walking up from -C DIR (else $SCR_DIR, else the current directory). Reads only.
_scr_case_ids() {
    local dir f name
    dir=$(_scr_root "$1")
    [[ -n $dir ]] || return 0
    for f in "$dir"/cases/*.yaml; do
        [[ -f $f ]] || continue
        name=${f##*/}
        name=${name%.yaml}
        [[ $name == .* ]] && continue
        printf '%s\n' "$name"
    done
}

# Completes a KEY=VALUE word: KEY= from $1, then VALUE from the choices _scr_kv_values gives.
# With '=' in COMP_WORDBREAKS (the default) bash replaces only what follows the '='.
_scr_kv() {
    local keys=$1 word=$2 getter=$3
    if [[ $word != *=* ]]; then
        compopt -o nospace 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -W "$keys" -S = -- "$word")
        return 0
    fi
    local key=${word%%=*} value=${word#*=} prefix="" choices item
    [[ $COMP_WORDBREAKS != *=* ]] && prefix="$key="
    choices=$($getter "$key")
    if [[ $value == *,* ]]; then # a list of choices: complete the last item
        prefix="$prefix${value%,*},"
        value=${value##*,}
    fi
    COMPREPLY=()
    for item in $(compgen -W "$choices" -- "$value"); do COMPREPLY+=("$prefix$item"); done
    return 0
}

_scr() {
    local cur prev
    COMPREPLY=()

    # Join KEY=VALUE back into one word (bash splits words at '=').
    local -a words=()
    local cword=0 i w joining=0
    for ((i = 0; i < ${#COMP_WORDS[@]} && i <= COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $w == "=" || $joining == 1 ]]; then
            words[${#words[@]} - 1]+=$w
            [[ $w == "=" ]] && joining=1 || joining=0
        else
            words+=("$w")
            joining=0
        fi
    done
    cword=$((${#words[@]} - 1))
    cur=${words[cword]}
    prev=""
    ((cword > 0)) && prev=${words[cword - 1]}
    # --option=value
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    local globals="-C --as-of --format --color --no-input --version --help -h"
    local divisions="england-and-wales scotland northern-ireland"
    local kinds="serious-incident case-of-concern learning-request"

    # Find the command, subcommand and positional arguments, skipping options and their values.
    local cmd="" sub="" sub2="" word npos=0 chdir="" type="" id=""
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
            -C)
                chdir=${words[i + 1]}
                ((i++))
                continue
                ;;
            --as-of | --format | --color | --division | --calendar | --name | --id-prefix | \
                --date | --note | --by | --set | --record | --rationale | --panel | --within | \
                --owner | --milestone | --status | --remind | -o | --output | --until | \
                --agreed-by | --reason | --recommendation | --decision | --criteria | \
                --circumstances | --question | --outcome | --model | --reviewer | --planned | \
                --published | --action | --due | --from | --to)
                ((i++)) # the option's value
                continue
                ;;
            --*=*) continue ;;
            --*)
                if [[ $cmd == referral && " ${_scr_referral_opts//$'\n'/ } " == *" $word "* ]]; then
                    ((i++))
                fi
                continue
                ;;
            -*) continue ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$word
        elif [[ -z $sub && ($cmd == days || $cmd == holidays || $cmd == referral || $cmd == case ||
            $cmd == event || $cmd == review || $cmd == report) ]]; then
            sub=$word
        elif [[ "$cmd $sub" == "review action" && -z $sub2 ]]; then
            sub2=$word
        else
            ((npos++))
            [[ "$cmd $sub" == "event add" ]] && ((npos == 2)) && type=$word
            [[ $cmd == extend || $cmd == review ]] && ((npos == 1)) && id=$word
        fi
    done

    # Values of options.
    case $prev in
        -C)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
            return 0
            ;;
        --division)
            mapfile -t COMPREPLY < <(compgen -W "$divisions" -- "$cur")
            return 0
            ;;
        --calendar)
            mapfile -t COMPREPLY < <(compgen -W "statutory local" -- "$cur")
            return 0
            ;;
        --kind)
            mapfile -t COMPREPLY < <(compgen -W "$kinds" -- "$cur")
            return 0
            ;;
        --format)
            local formats="table csv json text"
            case "$cmd $sub" in
                "days add" | "days between" | "days is") formats="text json" ;;
                "holidays list" | "case list") formats="table json csv" ;;
                "case show") formats="yaml json md" ;;
                "check ") formats="text json" ;;
                "triage ") formats="table json md" ;;
                "deadlines ") formats="table csv json ics md" ;;
                "init " | "referral new" | "case renumber" | "event add" | "extend " | "review "*) formats="text" ;;
                "report register") formats="table csv json md html" ;;
                "report case") formats="md html json" ;;
                "report timeliness") formats="table json csv md html" ;;
            esac
            mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur")
            return 0
            ;;
        --date | --until)
            mapfile -t COMPREPLY < <(compgen -W "today yesterday tomorrow" -- "$cur")
            return 0
            ;;
        --status)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_statuses" -- "$cur")
            return 0
            ;;
        --owner)
            [[ $cmd == review ]] && return 0 # an action's owner: free text
            mapfile -t COMPREPLY < <(compgen -W "$_scr_owners" -- "$cur")
            return 0
            ;;
        --recommendation | --decision)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_recommendations" -- "$cur")
            return 0
            ;;
        --criteria)
            _scr_list "$_scr_criteria" "$cur"
            return 0
            ;;
        --circumstances)
            _scr_list "$_scr_circumstances" "$cur"
            return 0
            ;;
        --outcome)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_panel_outcomes" -- "$cur")
            return 0
            ;;
        --model)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_models" -- "$cur")
            return 0
            ;;
        --planned | --published | --due)
            mapfile -t COMPREPLY < <(compgen -W "today yesterday tomorrow" -- "$cur")
            return 0
            ;;
        --question | --reviewer | --action)
            return 0 # free text
            ;;
        --milestone)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_milestones action" -- "$cur")
            return 0
            ;;
        -o | --output)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --set)
            if [[ $cmd == triage ]]; then
                _scr_kv "$(_scr_triage_keys "$cur")" "$cur" _scr_triage_values
            else
                _scr_kv "$(_scr_event_fields "$type")" "$cur" "_scr_event_choices $type"
            fi
            return 0
            ;;
        --record)
            mapfile -t COMPREPLY < <(compgen -W "$_scr_outcomes" -- "$cur")
            return 0
            ;;
        --as-of | --name | --id-prefix | --note | --by | --rationale | --panel | --within | \
            --remind | --agreed-by | --reason)
            return 0 # free text or a YYYY-MM-DD date: nothing to offer
            ;;
    esac
    if [[ $cmd == report ]]; then
        case $prev in
            --from | --to)
                mapfile -t COMPREPLY < <(compgen -W "today yesterday" -- "$cur")
                return 0
                ;;
        esac
    fi
    if [[ $cmd == referral ]]; then
        case $prev in
            --from)
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                [[ -z $cur ]] && COMPREPLY+=(-)
                return 0
                ;;
            --unborn)
                mapfile -t COMPREPLY < <(compgen -W "yes no" -- "$cur")
                return 0
                ;;
            --child-send)
                mapfile -t COMPREPLY < <(compgen -W "yes no unknown" -- "$cur")
                return 0
                ;;
            --meeting-outcome)
                mapfile -t COMPREPLY < <(compgen -W "criteria-met criteria-not-met" -- "$cur")
                return 0
                ;;
            --answer)
                _scr_kv "$_scr_answer_keys" "$cur" _scr_answer_values
                return 0
                ;;
            --*)
                [[ " ${_scr_referral_opts//$'\n'/ } " == *" $prev "* ]] && return 0
                ;;
        esac
    fi

    local opts="" words_=""
    case "$cmd $sub" in
        " ")
            words_="init referral case event triage deadlines extend review report check days holidays help"
            opts=$globals
            ;;
        "init ")
            opts="--name --division --id-prefix --help"
            if [[ $cur != -* ]]; then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return 0
            fi
            ;;
        "referral ")
            words_="new"
            opts="--help"
            ;;
        "referral new")
            opts="$_scr_referral_opts -n --dry-run --help"
            ;;
        "case ")
            words_="list show renumber"
            opts="--help"
            ;;
        "case list")
            opts="--kind --format --help"
            ;;
        "case show")
            opts="--format --help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ;;
        "case renumber")
            opts="--help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ;;
        "event ")
            words_="add"
            opts="--help"
            ;;
        "event add")
            opts="--date --note --by --set --help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ((npos == 1)) && words_=$_scr_event_types
            ;;
        "triage ")
            opts="--set -n --dry-run --record --rationale --date --panel --by --format --help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ;;
        "deadlines ")
            opts="--pending --overdue --within --owner --milestone --status --explain
                --fail-on-overdue --remind -o --output --format --help"
            words_=$(_scr_case_ids "$chdir")
            ;;
        "extend ")
            opts="--until --agreed-by --reason -n --dry-run --format --help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ((npos == 1)) && words_="$_scr_milestones $(_scr_case_actions "$chdir" "$id")"
            ;;
        "review ")
            words_=$_scr_review_verbs
            opts="--help"
            ;;
        "review "*)
            local common="--date --note --by --force -n --dry-run --format --help"
            case $sub in
                decide) opts="--recommendation --criteria --circumstances --question --rationale $common" ;;
                chair) opts="--decision --rationale $common" ;;
                submit) opts=$common ;;
                panel-response) opts="--outcome $common" ;;
                lcspr) opts="--model --reviewer $common" ;;
                publish) opts="--planned --published --publishable --not-publishable --reason $common" ;;
            esac
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            if [[ $sub == action ]]; then
                case $sub2 in
                    "")
                        words_="add done"
                        opts="--help"
                        ;;
                    add) opts="--action --owner --due --force -n --dry-run --format --help" ;;
                    done)
                        opts="--date --force -n --dry-run --format --help"
                        ((npos == 1)) && words_=$(_scr_case_action_ids "$chdir" "$id")
                        ;;
                esac
            fi
            ;;
        "report ")
            words_=$_scr_report_verbs
            opts="--help"
            ;;
        "report register")
            opts="--redact -o --output --format --help"
            ;;
        "report case")
            opts="--redact -o --output --format --help"
            ((npos == 0)) && words_=$(_scr_case_ids "$chdir")
            ;;
        "report timeliness")
            opts="--from --to --redact -o --output --format --help"
            ;;
        "check ")
            opts="--format --help"
            words_=$(_scr_case_ids "$chdir")
            ;;
        "days ")
            words_="add between is"
            opts="--help"
            ;;
        "days add")
            opts="--division --calendar --format --help"
            ((npos == 0)) && words_="- today tomorrow yesterday" && opts="- $opts"
            ;;
        "days between")
            opts="--inclusive --division --calendar --format --help"
            ((npos < 2)) && words_="today tomorrow yesterday"
            ;;
        "days is")
            opts="--division --calendar --format --help"
            ((npos == 0)) && words_="today tomorrow yesterday"
            ;;
        "holidays ")
            words_="list import"
            opts="--help"
            ;;
        "holidays list")
            opts="--division --calendar --format --help"
            ;;
        "holidays import")
            opts="--help"
            if [[ $cur != -* ]] && ((npos == 0)); then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                [[ -z $cur ]] && COMPREPLY+=(-)
                return 0
            fi
            ;;
        "help "*)
            case $npos in
                0) words_="init referral case event triage deadlines extend review report check days holidays" ;;
                1) case ${words[cword - 1]} in
                       referral) words_="new" ;;
                       case) words_="list show renumber" ;;
                       event) words_="add" ;;
                       review) words_=$_scr_review_verbs ;;
                       report) words_=$_scr_report_verbs ;;
                       days) words_="add between is" ;;
                       holidays) words_="list import" ;;
                   esac ;;
                2) [[ "${words[cword - 2]} ${words[cword - 1]}" == "review action" ]] && words_="add done" ;;
            esac
            ;;
    esac
    # Global options are accepted after the command too.
    [[ -n $cmd ]] && opts="$opts -C --as-of --color --no-input"

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -W "$words_" -- "$cur")
    fi
    return 0
}

# The values of a criteria answer.
_scr_answer_values() {
    if [[ $1 == abuse_or_neglect ]]; then echo "known suspected no unknown"; else echo "yes no unknown"; fi
}

complete -F _scr scr
