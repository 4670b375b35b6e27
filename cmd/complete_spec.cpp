// The command tree as the completions see it. An option's value is known by its type name
// (`--decision RECOMMENDATION`): the table below says what each name offers, so a new option
// with a known type name completes without touching any shell script.
#include "complete_spec.h"
#include "commands.h"

#include "calendar/holidays.h"
#include "case/event_types.h"
#include "case/model.h"
#include "case/review_terms.h"
#include "core/text.h"
#include "process/deadlines.h"
#include "process/profile.h"

#include <algorithm>
#include <map>

namespace scr::cli {
namespace {

std::map<const CLI::App*, std::vector<std::string>>& format_registry() {
    static std::map<const CLI::App*, std::vector<std::string>> formats;
    return formats;
}

std::vector<std::string> ids(const std::vector<Term>& terms) {
    const std::vector<std::string_view> v = term_ids(terms);
    return {v.begin(), v.end()};
}

std::vector<std::string> screening_outcomes() {
    const EventType* screening = find_event_type("screening");
    const FieldSpec* outcome = screening ? find_field(*screening, "outcome") : nullptr;
    return outcome ? std::vector<std::string>(outcome->choices.begin(), outcome->choices.end())
                   : std::vector<std::string>{};
}

template <typename E, std::size_t N>
std::vector<std::string> slugs(const E (&all)[N], std::string_view (*slug)(E)) {
    std::vector<std::string> out;
    for (E e : all)
        out.emplace_back(slug(e));
    return out;
}

ValueSpec of_words(std::vector<std::string> w) {
    return {ValueKind::words, std::move(w), {}};
}

// What a type name offers. Names of the form a|b|c offer a, b and c.
ValueSpec value_of(const std::string& type) {
    using enum ValueKind;
    static const std::map<std::string, ValueSpec> known = [] {
        std::map<std::string, ValueSpec> m;
        const DeadlineStatus statuses[] = {DeadlineStatus::met,     DeadlineStatus::missed,
                                           DeadlineStatus::overdue, DeadlineStatus::due_today,
                                           DeadlineStatus::pending, DeadlineStatus::not_required};
        const Owner owners[] = {Owner::partnership, Owner::local_authority, Owner::national_panel};
        const Kind kinds[] = {Kind::serious_incident, Kind::case_of_concern,
                              Kind::learning_request};
        m["DATE"] = of_words(date_words());
        m["DIR"] = {dirs, {}, {}};
        m["FILE"] = {files, {}, {}};
        m["INPUT"] = {input, {}, {}};
        m["KIND"] = of_words(slugs(kinds, &kind_slug));
        m["DIVISION"] = of_words(slugs(all_divisions, &division_slug));
        m["CALENDAR"] = of_words({"statutory", "local"});
        m["STATUS"] = of_words(slugs(statuses, &status_slug));
        m["OWNER"] = of_words(slugs(owners, &owner_slug));
        m["OUTCOME"] = of_words(screening_outcomes());
        m["RECOMMENDATION"] = of_words(ids(recommendation_terms()));
        m["CRITERIA"] = {list, ids(lcspr_criteria_terms()), {}};
        m["CIRCUMSTANCES"] = {list, ids(lcspr_circumstance_terms()), {}};
        m["PANEL_OUTCOME"] = of_words(ids(panel_outcome_terms()));
        m["MODEL"] = of_words(ids(lcspr_model_terms()));
        m["SHELL"] = of_words({"bash", "zsh", "fish"});
        std::vector<std::string> types;
        for (const EventType& t : event_types())
            types.emplace_back(t.type);
        m["EVENT_TYPE"] = of_words(types);
        m["ID"] = {dynamic, {}, "cases"};
        m["MILESTONE"] = {dynamic, {}, "milestones"};
        m["ACTION_ID"] = {dynamic, {}, "actions"};
        m["KEY=VALUE"] = {dynamic, {}, "settings"};
        m["FIELD=VALUE"] = {dynamic, {}, "fields"};
        m["ANSWER=VALUE"] = {dynamic, {}, "answers"};
        m["COMMAND"] = {dynamic, {}, "commands"};
        return m;
    }();
    if (auto it = known.find(type); it != known.end()) return it->second;
    // CLI::IsMember describes itself as TEXT:{a,b,c}.
    if (auto brace = type.find(":{"); brace != std::string::npos && type.back() == '}')
        return of_words(split_trimmed(type.substr(brace + 2, type.size() - brace - 3), ','));
    if (type.find('|') != std::string::npos && type.find_first_of(" \"[") == std::string::npos)
        return of_words(split_trimmed(type, '|'));
    return {};
}

// A verb's formats; scr's own --format offers every format of every verb.
std::vector<std::string> formats_of(const CLI::App& owner) {
    if (owner.get_parent() == nullptr) {
        std::vector<std::string> all{"text"};
        for (const auto& [verb, formats] : format_registry())
            for (const std::string& f : formats)
                if (std::find(all.begin(), all.end(), f) == all.end()) all.push_back(f);
        return all;
    }
    auto it = format_registry().find(&owner);
    return it == format_registry().end() ? std::vector<std::string>{"text"} : it->second;
}

OptionSpec option_spec(const CLI::Option& o, const CLI::App& owner) {
    OptionSpec spec;
    for (const std::string& s : o.get_snames())
        spec.names.push_back("-" + s);
    for (const std::string& l : o.get_lnames())
        spec.names.push_back("--" + l);
    spec.takes_value = o.get_expected_max() > 0;
    if (!spec.takes_value) return spec;
    spec.value = value_of(o.get_type_name());
    if (o.get_lnames() == std::vector<std::string>{"format"})
        spec.value = of_words(formats_of(owner));
    return spec;
}

// A positional is known by its type name, else by its own name (ID, DATE, TYPE ...).
ValueSpec positional_value(const CLI::Option& o) {
    static const std::map<std::string, std::string> aliases{
        {"TYPE", "EVENT_TYPE"}, {"ACTION", "ACTION_ID"}, {"FILE", "INPUT"},
        {"A", "DATE"},          {"B", "DATE"},           {"BASE", "FILE"},
        {"OURS", "FILE"},       {"THEIRS", "FILE"},      {"PATH", "FILE"}};
    ValueSpec v = value_of(o.get_type_name());
    if (v.kind != ValueKind::none) return v;
    const auto alias = aliases.find(o.get_name());
    return value_of(alias == aliases.end() ? o.get_name() : alias->second);
}

void walk(const CLI::App& app, const std::string& path, std::vector<CommandSpec>& out) {
    CommandSpec spec;
    spec.path = path;
    const std::vector<const CLI::App*> children = visible_subcommands(app);
    for (const CLI::App* sub : children)
        spec.subcommands.push_back(sub->get_name());
    for (const CLI::Option* o : app.get_options()) {
        if (o->nonpositional()) {
            spec.options.push_back(option_spec(*o, app));
        } else {
            spec.positionals.push_back(positional_value(*o));
            spec.last_repeats = o->get_expected_max() > 1;
        }
    }
    // --format is scr's, but what it offers depends on the command: a leaf offers its own.
    if (app.get_parent() != nullptr && children.empty()) {
        const CLI::App* root = &app;
        while (root->get_parent() != nullptr)
            root = root->get_parent();
        spec.options.push_back(option_spec(*root->get_option_no_throw("--format"), app));
    }
    out.push_back(std::move(spec));
    for (const CLI::App* sub : children)
        walk(*sub, path + " " + sub->get_name(), out);
}

} // namespace

void declare_formats(const CLI::App& verb, Formats formats) {
    format_registry()[&verb] = std::move(formats);
}

std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (!sub->get_group().empty()) out.push_back(sub);
    return out;
}

const std::vector<std::string>& date_words() {
    static const std::vector<std::string> words{"today", "tomorrow", "yesterday"};
    return words;
}

std::vector<CommandSpec> command_specs(const CLI::App& app) {
    std::vector<CommandSpec> out;
    walk(app, "scr", out);
    return out;
}

} // namespace scr::cli
