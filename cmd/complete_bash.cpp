// `scr completion bash`: the command table and an engine that walks the words typed.
#include "complete_table.h"

#include <fmt/format.h>

namespace scr::cli {
namespace {

void array(std::string& out, const char* name,
           const std::vector<std::pair<std::string, std::string>>& rows) {
    out += fmt::format("declare -gA {}=(\n", name);
    for (const auto& [key, value] : rows)
        out += fmt::format("    [{}]={}\n", shell_quote(key), shell_quote(value));
    out += ")\n";
}

// The engine. Bash splits words at '=' and ':' (COMP_WORDBREAKS); they are joined back so a
// KEY=VALUE or action:A1 is one word, and only the part after the break is replaced.
const char* engine = R"engine(
# The value spec of option or positional $2 of command path $1 ("scr review decide"); status 1
# if it takes no value. scr's own options follow every command.
_scr_spec() {
    local key="$1|$2"
    [[ -n ${_scr_values[$key]+x} ]] && { printf '%s' "${_scr_values[$key]}"; return 0; }
    [[ $2 == -* && -n ${_scr_values["scr|$2"]+x} ]] && { printf '%s' "${_scr_values["scr|$2"]}"; return 0; }
    return 1
}

# Fills COMPREPLY with the values spec $1 offers for word $2; $3 is scr, $4 -C's directory, then
# the positionals typed so far.
_scr_offer() {
    local spec=$1 cur=$2 scr=$3 chdir=$4 item prefix=""
    shift 4
    case $spec in
        -) COMPREPLY=() ;;
        w\ *) mapfile -t COMPREPLY < <(compgen -W "${spec#w }" -- "$cur") ;;
        l\ *)
            [[ $cur == *,* ]] && prefix="${cur%,*},"
            COMPREPLY=()
            for item in $(compgen -W "${spec#l }" -- "${cur##*,}"); do
                [[ ",$prefix" == *",$item,"* ]] || COMPREPLY+=("$prefix$item")
            done
            ;;
        f | i)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            [[ $spec == i && -z $cur ]] && COMPREPLY+=(-)
            ;;
        d)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            ;;
        @*)
            local -a dir=()
            # The directory as typed: its quotes and backslashes are the shell's, not the path's.
            chdir=${chdir//\"/}
            chdir=${chdir//\'/}
            chdir=${chdir//\\/}
            # shellcheck disable=SC2088 # the ~ as typed, not yet expanded
            [[ $chdir == "~" || $chdir == "~/"* ]] && chdir=$HOME${chdir#\~}
            [[ -n $chdir ]] && dir=(-C "$chdir")
            mapfile -t COMPREPLY < <("$scr" "${dir[@]}" --no-input __complete "${spec#@}" -- "$cur" "$@" 2>/dev/null)
            [[ ${COMPREPLY[0]-} == *= ]] && compopt -o nospace 2>/dev/null
            ;;
    esac
    return 0
}

_scr() {
    COMPREPLY=()
    local -a words=()
    local i w joining=0
    for ((i = 0; i < ${#COMP_WORDS[@]} && i <= COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $w == "=" || $w == ":" || $joining == 1 ]]; then
            words[${#words[@]} - 1]+=$w
            [[ $w == "=" || $w == ":" ]] && joining=1 || joining=0
        else
            words+=("$w")
            joining=0
        fi
    done
    local cword=$((${#words[@]} - 1))
    local cur=${words[cword]} prev="" path=scr chdir="" spec ended=0
    ((cword > 0)) && prev=${words[cword - 1]}
    local -a pos=()
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        if ((!ended)) && [[ $w == -* ]]; then
            [[ $w == -- ]] && { ended=1; continue; }
            [[ $w == --*=* ]] && continue
            [[ $w == -C?* ]] && { chdir=${w#-C}; continue; }
            if _scr_spec "$path" "$w" >/dev/null; then
                [[ $w == -C ]] && chdir=${words[i + 1]}
                ((i++))
            fi
            continue
        fi
        if ((${#pos[@]} == 0)) && [[ " ${_scr_subcommands[$path]} " == *" $w "* ]]; then
            path="$path $w"
        else
            pos+=("$w")
        fi
    done
    local scr=${COMP_WORDS[0]}
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    elif [[ $prev != -* || $prev == -- ]] || ! _scr_spec "$path" "$prev" >/dev/null || ((ended)); then
        prev=""
    fi
    if [[ -n $prev ]]; then
        spec=$(_scr_spec "$path" "$prev")
        _scr_offer "$spec" "$cur" "$scr" "$chdir" "${pos[@]}"
    elif [[ $cur == -* ]] && ((!ended)); then
        local opts=${_scr_options[$path]}
        [[ $path != scr ]] && opts="$opts $_scr_globals"
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    elif [[ -n ${_scr_subcommands[$path]} ]] && ((${#pos[@]} == 0)); then
        mapfile -t COMPREPLY < <(compgen -W "${_scr_subcommands[$path]}" -- "$cur")
    elif spec=$(_scr_spec "$path" "#${#pos[@]}") || spec=$(_scr_spec "$path" "#+"); then
        _scr_offer "$spec" "$cur" "$scr" "$chdir" "${pos[@]}"
    fi
    # Readline replaces only what follows the last word break in the word.
    local keep=""
    [[ $COMP_WORDBREAKS == *=* && $cur == *=* ]] && keep=${cur%"${cur##*=}"}
    [[ $COMP_WORDBREAKS == *:* && $cur == *:* ]] && keep=${cur%"${cur##*[=:]}"}
    if [[ -n $keep ]]; then
        for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=${COMPREPLY[i]#"$keep"}; done
    fi
    return 0
}

complete -F _scr scr
)engine";

} // namespace

std::string bash_script(const CompletionTable& t) {
    std::string out =
        "# bash completion for scr                                  -*- shell-script -*-\n"
        "# Generated by `scr completion bash` from scr's command tree: do not edit by hand.\n"
        "# Install: copy to /usr/share/bash-completion/completions/scr (or\n"
        "# ~/.local/share/bash-completion/completions/scr), or source it from ~/.bashrc.\n"
        "# Case IDs, milestones and KEY=VALUE pairs come from `scr __complete`, which only "
        "reads.\n\n";
    array(out, "_scr_subcommands", t.subcommands);
    array(out, "_scr_options", t.options);
    array(out, "_scr_values", t.values);
    out +=
        fmt::format("_scr_globals={}\n", shell_quote(fmt::format("{}", fmt::join(t.globals, " "))));
    return out + engine;
}

} // namespace scr::cli
