// Reading a profile file: every field checked, with file, line and field in each problem.
#include "case/decoder.h"
#include "case/event_types.h"
#include "process/profile.h"

#include <fmt/format.h>

#include <optional>
#include <set>

namespace scr {
namespace {

constexpr std::size_t max_milestones = 200;

bool valid_cutoff(std::string_view t) {
    return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
           std::isdigit(static_cast<unsigned char>(t[1])) &&
           std::isdigit(static_cast<unsigned char>(t[3])) &&
           std::isdigit(static_cast<unsigned char>(t[4])) &&
           (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

// The event type a milestone names: a usable name; one with meaning is not required.
void event_name(Decoder& d, const YAML::Node& node, const std::string& field, std::string& out) {
    d.text(node, field, out);
    if (!out.empty() && !valid_type_name(out)) {
        d.problem(node, field, "is not an event type name",
                  "use lower-case words joined by '-', e.g. referral-received");
        out.clear();
    }
}

void read_conditions(Decoder& d, const YAML::Node& node, const std::string& where, Milestone& m) {
    auto decision = [&](Decision which) {
        return [&d, &m, which](const YAML::Node& v, const std::string& f) {
            const auto [type, key] = decision_field(which);
            const FieldSpec* spec = find_field(*find_event_type(type), key);
            Condition c{which, {}};
            d.list(v, f, 20, [&](const YAML::Node& item, const std::string& fi) {
                std::string value;
                d.choice(item, fi, value, spec->choices);
                if (!value.empty()) c.values.push_back(value);
            });
            if (!c.values.empty()) m.conditions.push_back(std::move(c));
        };
    };
    d.mapping(node, where,
              {{"kinds",
                [&](const YAML::Node& v, const std::string& f) {
                    d.list(v, f, 3, [&](const YAML::Node& item, const std::string& fi) {
                        auto k = item.IsScalar() ? parse_kind(item.Scalar()) : std::nullopt;
                        if (!k)
                            d.problem(item, fi,
                                      "must be serious-incident, case-of-concern or "
                                      "learning-request");
                        else
                            m.kinds.push_back(*k);
                    });
                }},
               {"screening", decision(Decision::screening)},
               {"recommendation", decision(Decision::recommendation)},
               {"panel", decision(Decision::panel)},
               {"publication", decision(Decision::publication)}});
}

void read_milestone(Decoder& d, const YAML::Node& node, const std::string& where, Milestone& m) {
    std::string period, owner, calendar, roll, start;
    // A handle, not a pointer: the visitor's node is a temporary (and = would overwrite it).
    std::optional<YAML::Node> roll_node;
    d.mapping(
        node, where,
        {{"id",
          [&](const YAML::Node& v, const std::string& f) {
              d.text(v, f, m.id);
              if (!m.id.empty() && !valid_milestone_id(m.id)) {
                  d.problem(v, f, "is not a milestone id",
                            "use lower-case words joined by '-', e.g. notify-panel");
                  m.id.clear();
              }
          }},
         {"title", [&](const YAML::Node& v, const std::string& f) { d.text(v, f, m.title); }},
         {"from", [&](const YAML::Node& v, const std::string& f) { event_name(d, v, f, m.from); }},
         {"start",
          [&](const YAML::Node& v, const std::string& f) {
              d.choice(v, f, start, {"first", "next"});
          }},
         {"period",
          [&](const YAML::Node& v, const std::string& f) {
              d.text(v, f, period);
              if (period.empty()) return;
              auto p = parse_milestone_period(period, f);
              if (!p)
                  d.problem(v, f, p.error().diag.message, p.error().diag.hint);
              else
                  m.period = *p;
          }},
         {"done_when",
          [&](const YAML::Node& v, const std::string& f) { event_name(d, v, f, m.done_when); }},
         {"applies",
          [&](const YAML::Node& v, const std::string& f) { read_conditions(d, v, f, m); }},
         {"owner",
          [&](const YAML::Node& v, const std::string& f) {
              d.choice(v, f, owner, {"partnership", "local-authority", "national-panel"});
              if (!owner.empty()) m.owner = *parse_owner(owner);
          }},
         {"cutoff",
          [&](const YAML::Node& v, const std::string& f) {
              d.text(v, f, m.cutoff);
              if (!m.cutoff.empty() && !valid_cutoff(m.cutoff)) {
                  d.problem(v, f, "is not a time of day", "write HH:MM, e.g. \"17:00\"");
                  m.cutoff.clear();
              }
          }},
         {"calendar",
          [&](const YAML::Node& v, const std::string& f) {
              d.choice(v, f, calendar, {"statutory", "local"});
              if (calendar == "local") m.calendar = CalendarKind::local;
          }},
         {"roll",
          [&](const YAML::Node& v, const std::string& f) {
              d.choice(v, f, roll, {"none", "previous-working-day", "next-working-day"});
              roll_node.emplace(v);
              if (!roll.empty()) m.roll = *parse_roll(roll);
          }},
         {"source", [&](const YAML::Node& v, const std::string& f) {
              d.text(v, f, m.source, TextShape::lines);
          }}});
    if (start == "next") m.start_at = StartAt::next;
    const std::string prefix = where + ".";
    for (auto [value, key] : {std::pair{&m.id, "id"},
                              {&m.title, "title"},
                              {&m.from, "from"},
                              {&period, "period"},
                              {&m.done_when, "done_when"},
                              {&m.source, "source"}})
        if (value->empty() && !has_value(node, key))
            d.problem(node, prefix + key, "is missing",
                      "every milestone needs id, title, from, "
                      "period, done_when and source");
    // Rolling is for calendar periods: a working-day count always lands on a working day.
    if (roll_node && m.roll != Roll::none && m.period.unit == PeriodUnit::working_days)
        d.problem(*roll_node, prefix + "roll", "applies only to days, weeks and months",
                  "remove it: a working-day period always ends on a working day");
}

// The profile in a loaded document, or its first problem.
Result<Profile> profile_from(const YAML::Node& doc, std::string_view file) {
    const YamlContext ctx{file};
    std::vector<Diagnostic> problems;
    Decoder d(file, problems);
    Profile profile;
    if (!doc.IsMap())
        return yaml_error(ctx, doc, "profile", "expected a mapping with name and milestones");
    std::set<std::string> ids;
    d.mapping(
        doc, "",
        {{"name", [&](const YAML::Node& v, const std::string& f) { d.text(v, f, profile.name); }},
         {"title", [&](const YAML::Node& v, const std::string& f) { d.text(v, f, profile.title); }},
         {"source", [&](const YAML::Node& v,
                        const std::string& f) { d.text(v, f, profile.source, TextShape::lines); }},
         {"milestones", [&](const YAML::Node& v, const std::string& f) {
              d.list(v, f, max_milestones, [&](const YAML::Node& item, const std::string& fi) {
                  Milestone m;
                  read_milestone(d, item, fi, m);
                  if (!m.id.empty() && !ids.insert(m.id).second)
                      d.problem(item, fi + ".id", fmt::format("'{}' appears twice", m.id),
                                "give each milestone its own id");
                  profile.milestones.push_back(std::move(m));
              });
          }}});
    if (profile.name.empty() && d.problem_count() == 0)
        d.problem(doc, "name", "is missing", "name the profile, e.g. name: bury");
    if (!problems.empty()) return Error{problems.front(), Failure::bad_input};
    for (Milestone& m : profile.milestones)
        m.profile = profile.name;
    return profile;
}

} // namespace

Result<Profile> parse_profile(std::string_view text, std::string_view file) {
    // Every command reads the profiles in force: the fast reader keeps that off yaml-cpp.
    return decode_yaml(text, YamlContext{file},
                       [&](const YAML::Node& doc) { return profile_from(doc, file); });
}

} // namespace scr
