# fish completion for scr. Install: copy to ~/.config/fish/completions/scr.fish

set -l scr_commands init days holidays help

function __scr_divisions
    printf '%s\t%s\n' england-and-wales 'England and Wales' scotland Scotland northern-ireland 'Northern Ireland'
end

function __scr_calendars
    printf '%s\t%s\n' statutory 'Bank holidays only (the default)' local 'Also the closures in scr.yaml'
end

# The command and subcommand on the line, skipping options and their values.
function __scr_words
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l words
    set -l skip 0
    for t in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        switch $t
            case -C --as-of --format --color --division --calendar --name
                set skip 1
            case '-*'
            case '*'
                set -a words $t
        end
    end
    test (count $words) -gt 0; and printf '%s\n' $words
end

# True when no command has been given yet.
function __scr_none
    test (count (__scr_words)) -eq 0
end

# True while the dates of `days between` are still to come.
function __scr_between_dates
    __scr_in days between; and test (count (__scr_words)) -le 3
end

# True when the words so far are exactly the arguments given.
function __scr_is
    __scr_in $argv; and test (count (__scr_words)) -eq (count $argv)
end

# True when the words so far start with the arguments given.
function __scr_in
    set -l words (__scr_words)
    test (count $words) -ge (count $argv); or return 1
    for i in (seq (count $argv))
        test "$words[$i]" = "$argv[$i]"; or return 1
    end
end

complete -c scr -f

# Global options, accepted before or after the command.
complete -c scr -s h -l help -d 'Show help'
complete -c scr -n __scr_none -l version -d 'Print the version'
complete -c scr -s C -x -a '(__fish_complete_directories)' -d 'Run as if started in DIR'
complete -c scr -l as-of -x -d 'Take DATE (YYYY-MM-DD) as today'
complete -c scr -l color -x -a 'auto always never' -d 'Colour output'
complete -c scr -l no-input -d 'Never prompt'
complete -c scr -n __scr_none -l format -x -a 'table csv json text' -d 'Output format'

# Commands.
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a init -d 'Create a partnership directory'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a days -d 'Count working days as WORKDAY and NETWORKDAYS do'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a holidays -d 'Show the bank holidays, or import GOV.UK list'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a help -d 'Show help for a command'

# scr init [DIR] --name NAME [--division D]
complete -c scr -n '__scr_in init' -l name -x -d 'The partnership name'
complete -c scr -n '__scr_in init' -l division -x -a '(__scr_divisions)' -d 'Whose bank holidays apply'
complete -c scr -n '__scr_is init' -a '(__fish_complete_directories)' -d 'Directory'

# scr days add|between|is
complete -c scr -n '__scr_is days' -a add -d 'Date N working days (or d, w, m) after DATE'
complete -c scr -n '__scr_is days' -a between -d 'Working days after A up to and including B'
complete -c scr -n '__scr_is days' -a is -d 'Whether DATE is a working day'
complete -c scr -n '__scr_is days add' -a - -d 'Read DATE N lines from stdin'
complete -c scr -n '__scr_is days add; or __scr_is days is; or __scr_between_dates' -a 'today tomorrow yesterday' -d 'Relative date'
complete -c scr -n '__scr_in days add; or __scr_in days between; or __scr_in days is' -l division -x -a '(__scr_divisions)' -d 'Bank holidays of this division'
complete -c scr -n '__scr_in days add; or __scr_in days between; or __scr_in days is' -l calendar -x -a '(__scr_calendars)' -d 'Which non-working days count'
complete -c scr -n '__scr_in days add; or __scr_in days between; or __scr_in days is' -l format -x -a 'text json' -d 'Output format'
complete -c scr -n '__scr_in days between' -l inclusive -d 'Count both ends, as NETWORKDAYS does'

# scr holidays list|import
complete -c scr -n '__scr_is holidays' -a list -d 'List the bank holidays of a year'
complete -c scr -n '__scr_is holidays' -a import -d 'Store GOV.UK bank-holidays.json'
complete -c scr -n '__scr_in holidays list' -l division -x -a '(__scr_divisions)' -d 'Bank holidays of this division'
complete -c scr -n '__scr_in holidays list' -l calendar -x -a '(__scr_calendars)' -d 'Which non-working days count'
complete -c scr -n '__scr_in holidays list' -l format -x -a 'table json csv' -d 'Output format'
complete -c scr -n '__scr_is holidays import' -F -d 'bank-holidays.json'
complete -c scr -n '__scr_is holidays import' -a - -d 'Read from stdin'

# scr help COMMAND
complete -c scr -n '__scr_is help' -a 'init days holidays' -d 'Command'
complete -c scr -n '__scr_is help days' -a 'add between is' -d 'Subcommand'
complete -c scr -n '__scr_is help holidays' -a 'list import' -d 'Subcommand'
