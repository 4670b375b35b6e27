// The values only scr can work out as a user presses Tab: the partnership's case IDs, the
// milestones of its profiles, a case's action-plan items, and KEY=VALUE pairs whose choices
// depend on the key. Reads only; never prompts, never writes, never fails loudly.
#include "complete_values.h"
#include "complete_spec.h"

#include "case/answer_set.h"
#include "case/event_types.h"
#include "case/model.h"
#include "core/text.h"
#include "store/cases.h"

#include <algorithm>

namespace scr::cli {
namespace {

using Words = std::vector<std::string>;

// A comma-separated list: completes its last item, leaving out items already given.
Words list_items(const std::string& typed, const Words& choices) {
    const auto comma = typed.rfind(',');
    const std::string done = comma == std::string::npos ? "" : typed.substr(0, comma + 1);
    Words out;
    for (const std::string& c : choices)
        if (("," + done).find("," + c + ",") == std::string::npos) out.push_back(done + c);
    return out;
}

// KEY=VALUE: the keys (each ending in '='), or once a key is typed, KEY=choice.
Words pairs(const std::string& typed, const Words& keys,
            Words (*values)(const std::string&, const Candidates&), const Candidates& q) {
    const auto eq = typed.find('=');
    Words out;
    if (eq == std::string::npos) {
        for (const std::string& k : keys)
            out.push_back(k + "=");
        return out;
    }
    const std::string key = typed.substr(0, eq);
    for (const std::string& v : values(key, q))
        out.push_back(key + "=" + v);
    return out;
}

Words answer_values(const std::string& key, const Candidates&) {
    const AnswerKey* k = find_answer_key(key);
    return k ? split_trimmed(setting_values(key), '/') : Words{};
}

Words setting_keys(const std::string& typed) {
    Words keys;
    for (const AnswerKey& k : answer_keys())
        keys.emplace_back(k.key);
    // children[N]: the child the user has started to name, else the first.
    std::string n = "0";
    if (typed.starts_with("children[")) {
        const auto end = typed.find_first_not_of("0123456789", 9);
        if (end != 9) n = typed.substr(9, (end == std::string::npos ? typed.size() : end) - 9);
    }
    for (std::string k : fact_keys()) {
        if (auto at = k.find("[N]"); at != std::string::npos) k.replace(at + 1, 1, n);
        keys.push_back(k);
    }
    return keys;
}

Words setting_values_of(const std::string& key, const Candidates&) {
    const std::string_view v = setting_values(key);
    return v.find('/') == std::string_view::npos ? date_words() : split_trimmed(v, '/');
}

const EventType* typed_event(const Candidates& q) {
    return q.positionals.size() > 1 ? find_event_type(q.positionals[1]) : nullptr;
}

Words field_values(const std::string& key, const Candidates& q) {
    const EventType* type = typed_event(q);
    const FieldSpec* f = type ? find_field(*type, key) : nullptr;
    if (!f) return {};
    if (f->kind == FieldKind::date) return date_words();
    return Words(f->choices.begin(), f->choices.end());
}

Words field_pairs(const Candidates& q) {
    const EventType* type = typed_event(q);
    Words keys;
    if (type)
        for (const FieldSpec& f : type->fields)
            keys.emplace_back(f.key);
    const auto eq = q.typed.find('=');
    if (eq != std::string::npos && type) {
        const FieldSpec* f = find_field(*type, q.typed.substr(0, eq));
        if (f && f->kind == FieldKind::choice_list) {
            Words out;
            for (const std::string& item :
                 list_items(q.typed.substr(eq + 1), Words(f->choices.begin(), f->choices.end())))
                out.push_back(q.typed.substr(0, eq + 1) + item);
            return out;
        }
    }
    return pairs(q.typed, keys, &field_values, q);
}

Words milestones(const Candidates& q, const ProfileSet& profiles, const std::optional<Case>& c) {
    Words out;
    for (const Milestone* m : profiles.milestones())
        out.push_back(m->id);
    if (q.positionals.empty()) {
        out.emplace_back("action"); // every action-plan item, for scr deadlines --milestone
    } else if (c) {
        for (const Action& a : c->actions)
            out.push_back("action:" + a.id);
    }
    return out;
}

} // namespace

std::vector<std::string> complete_values(const Candidates& q, const Lookup& look) {
    Words all;
    if (q.kind == "cases") {
        all = look.case_ids();
    } else if (q.kind == "milestones") {
        all = milestones(q, look.profiles(),
                         q.positionals.empty() ? std::nullopt : look.read(q.positionals[0]));
    } else if (q.kind == "actions") {
        if (auto c = q.positionals.empty() ? std::nullopt : look.read(q.positionals[0]))
            for (const Action& a : c->actions)
                all.push_back(a.id);
    } else if (q.kind == "settings") {
        all = pairs(q.typed, setting_keys(q.typed), &setting_values_of, q);
    } else if (q.kind == "answers") {
        Words keys;
        for (const AnswerKey& k : answer_keys())
            keys.emplace_back(k.key);
        all = pairs(q.typed, keys, &answer_values, q);
    } else if (q.kind == "fields") {
        all = field_pairs(q);
    } else if (q.kind == "commands") {
        all = look.subcommands(q.positionals);
    }
    Words out;
    for (std::string& w : all)
        if (w.starts_with(q.typed) && std::find(out.begin(), out.end(), w) == out.end())
            out.push_back(std::move(w));
    return out;
}

} // namespace scr::cli
