// The completions' knowledge, without a shell: what the command tree says each value may be,
// and what `scr __complete` offers from a partnership (here a fake one).
#include "helpers.h"

#include "commands.h"
#include "complete_spec.h"
#include "complete_table.h"
#include "complete_values.h"

#include <algorithm>

using namespace scr;
using namespace scr::cli;

namespace {

Lookup fake_partnership() {
    Lookup look;
    look.case_ids = [] { return std::vector<std::string>{"2025-007", "2026-001", "2026-002"}; };
    look.profiles = [] {
        ProfileSet set;
        REQUIRE(add_profile(set, statutory_profile(), "statutory"));
        return set;
    };
    look.read = [](const std::string& id) -> std::optional<Case> {
        if (id != "2026-001") return std::nullopt;
        Case c;
        c.actions = {{"A1", "Brief GPs", "Designated Nurse", {}, {}},
                     {"A2", "Audit", "LA", {}, {}}};
        return c;
    };
    look.subcommands = [](const std::vector<std::string>& words) {
        return words.empty() ? std::vector<std::string>{"days", "deadlines"}
                             : std::vector<std::string>{"add", "between"};
    };
    return look;
}

std::vector<std::string> offer(std::string kind, std::string typed,
                               std::vector<std::string> positionals = {}) {
    return complete_values({std::move(kind), std::move(typed), std::move(positionals)},
                           fake_partnership());
}

bool has(const std::vector<std::string>& words, const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

} // namespace

TEST_CASE("complete::complete_values case IDs and milestones") {
    CHECK(offer("cases", "2026") == std::vector<std::string>{"2026-001", "2026-002"});
    CHECK(offer("cases", "x").empty());
    const auto any = offer("milestones", "");
    CHECK(has(any, "notify-panel"));
    CHECK(has(any, "report-copy"));
    CHECK(has(any, "action")); // scr deadlines --milestone action: every action-plan item
    CHECK_FALSE(has(any, "action:A1"));
    const auto of_case = offer("milestones", "act", {"2026-001"});
    CHECK(of_case == std::vector<std::string>{"action:A1", "action:A2"});
    CHECK(offer("milestones", "action:", {"2026-002"}).empty()); // unreadable: offers less
    CHECK(offer("actions", "", {"2026-001"}) == std::vector<std::string>{"A1", "A2"});
    CHECK(offer("actions", "").empty());
}

TEST_CASE("complete::complete_values KEY=VALUE pairs") {
    CHECK(offer("settings", "chi") ==
          std::vector<std::string>{
              "children[0].date_of_birth=", "children[0].date_of_death=", "children[0].unborn="});
    CHECK(offer("settings", "children[12].u") == std::vector<std::string>{"children[12].unborn="});
    CHECK(offer("settings", "abuse_or_neglect=") ==
          std::vector<std::string>{"abuse_or_neglect=known", "abuse_or_neglect=suspected",
                                   "abuse_or_neglect=no", "abuse_or_neglect=unknown"});
    CHECK(offer("settings", "incident.date=t") ==
          std::vector<std::string>{"incident.date=today", "incident.date=tomorrow"});
    CHECK(offer("settings", "children[1].unborn=") ==
          std::vector<std::string>{"children[1].unborn=yes", "children[1].unborn=no"});
    CHECK(offer("answers", "died=") ==
          std::vector<std::string>{"died=yes", "died=no", "died=unknown"});
    CHECK_FALSE(has(offer("answers", ""), "incident.date=")); // a referral's answers only
    CHECK(offer("fields", "", {"2026-001", "chair-decision"}) ==
          std::vector<std::string>{"decision=", "rationale="});
    CHECK(offer("fields", "criteria=improvements-needed,", {"2026-001", "rapid-review-submitted"})
              .size() == 3); // the other three criteria, after the one given
    CHECK(offer("fields", "", {"2026-001", "my-own-type"}).empty());
    CHECK(offer("commands", "d") == std::vector<std::string>{"days", "deadlines"});
}

TEST_CASE("complete::command_specs") {
    CLI::App app{"test", "scr"};
    std::string value;
    bool flag = false;
    app.add_option("--format", value)->type_name("FORMAT");
    CLI::App* verb = app.add_subcommand("verb", "a verb");
    declare_formats(*verb, {"table", "json"});
    verb->add_option("ID", value);
    verb->add_option("--kind", value)->check(CLI::IsMember({"a-b", "c"}));
    verb->add_option("--pick", value)->type_name("yes|no");
    verb->add_option("--decision", value)->type_name("RECOMMENDATION");
    verb->add_option("--text", value);
    verb->add_flag("-n,--dry-run", flag);
    app.add_subcommand("__hidden", "")->group("");

    const auto specs = command_specs(app);
    REQUIRE(specs.size() == 2); // the hidden command is left out
    CHECK(specs[0].subcommands == std::vector<std::string>{"verb"});
    const CommandSpec& v = specs[1];
    CHECK(v.path == "scr verb");
    REQUIRE(v.positionals.size() == 1);
    CHECK(v.positionals[0].dynamic == "cases");
    auto option = [&](const std::string& name) {
        for (const OptionSpec& o : v.options)
            if (std::find(o.names.begin(), o.names.end(), name) != o.names.end()) return o;
        FAIL("no option " << name);
        return OptionSpec{};
    };
    CHECK(option("--kind").value.words == std::vector<std::string>{"a-b", "c"});
    CHECK(option("--pick").value.words == std::vector<std::string>{"yes", "no"});
    CHECK(has(option("--decision").value.words, "local-review-independent"));
    CHECK(option("--text").value.kind == ValueKind::none);
    CHECK_FALSE(option("-n").takes_value);
    CHECK(option("--format").value.words == std::vector<std::string>{"table", "json"});

    const CompletionTable t = completion_table(specs);
    const std::string bash = bash_script(t);
    CHECK(bash.find("['scr verb|--kind']='w a-b c'") != std::string::npos);
    CHECK(bash.find("['scr verb|#0']='@cases'") != std::string::npos);
    CHECK(bash.find("__hidden") == std::string::npos);
    CHECK(zsh_script(t).starts_with("#compdef scr\n"));
    CHECK(fish_script(t).find("case 'V:scr verb|--pick'\n            echo 'w yes no'") !=
          std::string::npos);
}
