#!/usr/bin/env bash
# The bash completion answers as a user pressing Tab would see: COMP_WORDS/COMP_CWORD set,
# _scr called, COMPREPLY checked; fish through `complete -C`; zsh a syntax pass.
set -u
src="$1"
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
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
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
if command -v zsh >/dev/null; then zsh -n "$src/completions/_scr" || fail=1; fi
if command -v fish >/dev/null; then
    fish -n "$src/completions/scr.fish" || fail=1
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr days '" | cut -f1 | tr '\n' ' ')
    [ "$got" = "add between is " ] || { echo "FAIL: fish 'scr days ' gave '$got'"; fail=1; }
    got=$(fish -c "source '$src/completions/scr.fish'; complete -C'scr holidays list --division '" | cut -f1 | sort | tr '\n' ' ')
    [ "$got" = "england-and-wales northern-ireland scotland " ] || { echo "FAIL: fish --division gave '$got'"; fail=1; }
fi
[ $fail = 0 ] && echo "bash completion: all cases passed"
exit $fail
