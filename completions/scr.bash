# bash completion for scr                                  -*- shell-script -*-
# Install: source this file, or copy it to
# /usr/share/bash-completion/completions/scr (or ~/.local/share/bash-completion/completions/scr).

_scr() {
    local cur prev
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}

    local globals="-C --as-of --format --color --no-input --version --help -h"
    local divisions="england-and-wales scotland northern-ireland"

    # Find the command and subcommand, skipping options and their values.
    local cmd="" sub="" word i npos=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            -C | --as-of | --format | --color | --division | --calendar | --name)
                ((i++)) # the option's value
                continue
                ;;
            -*) continue ;;
        esac
        if [[ -z $cmd ]]; then
            cmd=$word
        elif [[ -z $sub && ($cmd == days || $cmd == holidays) ]]; then
            sub=$word
        else
            ((npos++))
        fi
    done

    # Values of options.
    case $prev in
        -C)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        --as-of)
            return 0 # a YYYY-MM-DD date: nothing to offer
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
        --format)
            local formats="table csv json text"
            case "$cmd $sub" in
                "days add" | "days between" | "days is") formats="text json" ;;
                "holidays list") formats="table json csv" ;;
            esac
            mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur")
            return 0
            ;;
        --name)
            return 0
            ;;
    esac

    local opts words=""
    case "$cmd $sub" in
        " ")
            words="init days holidays help"
            opts=$globals
            ;;
        "init ")
            opts="--name --division --help"
            if [[ $cur != -* ]]; then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return 0
            fi
            ;;
        "days ")
            words="add between is"
            opts="--help"
            ;;
        "days add")
            opts="--division --calendar --format --help"
            ((npos == 0)) && words="- today tomorrow yesterday" && opts="- $opts"
            ;;
        "days between")
            opts="--inclusive --division --calendar --format --help"
            ((npos < 2)) && words="today tomorrow yesterday"
            ;;
        "days is")
            opts="--division --calendar --format --help"
            ((npos == 0)) && words="today tomorrow yesterday"
            ;;
        "holidays ")
            words="list import"
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
                0) words="init days holidays" ;;
                1) case ${COMP_WORDS[COMP_CWORD - 1]} in
                       days) words="add between is" ;;
                       holidays) words="list import" ;;
                   esac ;;
            esac
            ;;
    esac
    # Global options are accepted after the command too.
    [[ -n $cmd ]] && opts="$opts -C --as-of --color --no-input"

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    fi
    return 0
}

complete -F _scr scr
