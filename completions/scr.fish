# fish completion for scr. Install: copy to ~/.config/fish/completions/scr.fish

set -l scr_commands init referral case event triage deadlines extend review report check days holidays help

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
            case -C --as-of --format --color --division --calendar --name --id-prefix \
                --kind --from --date --note --by --set --referrer-name --referrer-role \
                --referrer-agency --referrer-email --received --child-name --child-pseudonym \
                --unborn --child-dob --child-dod --child-address --child-ethnicity --child-gender \
                --child-send --child-nhs --child-crs --child-pnc --incident-date --aware --summary \
                --local-authority --household --improvement --sharing --meeting-date \
                --meeting-outcome --meeting-rationale --expectations --answer --agency \
                --record --rationale --panel --within --owner --milestone --status --remind \
                -o --output --until --agreed-by --reason --recommendation --decision --criteria \
                --circumstances --question --outcome --model --reviewer --planned --published \
                --action --due --to
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

function __scr_kinds
    printf '%s\t%s\n' serious-incident 'Serious Incident Notification request' \
        case-of-concern 'Near miss (case of concern form)' \
        learning-request 'Request for a learning review'
end

# The partnership directory: the first directory holding a scr.yaml, walking up from -C DIR
# (else $SCR_DIR, else the current directory); nothing when there is none.
function __scr_root
    set -l tokens (commandline -opc)
    set -l dir
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = -C; and test $i -lt (count $tokens)
            set dir $tokens[(math $i + 1)]
        end
    end
    set dir (string replace -r '^~' $HOME -- $dir)
    if test -z "$dir"; and set -q SCR_DIR; and test -f "$SCR_DIR/scr.yaml"
        echo $SCR_DIR
        return
    end
    test -z "$dir"; and set dir $PWD
    string match -q '/*' -- $dir; or set dir $PWD/$dir
    while not test -f $dir/scr.yaml
        test "$dir" = /; and return
        set dir (string replace -r '/[^/]*$' '' -- $dir)
        test -z "$dir"; and set dir /
    end
    echo $dir
end

