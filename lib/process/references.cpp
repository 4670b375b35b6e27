#include "process/references.h"

#include "case/yaml_read.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

bool known(std::string_view id, const Case& c, const ProfileSet& profiles) {
    if (profiles.find(id)) return true;
    if (id.rfind("action:", 0) != 0) return false;
    return std::any_of(c.actions.begin(), c.actions.end(),
                       [&](const Action& a) { return "action:" + a.id == id; });
}

} // namespace

bool has_unknown_milestone_reference(const Case& c, const ProfileSet& profiles) {
    return std::any_of(c.extensions.begin(), c.extensions.end(),
                       [&](const Extension& x) { return !known(x.milestone, c, profiles); });
}

std::vector<Diagnostic> check_milestone_references(std::string_view text, std::string_view file,
                                                   const Case& c, const ProfileSet& profiles) {
    std::vector<Diagnostic> out;
    if (c.extensions.empty()) return out;
    const YamlContext ctx{file};
    auto doc = load_yaml(text, ctx);
    if (!doc || !doc->IsMap()) return out; // the decoder has reported it already
    const YAML::Node list = (*doc)["extensions"];
    if (!list.IsDefined() || !list.IsSequence()) return out;
    std::string ids;
    for (const Milestone* m : profiles.milestones())
        ids += (ids.empty() ? "" : ", ") + m->id;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node item = list[i];
        if (!item.IsMap()) continue;
        const YAML::Node m = item["milestone"];
        if (!m.IsDefined() || !m.IsScalar() || known(m.Scalar(), c, profiles)) continue;
        out.push_back(
            yaml_error(ctx, m, fmt::format("extensions[{}].milestone", i),
                       "is not a milestone of the profiles in force, so it extends nothing",
                       fmt::format("use one of {}, or action:ID for an action", ids))
                .diag);
    }
    return out;
}

} // namespace scr
