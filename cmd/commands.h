// Every command group registers its verbs here; each verb fills an options struct and calls
// run_<verb>(options, ctx), which tests may call directly with string streams.
#pragma once

#include "context.h"

#include <CLI/CLI.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scr::cli {

void register_init(CLI::App& app, Context& ctx);
void register_days(CLI::App& app, Context& ctx);
void register_holidays(CLI::App& app, Context& ctx);
void register_help(CLI::App& app, Context& ctx);
void register_referral(CLI::App& app, Context& ctx);
void register_case(CLI::App& app, Context& ctx);
void register_event(CLI::App& app, Context& ctx);
void register_triage(CLI::App& app, Context& ctx);
void register_check(CLI::App& app, Context& ctx);
void register_deadlines(CLI::App& app, Context& ctx);
void register_extend(CLI::App& app, Context& ctx);
void register_review(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_completion(CLI::App& app, Context& ctx);
void register_git(CLI::App& app, Context& ctx);

struct ReferralNewOptions {
    std::string kind;
    std::string from; // a document path, or "-" for stdin
    bool dry_run = false;
    std::map<std::string, std::vector<std::string>> values; // form flag -> values given
};
/// `scr referral new`: records a referral and prints its new ID.
int run_referral_new(const ReferralNewOptions& opt, Context& ctx);

struct CaseListOptions {
    std::string kind; // empty: every kind
};
/// `scr case list`: one row per case; files that fail to load are named on stderr.
int run_case_list(const CaseListOptions& opt, Context& ctx);

struct CaseShowOptions {
    std::string id;
};
/// `scr case show`: one case as yaml, json or md.
int run_case_show(const CaseShowOptions& opt, Context& ctx);

struct CaseRenumberOptions {
    std::string id;
};
/// `scr case renumber`: separates two cases that were given the same ID.
int run_case_renumber(const CaseRenumberOptions& opt, Context& ctx);

struct EventAddOptions {
    std::string id, type;
    std::string date = "today";
    std::string note, by;
    std::vector<std::string> sets;
};
/// `scr event add`: appends an event to a case's timeline.
int run_event_add(const EventAddOptions& opt, Context& ctx);

struct TriageOptions {
    std::string id;
    std::vector<std::string> sets; // KEY=VALUE answers
    bool dry_run = false;
    std::string record; // a screening outcome; empty: record nothing
    std::string rationale;
    std::string date; // empty: today
    std::vector<std::string> panel;
    std::string by;
};
/// `scr triage`: runs the checks the case's kind calls for; records answers and decisions.
int run_triage(const TriageOptions& opt, Context& ctx);

struct CheckOptions {
    std::vector<std::string> ids; // empty: every case
};
/// `scr check`: every case file against the rules; exit 1 when any has problems.
int run_check(const CheckOptions& opt, Context& ctx);

struct InitOptions {
    std::string dir = ".";
    std::string name;
    std::string division = "england-and-wales";
    std::string id_prefix;
};
/// `scr init`: creates a partnership directory.
int run_init(const InitOptions& opt, Context& ctx);

struct CalendarOptions {
    std::string division;               // empty: the partnership's, else england-and-wales
    std::string calendar = "statutory"; // statutory | local
};

struct DaysAddOptions {
    std::string date;  // a date, or "-" to stream lines from stdin
    std::string count; // N[unit]
    CalendarOptions cal;
};
/// `scr days add`: a date plus a count of working days, days, weeks or months.
int run_days_add(const DaysAddOptions& opt, Context& ctx);

struct DaysBetweenOptions {
    std::string from, to;
    bool inclusive = false;
    CalendarOptions cal;
};
/// `scr days between`: working days from one date to another.
int run_days_between(const DaysBetweenOptions& opt, Context& ctx);

struct DaysIsOptions {
    std::string date;
    CalendarOptions cal;
};
/// `scr days is`: whether a date is a working day, and why not.
int run_days_is(const DaysIsOptions& opt, Context& ctx);

struct HolidaysListOptions {
    std::string year; // empty: the year of --as-of
    CalendarOptions cal;
};
/// `scr holidays list`: the bank holidays (and, for the local calendar, closures) of a year.
int run_holidays_list(const HolidaysListOptions& opt, Context& ctx);

struct HolidaysImportOptions {
    std::string file; // a path, or "-" for stdin
};
/// `scr holidays import`: stores GOV.UK's bank-holidays.json in the partnership.
int run_holidays_import(const HolidaysImportOptions& opt, Context& ctx);

struct DeadlinesOptions {
    std::vector<std::string> ids; // empty: every open case
    bool pending = false, overdue = false, explain = false, fail_on_overdue = false;
    std::optional<long> within; // working days
    std::string owner;
    std::vector<std::string> milestones, statuses;
    std::string output; // -o FILE; empty: stdout
    long remind = 2;    // ICS alarm, working days before
};
/// `scr deadlines`: every milestone of the cases asked for, with due date and status.
int run_deadlines(const DeadlinesOptions& opt, Context& ctx);

struct ExtendOptions {
    std::string id, milestone, until, agreed_by, reason;
    bool dry_run = false;
};
/// `scr extend`: records an agreed extension of a milestone's due date.
int run_extend(const ExtendOptions& opt, Context& ctx);

/// What every `scr review` verb takes: the case, when, who, and whether to skip the route check.
struct ReviewCommon {
    std::string id;
    std::string date; // empty: today
    std::string note, by;
    bool force = false, dry_run = false;
};

struct ReviewDecideOptions {
    ReviewCommon common;
    std::string recommendation, rationale;
    std::vector<std::string> criteria, circumstances, questions;
};
/// `scr review decide`: the Rapid Review's recommendation (003 stage 6); asks on a TTY.
int run_review_decide(const ReviewDecideOptions& opt, Context& ctx);

struct ReviewChairOptions {
    ReviewCommon common;
    std::string decision, rationale;
};
/// `scr review chair`: the partnership chair's decision (003 stage 7).
int run_review_chair(const ReviewChairOptions& opt, Context& ctx);

/// `scr review submit`: the Rapid Review and decision went to the National Panel (002 s4.9).
int run_review_submit(const ReviewCommon& opt, Context& ctx);

struct ReviewPanelOptions {
    ReviewCommon common;
    std::string outcome;
};
/// `scr review panel-response`: the National Panel's answer (004).
int run_review_panel(const ReviewPanelOptions& opt, Context& ctx);

struct ReviewLcsprOptions {
    ReviewCommon common;
    std::string model, reviewer;
};
/// `scr review lcspr`: the decision to undertake an LCSPR, and its model (004; 002 s5.1).
int run_review_lcspr(const ReviewLcsprOptions& opt, Context& ctx);

struct ReviewPublishOptions {
    ReviewCommon common;
    std::string planned, published, reason;
    bool not_publishable = false, publishable = false;
};
/// `scr review publish`: the planned date, publication, or the decision not to publish (002 s5.5).
int run_review_publish(const ReviewPublishOptions& opt, Context& ctx);

struct ReviewActionAddOptions {
    ReviewCommon common;
    std::string action, owner, due;
};
/// `scr review action add`: an action-plan item with the next free id.
int run_review_action_add(const ReviewActionAddOptions& opt, Context& ctx);

struct ReviewActionDoneOptions {
    ReviewCommon common;
    std::string action_id;
};
/// `scr review action done`: an action-plan item was completed.
int run_review_action_done(const ReviewActionDoneOptions& opt, Context& ctx);

/// What every `scr report` takes: redaction and where the output goes.
struct ReportCommon {
    bool redact = false;
    std::string output; // -o FILE; empty for stdout
};

/// `scr report register`: the tracker, one row per case.
int run_report_register(const ReportCommon& opt, Context& ctx);

struct ReportCaseOptions {
    ReportCommon common;
    std::string id;
};
/// `scr report case`: the Rapid Review report skeleton of one case.
int run_report_case(const ReportCaseOptions& opt, Context& ctx);

struct ReportTimelinessOptions {
    ReportCommon common;
    std::string from, to;
};
/// `scr report timeliness`: milestones on time and late over a period, and counts.
int run_report_timeliness(const ReportTimelinessOptions& opt, Context& ctx);

struct CompletionOptions {
    std::string shell; // bash | zsh | fish
};
/// `scr completion`: prints the completion script for a shell, made from `app`'s command tree.
int run_completion(const CompletionOptions& opt, const CLI::App& app, Context& ctx);

struct CompleteOptions {
    std::string kind;               // see Candidates in complete_values.h, or tree
    std::vector<std::string> words; // the word typed, then the positionals before it
};
/// `scr __complete`: the case IDs, milestones or KEY=VALUE pairs a completion offers.
int run_complete(const CompleteOptions& opt, const CLI::App& app, Context& ctx);

struct HelpOptions {
    std::vector<std::string> words; // a command and subcommand; empty: scr itself
};
/// `scr help`: the command's manual page, else CLI11's short help for it.
int run_help(const HelpOptions& opt, const CLI::App& app, Context& ctx);

struct MergeFileOptions {
    std::string base, ours, theirs; // git's %O, %A (replaced by the merge) and %B
    std::string path;               // git's %P: the case file's path, for messages only
};
/// `scr merge-file`: git's merge driver for case files; exit 1 when conflicts are left.
int run_merge_file(const MergeFileOptions& opt, Context& ctx);

/// `scr git setup`: sets the merge driver in this clone and routes the partnership's case files.
int run_git_setup(Context& ctx);

/// Adds --division and --calendar to a verb that counts days.
void add_calendar_options(CLI::App& verb, CalendarOptions& opt);

/// Records the formats `verb` writes (see choose_format), for the completion of --format.
void declare_formats(const CLI::App& verb, Formats formats);

/// Declares a subcommand that falls through to the global options and prints errors its way.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description);

} // namespace scr::cli
