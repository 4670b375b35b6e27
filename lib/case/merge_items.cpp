#include "case/merge_items.h"

#include <algorithm>
#include <optional>

namespace scr::merging {
namespace {

// Keyed values (an event's own fields, the answers) merged key by key: a key absent on a side
// is a value too, so adding, changing and removing one all merge alike.
template <class Pairs, class Find, class Put>
void merge_keyed(const Pairs& b, const Pairs& o, const Pairs& t, Pairs& ov, Pairs& tv, Conflicts& c,
                 const std::string& prefix, Find find, Put put) {
    std::vector<std::string> keys;
    for (const Pairs* side : {&o, &t, &b})
        for (const auto& kv : *side)
            if (std::find(keys.begin(), keys.end(), kv.first) == keys.end())
                keys.push_back(kv.first);
    ov = {};
    tv = {};
    for (const std::string& key : keys) {
        auto mine = find(o, key), yours = find(t, key), was = find(b, key);
        decltype(mine) left, right;
        if (!merging::merge_value(was, mine, yours, left, right)) c.push_back(prefix + key);
        if (left) put(ov, key, *left);
        if (right) put(tv, key, *right);
    }
}

} // namespace

void merge_child(const Child& b, const Child& o, const Child& t, Child& ov, Child& tv,
                 Conflicts& c) {
    const Members<Child> m{b, o, t, ov, tv, c, ""};
    m(&Child::name, "name");
    m(&Child::pseudonym, "pseudonym");
    m(&Child::unborn, "unborn");
    m(&Child::date_of_birth, "date_of_birth");
    m(&Child::date_of_death, "date_of_death");
    m(&Child::gender, "gender");
    m(&Child::ethnicity, "ethnicity");
    m(&Child::send, "send");
    m(&Child::address, "address");
    const Members<Identifiers> id{b.identifiers,  o.identifiers,  t.identifiers,
                                  ov.identifiers, tv.identifiers, c,
                                  "identifiers."};
    id(&Identifiers::nhs, "nhs");
    id(&Identifiers::crs, "crs");
    id(&Identifiers::pnc, "pnc");
}

void merge_member(const HouseholdMember& b, const HouseholdMember& o, const HouseholdMember& t,
                  HouseholdMember& ov, HouseholdMember& tv, Conflicts& c) {
    const Members<HouseholdMember> m{b, o, t, ov, tv, c, ""};
    m(&HouseholdMember::name, "name");
    m(&HouseholdMember::relationship, "relationship");
    m(&HouseholdMember::gender, "gender");
    m(&HouseholdMember::date_of_birth, "date_of_birth");
}

void merge_event(const Event& b, const Event& o, const Event& t, Event& ov, Event& tv,
                 Conflicts& c) {
    const Members<Event> m{b, o, t, ov, tv, c, ""};
    m(&Event::date, "date");
    m(&Event::type, "type");
    using Fields = std::vector<std::pair<std::string, FieldValue>>;
    merge_keyed(
        b.fields, o.fields, t.fields, ov.fields, tv.fields, c, "",
        [](const Fields& f, const std::string& key) -> std::optional<FieldValue> {
            for (const auto& [k, v] : f)
                if (k == key) return v;
            return std::nullopt;
        },
        [](Fields& f, const std::string& key, const FieldValue& v) { f.emplace_back(key, v); });
    m(&Event::note, "note");
    m(&Event::by, "by");
}

void merge_answers(const Answers& b, const Answers& o, const Answers& t, Answers& ov, Answers& tv,
                   Conflicts& c) {
    merge_keyed(
        b, o, t, ov, tv, c, "answers.",
        [](const Answers& a, const std::string& key) -> std::optional<std::string> {
            auto it = a.find(key);
            return it == a.end() ? std::nullopt : std::optional<std::string>(it->second);
        },
        [](Answers& a, const std::string& key, const std::string& v) { a[key] = v; });
}

void merge_action(const Action& b, const Action& o, const Action& t, Action& ov, Action& tv,
                  Conflicts& c) {
    const Members<Action> m{b, o, t, ov, tv, c, ""};
    m(&Action::id, "id");
    m(&Action::action, "action");
    m(&Action::owner, "owner");
    m(&Action::due, "due");
    m(&Action::done, "done");
}

void merge_extension(const Extension& b, const Extension& o, const Extension& t, Extension& ov,
                     Extension& tv, Conflicts& c) {
    const Members<Extension> m{b, o, t, ov, tv, c, ""};
    m(&Extension::milestone, "milestone");
    m(&Extension::until, "until");
    m(&Extension::agreed_by, "agreed_by");
    m(&Extension::reason, "reason");
}

void merge_agency(const Agency& b, const Agency& o, const Agency& t, Agency& ov, Agency& tv,
                  Conflicts& c) {
    Members<Agency>{b, o, t, ov, tv, c, ""}(&Agency::name, "name");
}

} // namespace scr::merging
