// `scr referral new`: a referral from flags, from a YAML/JSON document, or by prompts.
#include "commands.h"
#include "prompt.h"

#include "calendar/period.h"
#include "case/case_id.h"
#include "case/encode.h"
#include "case/referral_form.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>

namespace scr::cli {
namespace {

constexpr std::size_t max_document_bytes = 1 << 20;

bool given(const ReferralNewOptions& opt, std::string_view flag) {
    auto it = opt.values.find(std::string(flag));
    return it != opt.values.end() && !it->second.empty();
}

Result<Case> read_document(const ReferralNewOptions& opt, Context& ctx, bool& has_kind) {
    std::string text, name = opt.from;
    if (opt.from == "-") {
        name = "<stdin>";
        text.assign(std::istreambuf_iterator<char>(ctx.io.in), {});
        if (text.size() > max_document_bytes)
            return bad_input("--from", "the document on stdin is larger than 1 MiB");
    } else {
        const fs::path path =
            fs::path(opt.from).is_absolute() ? fs::path(opt.from) : ctx.base_dir() / opt.from;
        auto read = read_file(path, max_document_bytes);
        if (!read) return read.error();
        text = std::move(*read);
    }
    CaseLoad load = decode_case(text, name, DecodeMode::referral_document);
    if (!load.value) return Error{load.problems.front(), Failure::bad_input};
    has_kind = load.has_kind;
    return std::move(*load.value);
}

// Date flags take what --date takes elsewhere: today, yesterday, -2wd as well as YYYY-MM-DD.
std::string resolve_words(const FormQuestion& q, const std::string& value, const Context& ctx,
                          const Calendar& cal) {
    if (q.shape != AnswerShape::date || value.empty() ||
        std::isdigit(static_cast<unsigned char>(value[0])))
        return value;
    auto d = resolve_date(value, ctx.today, cal, q.flag);
    return d ? format_iso(*d) : value;
}

// Walks the form section by section, asking only what the flags did not give.
Status ask_form(Case& c, const ReferralNewOptions& opt, Context& ctx, const Calendar& cal) {
    Prompter prompter(ctx.io);
    std::vector<std::string> answered;
    for (const FormSection& section : referral_form(c.kind)) {
        bool headed = false;
        for (const FormQuestion& q : section.questions) {
            if (given(opt, q.flag)) continue;
            if (!q.depends_on.empty() && !given(opt, q.depends_on) &&
                std::find(answered.begin(), answered.end(), q.depends_on) == answered.end())
                continue;
            if (!headed) prompter.heading(section.title), headed = true;
            for (;;) {
                auto line = prompter.ask(q.prompt);
                if (!line)
                    return bad_input(std::string(q.flag), "the input ended before it was answered",
                                     "answer every question, or give the values as flags");
                if (line->find_first_not_of(" \t") == std::string::npos) {
                    if (q.flag == "--received" && ctx.today)
                        *line = format_iso(*ctx.today);
                    else if (q.shape == AnswerShape::household)
                        break;
                    else {
                        auto missing = missing_fields(c);
                        if (std::find(missing.begin(), missing.end(), q.field) == missing.end())
                            break;
                        prompter.complain("required");
                        continue;
                    }
                }
                if (auto st = apply_answer(c, q, resolve_words(q, *line, ctx, cal)); !st) {
                    prompter.complain(st.error().diag.message);
                    continue;
                }
                answered.emplace_back(q.flag);
                if (q.shape != AnswerShape::household) break;
            }
        }
    }
    return ok();
}

// What each form flag means on the command line (the prompts word it for the person asked).
std::string flag_help(const FormQuestion& q) {
    static const std::map<std::string_view, std::string_view> help = {
        {"--referrer-name", "the referrer's name (required)"},
        {"--referrer-role", "the referrer's role (required for a case of concern)"},
        {"--referrer-agency", "the referrer's agency (required for a case of concern)"},
        {"--referrer-email", "the referrer's e-mail address"},
        {"--received", "when the partnership received it (default: today)"},
        {"--child-name", "the child's full name (required; never in file names or IDs)"},
        {"--child-pseudonym", "what reports show (default: Child A)"},
        {"--unborn", "whether the child is unborn"},
        {"--child-dob", "the child's date of birth"},
        {"--child-dod", "the child's date of death, if the child died"},
        {"--child-address", "the child's home address"},
        {"--child-ethnicity", "the child's ethnicity"},
        {"--child-gender", "the child's gender"},
        {"--child-send", "special educational needs and disabilities"},
        {"--child-nhs", "the child's NHS number (checked)"},
        {"--child-crs", "the child's social care (CRS) number"},
        {"--child-pnc", "the child's police (PNC) number"},
        {"--incident-date", "when it happened (required for a serious incident)"},
        {"--aware", "when the local authority became aware: adds an aware event"},
        {"--summary", "what happened, or the issues it raises (required)"},
        {"--local-authority", "the local authority area where it happened"},
        {"--household", "a household member (repeatable)"},
        {"--improvement",
         "case of concern: the learning or improvement hoped for (COC form section 4)"},
        {"--sharing", "case of concern: how the learning should be shared (COC form section 4)"},
        {"--meeting-date",
         "case of concern: when the professionals meeting was held (COC form section 5)"},
        {"--meeting-outcome", "case of concern: the meeting's decision (COC form section 5)"},
        {"--meeting-rationale", "case of concern: why (COC form section 5)"},
        {"--expectations", "case of concern: what is expected of a review (COC form section 6)"},
        {"--answer", "a criteria answer (repeatable), e.g. died=no"},
        {"--agency", "an agency involved (repeatable)"},
    };
    auto it = help.find(q.flag);
    return it == help.end() ? std::string(q.field) : std::string(it->second);
}

std::string type_name(AnswerShape shape) {
    switch (shape) {
    case AnswerShape::date:
        return "DATE";
    case AnswerShape::yes_no:
        return "yes|no";
    case AnswerShape::yes_no_unknown:
        return "yes|no|unknown";
    case AnswerShape::meeting_outcome:
        return "criteria-met|criteria-not-met";
    case AnswerShape::household:
        return "\"NAME, RELATIONSHIP[, GENDER[, DOB]]\"";
    case AnswerShape::answer:
        return "ANSWER=VALUE";
    case AnswerShape::agency:
        return "NAME";
    case AnswerShape::line:
    case AnswerShape::lines:
        return "TEXT";
    }
    return "TEXT";
}

std::optional<Kind> ask_kind(Context& ctx) {
    Prompter prompter(ctx.io);
    for (;;) {
        auto line =
            prompter.ask("Kind of referral (serious-incident, case-of-concern, learning-request)");
        if (!line) return std::nullopt;
        if (auto kind = parse_kind(*line)) return kind;
        prompter.complain("must be serious-incident, case-of-concern or learning-request");
    }
}

bool needs_questions(const Case& c) {
    auto missing = missing_fields(c);
    std::erase(missing, "received"); // it defaults to today
    return !missing.empty();
}

Error missing_error(const ReferralNewOptions& opt, const std::string& field, Kind kind) {
    const std::string_view flag = flag_for_field(field);
    if (!opt.from.empty() || flag.empty())
        return bad_input(field, fmt::format("is missing; a {} referral needs it", kind_slug(kind)),
                         flag.empty() ? "add it to the document"
                                      : fmt::format("add it to the document or pass {}", flag));
    return bad_input(std::string(flag),
                     fmt::format("is required for a {} referral", kind_slug(kind)),
                     "give it, or run on a terminal without --no-input to be asked");
}

} // namespace

int run_referral_new(const ReferralNewOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    auto partnership = ctx.require_partnership();
    if (!partnership) return report(ctx.io, partnership.error());
    Case c;
    bool has_kind = false;
    if (!opt.from.empty()) {
        auto doc = read_document(opt, ctx, has_kind);
        if (!doc) return report(ctx.io, doc.error());
        c = std::move(*doc);
    }
    if (!opt.kind.empty()) {
        auto kind = parse_kind(opt.kind);
        if (!kind)
            return report(
                ctx.io, bad_input("--kind",
                                  "must be serious-incident, case-of-concern or learning-request"));
        if (has_kind && c.kind != *kind)
            return report(ctx.io, bad_input("--kind",
                                            fmt::format("says {} but the document says {}",
                                                        opt.kind, kind_slug(c.kind)),
                                            "drop one of them"));
        c.kind = *kind;
    } else if (!has_kind) {
        auto kind = ctx.io.interactive && opt.from != "-" ? ask_kind(ctx) : std::nullopt;
        if (!kind)
            return report(ctx.io,
                          bad_input("--kind", "is required",
                                    "serious-incident, case-of-concern or learning-request"));
        c.kind = *kind;
    }
    for (const auto& [flag, values] : opt.values) {
        if (values.empty()) continue;
        if (auto st = check_flag_fits(c.kind, flag); !st) return report(ctx.io, st.error());
    }
    const Calendar cal = partnership_calendar(*partnership, CalendarKind::statutory);
    for (const FormQuestion& q : all_form_questions())
        if (auto it = opt.values.find(std::string(q.flag)); it != opt.values.end())
            for (const std::string& v : it->second)
                if (auto st = apply_answer(c, q, resolve_words(q, v, ctx, cal)); !st)
                    return report(ctx.io, st.error());
    if (ctx.io.interactive && opt.from != "-" && needs_questions(c))
        if (auto st = ask_form(c, opt, ctx, cal); !st) return report(ctx.io, st.error());
    if (!c.received) {
        if (!ctx.today) return report(ctx.io, ctx.today.error());
        c.received = *ctx.today; // the business unit records a referral the day it arrives
    }
    if (auto st = finish_referral(c); !st) return report(ctx.io, st.error());
    if (auto missing = missing_fields(c); !missing.empty())
        return report(ctx.io, missing_error(opt, missing.front(), c.kind));
    if (auto st = validate_case(c); !st) {
        // Name the flag that gave the value, unless it came from a document.
        Error e = st.error();
        const std::string_view flag = flag_for_field(e.diag.field);
        if (opt.from.empty() && !flag.empty()) e.diag.field = flag;
        if (!opt.from.empty()) e.diag.file = opt.from == "-" ? "<stdin>" : opt.from;
        return report(ctx.io, e);
    }
    const std::string prefix = partnership->config.id_prefix;
    if (opt.dry_run) {
        auto id = next_case_id(partnership->root, year_of(*c.received), prefix);
        if (!id) return report(ctx.io, id.error());
        c.id = *id;
        ctx.io.out << format_case(c);
        return exit_ok;
    }
    auto id = create_case(partnership->root, std::move(c), prefix);
    if (!id) return report(ctx.io, id.error());
    ctx.io.out << *id << '\n';
    return exit_ok;
}

void register_referral(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<ReferralNewOptions>();
    CLI::App* referral = add_command(app, "referral", "Record referrals");
    referral->require_subcommand(1);
    CLI::App* create = add_command(*referral, "new", "Record a new referral; prints its case ID");
    create->add_option("--kind", opt->kind, "serious-incident, case-of-concern or learning-request")
        ->check(CLI::IsMember({"serious-incident", "case-of-concern", "learning-request"}));
    create
        ->add_option("--from", opt->from,
                     "read the referral from a YAML or JSON document (- for stdin)")
        ->type_name("INPUT");
    create->add_flag("-n,--dry-run", opt->dry_run,
                     "print the case file it would write; write nothing");
    for (const FormQuestion& q : all_form_questions()) {
        const bool repeatable = q.shape == AnswerShape::household ||
                                q.shape == AnswerShape::answer || q.shape == AnswerShape::agency;
        CLI::Option* o =
            create->add_option(std::string(q.flag), opt->values[std::string(q.flag)], flag_help(q));
        // Values are taken as typed: CLI11 would otherwise split "[Redacted]" as a list.
        o->type_name(type_name(q.shape))->allow_extra_args(false);
        if (!repeatable) o->multi_option_policy(CLI::MultiOptionPolicy::Throw)->expected(1);
    }
    create->callback(
        [&ctx, opt] { ctx.action = [&ctx, opt] { return run_referral_new(*opt, ctx); }; });
}

} // namespace scr::cli