# The case IDs: the names of cases/*.yaml in the partnership directory. Reads only.
function __scr_case_ids
    set -l dir (__scr_root)
    test -n "$dir"; or return
    for f in $dir/cases/*.yaml
        test -f $f; or continue
        set -l name (string replace -r '\.yaml$' '' -- (basename -- $f))
        string match -q '.*' -- $name; or echo $name
    end
end

# The milestones of the built-in statutory profile; `action` is every action-plan item.
function __scr_milestones
    printf '%s\t%s\n' \
        notify-panel 'Notify the National Panel: 5 working days from aware' \
        rapid-review 'Rapid Review decision: 15 working days from notified' \
        panel-response 'National Panel response: 15 working days' \
        lcspr-publish 'Publish the LCSPR: 6 months from lcspr-decided' \
        report-copy 'Final report: 7 working days before publication' \
        action 'Every action-plan item (action:ID for one)'
end

function __scr_statuses
    printf '%s\t%s\n' met 'Done by the due date' missed 'Done after the due date' \
        overdue 'Not done, past due' due-today 'Due today' pending 'Due later' \
        not-required 'A decision made it unnecessary'
end

# The milestones `scr extend ID` can name: the statutory ones, and the case's actions as
# action:ID (the `- id:` lines of its actions). Reads only.
function __scr_extend_milestones
    __scr_milestones | string match -v 'action*'
    set -l id (__scr_words)[2]
    test -n "$id"; or return
    set -l dir (__scr_root)
    test -n "$dir"; and test -f "$dir/cases/$id.yaml"; or return
    set -l in_actions 0
    for line in (string split \n -- (cat "$dir/cases/$id.yaml"))
        if string match -q 'actions:*' -- $line
            set in_actions 1
        else if string match -qr '^[a-z]' -- $line
            set in_actions 0
        else if test $in_actions = 1; and string match -q '  - id: *' -- $line
            printf 'action:%s\tAction-plan item\n' (string replace '  - id: ' '' -- $line)
        end
    end
end

function __scr_event_types
    printf '%s\t%s\n' \
        aware 'The local authority became aware of the incident' \
        referral-received 'The partnership received the referral (day 0)' \
        professionals-meeting 'The professionals meeting reviewed a case of concern' \
        screening 'The screening panel, DSP or Review Group decided' \
        notified 'The notification was made to the National Panel' \
        rapid-review-meeting 'The Rapid Review meeting was held' \
        rapid-review-recommendation 'The Rapid Review panel recommended to the chair' \
        chair-decision 'The partnership chair decided' \
        rapid-review-submitted 'The Rapid Review report went to the Panel' \
        panel-response 'The National Panel answered' \
        lcspr-decided 'The partnership decided to undertake an LCSPR' \
        lcspr-model-agreed 'The LCSPR model was agreed' \
        publication-decided 'Whether the report is publishable was decided' \
        publication-planned 'The planned publication date' \
        report-sent 'The final report went to Panel, SoS and Ofsted' \
        published 'The review was published' \
        closed 'The case needs nothing more'
end

# KEY=VALUE of `event add --set`: the fields of the type on the line, then their choices.
function __scr_event_set
    set -l type (__scr_words)[4]
    set -l token (commandline -ct)
    set -l fields
    switch "$type"
        case professionals-meeting
            set fields outcome agencies themes rationale
        case screening
            set fields outcome rationale panel
        case rapid-review-recommendation rapid-review-submitted
            set fields recommendation criteria circumstances questions rationale
        case chair-decision
            set fields decision rationale
        case panel-response
            set fields outcome
        case lcspr-model-agreed
            set fields model reviewer
        case publication-decided
            set fields outcome reason
    end
    if not string match -q '*=*' -- $token
        printf '%s=\n' $fields
        return
    end
    set -l key (string split -m1 = -- $token)[1]
    set -l value (string split -m1 = -- $token)[2]
    set -l choices
    switch "$type $key"
        case 'professionals-meeting outcome'
            set choices criteria-met criteria-not-met
        case 'screening outcome'
            set choices meets-rapid-review no-further-action single-agency-learning queries-to-referrer
        case 'rapid-review-recommendation recommendation' 'rapid-review-submitted recommendation' 'chair-decision decision'
            set choices (__scr_recommendations | string replace -r '\t.*' '')
        case 'rapid-review-recommendation criteria' 'rapid-review-submitted criteria'
            set choices (__scr_criteria | string replace -r '\t.*' '')
        case 'rapid-review-recommendation circumstances' 'rapid-review-submitted circumstances'
            set choices (__scr_circumstances | string replace -r '\t.*' '')
        case 'panel-response outcome'
            set choices agree-meets agree-not-meets disagree
        case 'lcspr-model-agreed model'
            set choices learning-circle independent-author
        case 'publication-decided outcome'
            set choices publishable not-publishable
    end
    set -l before ''
    string match -q '*,*' -- $value; and set before (string replace -r '[^,]*$' '' -- $value)
    for c in $choices
        echo "$key=$before$c"
    end
end

# The decisions after triage (lib/case/review_terms.cpp): the Rapid Review's recommendation and
# the chair's decision (003 stages 6-7), the LCSPR criteria and circumstances (002 s4.6-4.7;
# 004 Appendix 2).
function __scr_recommendations
    printf '%s\t%s\n' \
        national-review 'A National Child Safeguarding Practice Review' \
        local-review-independent 'An LCSPR with an independent author' \
        multi-agency-learning 'A multi-agency practice learning review' \
        single-agency-learning 'Single-agency practice learning' \
        no-review 'No review required; local learning identified'
end

function __scr_criteria
    printf '%s\t%s\n' \
        improvements-needed 'Improvements needed to safeguard children' \
        recurrent-themes 'Recurrent themes in safeguarding' \
        multi-agency-working 'Concerns about agencies working together' \
        panel-suggested-local 'The National Panel suggested a local review'
end

function __scr_circumstances
    printf '%s\t%s\n' \
        single-agency-concern 'Concern about a single agency' \
        no-agency-involvement 'No agency involvement, a cause for concern' \
        cross-boundary 'More than one local authority, police area or ICB' \
        institutional-setting 'Safeguarding in institutional settings'
end

# A comma-separated list of the choices $argv[1] prints: the last item, after those given.
function __scr_list
    set -l token (commandline -ct)
    set -l before ''
    string match -q '*,*' -- $token; and set before (string replace -r '[^,]*$' '' -- $token)
    set -l given (string split , -- $before)
    for line in ($argv[1])
        set -l value (string replace -r '\t.*' '' -- $line)
        contains -- $value $given; and continue
        echo "$before$line"
    end
end

# The ids of the action-plan items of the case on the line (`review action done ID`). Reads only.
function __scr_action_ids
    set -l id (__scr_words)[4]
    test -n "$id"; or return
    set -l dir (__scr_root)
    test -n "$dir"; and test -f "$dir/cases/$id.yaml"; or return
    set -l in_actions 0
    for line in (string split \n -- (cat "$dir/cases/$id.yaml"))
        if string match -q 'actions:*' -- $line
            set in_actions 1
        else if string match -qr '^[a-z]' -- $line
            set in_actions 0
        else if test $in_actions = 1; and string match -q '  - id: *' -- $line
            printf '%s\tAction-plan item\n' (string replace '  - id: ' '' -- $line)
        end
    end
end

# The answer keys of a case file, in their order.
function __scr_answer_keys
    printf '%s\n' abuse_or_neglect died seriously_harmed in_area normally_resident outside_england \
        looked_after regulated_setting known_to_social_care suicide_or_unexplained_death near_miss \
        system_warning_signs multi_agency_learning good_practice poor_practice external_cause \
        sudden_unexplained custody_or_detention suspicious_circumstances stillbirth_unattended
end

# KEY=VALUE of `referral new --answer`.
function __scr_answers
    set -l token (commandline -ct)
    if not string match -q '*=*' -- $token
        printf '%s=\n' (__scr_answer_keys)
        return
    end
    set -l key (string split -m1 = -- $token)[1]
    set -l values yes no unknown
    test "$key" = abuse_or_neglect; and set values known suspected no unknown
    printf "$key=%s\n" $values
end

# KEY=VALUE of `triage --set`: the answer keys and the facts of the child check, then values.
# The children are numbered from 0; a key typed as children[N gets child N's keys.
function __scr_triage_set
    set -l token (commandline -ct)
    if not string match -q '*=*' -- $token
        set -l n (string match -r '^children\[([0-9]+)' -- $token)[2]
        test -n "$n"; or set n 0
        printf '%s=\n' (__scr_answer_keys) incident.date "children[$n].date_of_birth" "children[$n].date_of_death" "children[$n].unborn"
        return
    end
    set -l key (string split -m1 = -- $token)[1]
    set -l values yes no unknown
    switch $key
        case abuse_or_neglect
            set values known suspected no unknown
        case incident.date 'children[*].date_of_birth' 'children[*].date_of_death'
            set values today yesterday tomorrow
        case 'children[*].unborn'
            set values yes no
    end
    for v in $values
        echo "$key=$v"
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
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a referral -d 'Record a new referral'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a case -d 'List and show cases'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a event -d 'Record what happened to a case'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a triage -d 'Check a case against the statutory criteria'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a deadlines -d 'Every milestone of every open case'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a extend -d "Record an agreed extension of a milestone's due date"
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a review -d 'Record the decisions after triage'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a report -d 'Write the register, a case report, or timeliness'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a check -d 'Check case files against the rules'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a days -d 'Count working days as WORKDAY and NETWORKDAYS do'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a holidays -d 'Show the bank holidays, or import GOV.UK list'
complete -c scr -n "not __fish_seen_subcommand_from $scr_commands" -a help -d 'Show help for a command'

# scr init [DIR] --name NAME [--division D]
complete -c scr -n '__scr_in init' -l name -x -d 'The partnership name'
complete -c scr -n '__scr_in init' -l division -x -a '(__scr_divisions)' -d 'Whose bank holidays apply'
complete -c scr -n '__scr_in init' -l id-prefix -x -d 'Put PREFIX- before case IDs'
complete -c scr -n '__scr_is init' -a '(__fish_complete_directories)' -d 'Directory'

# scr referral new
complete -c scr -n '__scr_is referral' -a new -d 'Record a new referral; prints its case ID'
set -l rn '__scr_in referral new'
complete -c scr -n $rn -l kind -x -a '(__scr_kinds)' -d 'The kind of referral'
complete -c scr -n $rn -l from -r -F -d 'Read a YAML or JSON document (- for stdin)'
complete -c scr -n $rn -s n -l dry-run -d 'Print the case file; write nothing'
complete -c scr -n $rn -l referrer-name -x -d 'Your name'
complete -c scr -n $rn -l referrer-role -x -d 'Your role'
complete -c scr -n $rn -l referrer-agency -x -d 'Your agency'
complete -c scr -n $rn -l referrer-email -x -d 'Email'
complete -c scr -n $rn -l received -x -d 'Date of referral (default: today)'
complete -c scr -n $rn -l child-name -x -d 'Full name'
complete -c scr -n $rn -l child-pseudonym -x -d 'Pseudonym for reports (default: Child A)'
complete -c scr -n $rn -l unborn -x -a 'yes no' -d 'Unborn?'
complete -c scr -n $rn -l child-dob -x -d 'Date of birth'
complete -c scr -n $rn -l child-dod -x -d 'Date of death'
complete -c scr -n $rn -l child-address -x -d 'Home address'
complete -c scr -n $rn -l child-ethnicity -x -d 'Ethnicity'
complete -c scr -n $rn -l child-gender -x -d 'Gender'
complete -c scr -n $rn -l child-send -x -a 'yes no unknown' -d 'Special educational needs and disabilities'
complete -c scr -n $rn -l child-nhs -x -d 'NHS number'
complete -c scr -n $rn -l child-crs -x -d 'CRS number'
complete -c scr -n $rn -l child-pnc -x -d 'PNC number'
complete -c scr -n $rn -l household -x -d 'Household member: NAME, RELATIONSHIP[, GENDER[, DOB]]'
complete -c scr -n $rn -l incident-date -x -d 'Date of the incident'
complete -c scr -n $rn -l aware -x -d 'Date the local authority became aware'
complete -c scr -n $rn -l summary -x -d 'What happened'
complete -c scr -n $rn -l local-authority -x -d 'Local authority where it happened'
complete -c scr -n $rn -l improvement -x -d 'The learning or improvement hoped for'
complete -c scr -n $rn -l sharing -x -d 'How the learning should be shared'
complete -c scr -n $rn -l expectations -x -d 'What a review is expected to give'
complete -c scr -n $rn -l meeting-date -x -d 'Date of the professionals meeting'
complete -c scr -n $rn -l meeting-outcome -x -a 'criteria-met criteria-not-met' -d 'Decision of the meeting'
complete -c scr -n $rn -l meeting-rationale -x -d 'Why'
complete -c scr -n $rn -l answer -x -a '(__scr_answers)' -d 'A criteria answer, KEY=VALUE'
complete -c scr -n $rn -l agency -x -d 'An agency involved'

# scr case list|show|renumber
complete -c scr -n '__scr_is case' -a list -d 'One row per case'
complete -c scr -n '__scr_is case' -a show -d 'One case (yaml, json or md)'
complete -c scr -n '__scr_is case' -a renumber -d 'Give the second of two cases sharing an ID a new one'
complete -c scr -n '__scr_in case list' -l kind -x -a '(__scr_kinds)' -d 'Only this kind'
complete -c scr -n '__scr_in case list' -l format -x -a 'table json csv' -d 'Output format'
complete -c scr -n '__scr_in case show' -l format -x -a 'yaml json md' -d 'Output format'
complete -c scr -n '__scr_is case show; or __scr_is case renumber' -a '(__scr_case_ids)' -d 'Case ID'

# scr event add ID TYPE
complete -c scr -n '__scr_is event' -a add -d "Add an event to a case's timeline"
complete -c scr -n '__scr_is event add' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in event add; and test (count (__scr_words)) -eq 3' -a '(__scr_event_types)'
complete -c scr -n '__scr_in event add' -l date -x -a 'today yesterday tomorrow' -d 'When it happened (default: today)'
complete -c scr -n '__scr_in event add' -l note -x -d 'Free text'
complete -c scr -n '__scr_in event add' -l by -x -d 'Who recorded it (default: git user.name)'
complete -c scr -n '__scr_in event add' -l set -x -a '(__scr_event_set)' -d 'A field of the event, KEY=VALUE'

# scr triage ID [--set KEY=VALUE ...] [--record OUTCOME --rationale TEXT]
complete -c scr -n '__scr_is triage' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in triage' -l set -x -a '(__scr_triage_set)' -d 'Record an answer, KEY=VALUE'
complete -c scr -n '__scr_in triage' -s n -l dry-run -d 'Evaluate with the --set answers without saving'
complete -c scr -n '__scr_in triage' -l record -x -a 'meets-rapid-review no-further-action single-agency-learning queries-to-referrer' -d 'Record the screening decision'
complete -c scr -n '__scr_in triage' -l rationale -x -d 'Why the panel decided it (required with --record)'
complete -c scr -n '__scr_in triage' -l date -x -a 'today yesterday tomorrow' -d 'When the panel decided (default: today)'
complete -c scr -n '__scr_in triage' -l panel -x -d 'Who decided, NAME,...'
complete -c scr -n '__scr_in triage' -l by -x -d 'Who recorded it (default: git user.name)'
complete -c scr -n '__scr_in triage' -l format -x -a 'table json md' -d 'Output format'

# scr deadlines [ID ...] [--pending|--overdue|--within N] ...
set -l dl '__scr_in deadlines'
complete -c scr -n $dl -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n $dl -l pending -d 'Only milestones not yet done'
complete -c scr -n $dl -l overdue -d 'Only overdue milestones'
complete -c scr -n $dl -l within -x -d 'Only open milestones due within N working days'
complete -c scr -n $dl -l owner -x -a 'partnership local-authority national-panel' -d 'Only what this owner owes'
complete -c scr -n $dl -l milestone -x -a '(__scr_milestones)' -d 'Only this milestone (repeatable)'
complete -c scr -n $dl -l status -x -a '(__scr_statuses)' -d 'Only this status (repeatable)'
complete -c scr -n $dl -l explain -d 'Show the working behind each date'
complete -c scr -n $dl -l fail-on-overdue -d 'Exit 1 when anything listed is overdue'
complete -c scr -n $dl -l remind -x -d 'ics: reminder N working days before (default 2)'
complete -c scr -n $dl -s o -l output -r -F -d 'Write to FILE instead of stdout'
complete -c scr -n $dl -l format -x -a 'table csv json ics md' -d 'Output format'

# scr extend ID MILESTONE --until D --agreed-by WHO --reason TEXT
complete -c scr -n '__scr_is extend' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in extend; and test (count (__scr_words)) -eq 2' -a '(__scr_extend_milestones)'
complete -c scr -n '__scr_in extend' -l until -x -a 'today yesterday tomorrow' -d 'The new due date'
complete -c scr -n '__scr_in extend' -l agreed-by -x -d 'Who agreed it'
complete -c scr -n '__scr_in extend' -l reason -x -d 'Why'
complete -c scr -n '__scr_in extend' -s n -l dry-run -d 'Check and show the change; write nothing'
complete -c scr -n '__scr_in extend' -l format -x -a 'text' -d 'Output format'

# scr review decide|chair|submit|panel-response|lcspr|publish ID, scr review action add|done
complete -c scr -n '__scr_is review' -a decide -d "Record the Rapid Review's recommendation (003 stage 6)"
complete -c scr -n '__scr_is review' -a chair -d "Record the partnership chair's decision (003 stage 7)"
complete -c scr -n '__scr_is review' -a submit -d 'Record that the Rapid Review went to the National Panel'
complete -c scr -n '__scr_is review' -a panel-response -d "Record the National Panel's response (004)"
complete -c scr -n '__scr_is review' -a lcspr -d 'Record the decision to undertake an LCSPR, and its model'
complete -c scr -n '__scr_is review' -a publish -d 'Record the planned or actual publication, or not publishing'
complete -c scr -n '__scr_is review' -a action -d 'Keep the action plan: add items, mark them done'
set -l rv '__scr_in review decide; or __scr_in review chair; or __scr_in review submit; or __scr_in review panel-response; or __scr_in review lcspr; or __scr_in review publish'
complete -c scr -n "$rv; and test (count (__scr_words)) -eq 2" -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n $rv -l date -x -a 'today yesterday tomorrow' -d 'When it was decided or happened (default: today)'
complete -c scr -n $rv -l note -x -d 'Free text kept with the event'
complete -c scr -n $rv -l by -x -d 'Who recorded it (default: git user.name)'
complete -c scr -n $rv -l force -d 'Record it even out of the usual order'
complete -c scr -n $rv -s n -l dry-run -d 'Check and show what would be recorded; write nothing'
complete -c scr -n $rv -l format -x -a 'text' -d 'Output format'
complete -c scr -n '__scr_in review decide' -l recommendation -x -a '(__scr_recommendations)' -d "The Rapid Review's recommendation"
complete -c scr -n '__scr_in review decide' -l criteria -x -a '(__scr_list __scr_criteria)' -d 'LCSPR criteria met, comma-separated'
complete -c scr -n '__scr_in review decide' -l circumstances -x -a '(__scr_list __scr_circumstances)' -d 'Circumstances to have regard to, comma-separated'
complete -c scr -n '__scr_in review decide' -l question -x -d 'A key question the review would answer (repeatable)'
complete -c scr -n '__scr_in review decide; or __scr_in review chair' -l rationale -x -d 'Why'
complete -c scr -n '__scr_in review chair' -l decision -x -a '(__scr_recommendations)' -d "The chair's decision"
complete -c scr -n '__scr_in review panel-response' -l outcome -x -a 'agree-meets agree-not-meets disagree' -d "The National Panel's answer"
complete -c scr -n '__scr_in review lcspr' -l model -x -a 'learning-circle independent-author' -d 'The LCSPR model agreed'
complete -c scr -n '__scr_in review lcspr' -l reviewer -x -d 'Who leads or writes the review, with --model'
complete -c scr -n '__scr_in review publish' -l planned -x -a 'today tomorrow' -d 'The planned publication date'
complete -c scr -n '__scr_in review publish' -l published -x -a 'today yesterday' -d 'The date it was published'
complete -c scr -n '__scr_in review publish' -l publishable -d 'The partnership agreed it is publishable'
complete -c scr -n '__scr_in review publish' -l not-publishable -d 'It is not to be published (needs --reason)'
complete -c scr -n '__scr_in review publish' -l reason -x -d 'Why it is not to be published'
complete -c scr -n '__scr_is review action' -a add -d 'Add an action-plan item'
complete -c scr -n '__scr_is review action' -a done -d 'Mark an action-plan item done'
set -l ra '__scr_in review action add; or __scr_in review action done'
complete -c scr -n '__scr_is review action add; or __scr_is review action done' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in review action done; and test (count (__scr_words)) -eq 4' -a '(__scr_action_ids)'
complete -c scr -n $ra -l force -d 'Change the action plan of a closed case, or re-date a done action'
complete -c scr -n $ra -s n -l dry-run -d 'Check and show the change; write nothing'
complete -c scr -n $ra -l format -x -a 'text' -d 'Output format'
complete -c scr -n '__scr_in review action add' -l action -x -d 'What is to be done'
complete -c scr -n '__scr_in review action add' -l owner -x -d 'Who will do it'
complete -c scr -n '__scr_in review action add' -l due -x -a 'today tomorrow' -d 'When: YYYY-MM-DD, +20wd, +3m ...'
complete -c scr -n '__scr_in review action done' -l date -x -a 'today yesterday' -d 'When it was done (default: today)'

# scr report register|case ID|timeliness --from D --to D
complete -c scr -n '__scr_is report' -a register -d 'The tracker: one row per case with its next milestone'
complete -c scr -n '__scr_is report' -a case -d 'The Rapid Review report skeleton of one case'
complete -c scr -n '__scr_is report' -a timeliness -d 'Milestones on time and late over a period, and counts'
set -l rp '__scr_in report register; or __scr_in report case; or __scr_in report timeliness'
complete -c scr -n $rp -l redact -d 'No names, identifiers, addresses or dates of birth'
complete -c scr -n $rp -s o -l output -r -F -d 'Write to FILE instead of stdout'
complete -c scr -n '__scr_in report register' -l format -x -a 'table csv json md html' -d 'Output format'
complete -c scr -n '__scr_in report case' -l format -x -a 'md html json' -d 'Output format'
complete -c scr -n '__scr_in report timeliness' -l format -x -a 'table json csv md html' -d 'Output format'
complete -c scr -n '__scr_is report case' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in report timeliness' -l from -x -a 'today yesterday' -d 'The first day of the period'
complete -c scr -n '__scr_in report timeliness' -l to -x -a 'today yesterday' -d 'The last day of the period'

# scr check [ID ...]
complete -c scr -n '__scr_in check' -a '(__scr_case_ids)' -d 'Case ID'
complete -c scr -n '__scr_in check' -l format -x -a 'text json' -d 'Output format'

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
complete -c scr -n '__scr_is help' -a 'init referral case event triage deadlines extend review report check days holidays' -d 'Command'
complete -c scr -n '__scr_is help referral' -a new -d 'Subcommand'
complete -c scr -n '__scr_is help case' -a 'list show renumber' -d 'Subcommand'
complete -c scr -n '__scr_is help event' -a add -d 'Subcommand'
complete -c scr -n '__scr_is help review' -a 'decide chair submit panel-response lcspr publish action' -d 'Subcommand'
complete -c scr -n '__scr_is help review action' -a 'add done' -d 'Subcommand'
complete -c scr -n '__scr_is help report' -a 'register case timeliness' -d 'Subcommand'
complete -c scr -n '__scr_is help days' -a 'add between is' -d 'Subcommand'
complete -c scr -n '__scr_is help holidays' -a 'list import' -d 'Subcommand'
