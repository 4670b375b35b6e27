#include "case/event_build.h"

#include "case/decoder.h"
#include "case/event_types.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace scr {
namespace {

Result<FieldValue> known_value(const EventType& type, const FieldSpec& spec, const std::string& value) {
    const std::string field = "--set " + std::string(spec.key);
    auto is_choice = [&](const std::string& v) {
        return std::find(spec.choices.begin(), spec.choices.end(), v) != spec.choices.end();
    };
    switch (spec.kind) {
    case FieldKind::choice:
        if (!is_choice(value))
            return bad_input(field, fmt::format("a {} event's {} must be {}", type.type, spec.key,
                                                join_choices(spec.choices)));
        return FieldValue{value};
    case FieldKind::choice_list: {
        auto items = split_trimmed(value, ',');
        std::erase(items, std::string());
        for (const std::string& item : items)
            if (!is_choice(item))
                return bad_input(field, fmt::format("'{}' is not one of {}", item, join_choices(spec.choices)),
                                 "separate several with commas");
        return FieldValue{items};
    }
    case FieldKind::text_list:
        if (!is_single_line_text(value) || value.size() > 200)
            return bad_input(field, "each item must be one line of text, at most 200 bytes");
        return FieldValue{std::vector<std::string>{value}};
    case FieldKind::date: {
        auto d = parse_iso_date(value, field);
        if (!d) return d.error();
        return FieldValue{format_iso(*d)};
    }
    case FieldKind::text:
        if (!is_single_line_text(value) || value.size() > 200)
            return bad_input(field, "must be one line of text, at most 200 bytes");
        return FieldValue{value};
    case FieldKind::multiline: return FieldValue{value};
    }
    return FieldValue{value};
}

Status add_field(Event& e, const EventType* type, const std::string& set) {
    const auto eq = set.find('=');
    const std::string key = set.substr(0, eq);
    if (eq == std::string::npos || !valid_field_name(key))
        return bad_input("--set", "expected KEY=VALUE with a lower_case key", "e.g. --set outcome=meets-rapid-review");
    const std::string value = set.substr(eq + 1);
    if (!is_multiline_text(value) || value.size() > 20000)
        return bad_input("--set " + key, "must be printable text, at most 20000 bytes");
    // An empty value would be written, then dropped on reading: the file would not round-trip.
    if (value.find_first_not_of(" \t\n,") == std::string::npos)
        return bad_input("--set " + key, "is empty", "leave the field out instead");
    if (key == "date" || key == "type" || key == "note" || key == "by")
        return bad_input("--set " + key, "is set by its own option", "use --" + key);
    const FieldSpec* spec = type ? find_field(*type, key) : nullptr;
    if (type && !spec) {
        std::vector<std::string_view> keys;
        for (const FieldSpec& f : type->fields) keys.push_back(f.key);
        return bad_input("--set " + key, fmt::format("is not a field of a {} event", type->type),
                         keys.empty() ? "it takes only --note and --by" : "it takes " + join_choices(keys));
    }
    auto v = spec ? known_value(*type, *spec, value) : Result<FieldValue>(FieldValue{value});
    if (!v) return v.error();
    // A repeated text-list key adds an item (--set questions=A --set questions=B).
    for (auto& [k, existing] : e.fields)
        if (k == key) {
            auto* items = std::get_if<std::vector<std::string>>(&existing);
            const auto* more = std::get_if<std::vector<std::string>>(&*v);
            if (!items || !more) return bad_input("--set " + key, "is given twice");
            items->insert(items->end(), more->begin(), more->end());
            return ok();
        }
    e.fields.emplace_back(key, *v);
    return ok();
}

} // namespace

Result<Event> make_event(const EventInput& in) {
    const EventType* type = find_event_type(in.type);
    if (!type && !valid_type_name(in.type))
        return bad_input("TYPE", "is not a usable event type",
                         "use one from scr help event add, or lower-case words joined by -");
    if (!is_multiline_text(in.note) || in.note.size() > 20000)
        return bad_input("--note", "must be printable text, at most 20000 bytes");
    if (!is_single_line_text(in.by) || in.by.size() > 200)
        return bad_input("--by", "must be one line of text, at most 200 bytes");
    Event e{in.date, in.type, {}, in.note, in.by};
    for (const std::string& set : in.sets)
        if (auto st = add_field(e, type, set); !st) return st.error();
    if (type)
        for (const FieldSpec& spec : type->fields) {
            const bool present = std::any_of(e.fields.begin(), e.fields.end(),
                                             [&](const auto& kv) { return kv.first == spec.key; });
            if (spec.required && !present)
                return bad_input("--set " + std::string(spec.key),
                                 fmt::format("a {} event needs its {}", type->type, spec.key),
                                 fmt::format("add --set {}=VALUE ({})", spec.key, join_choices(spec.choices)));
        }
    return e;
}

void insert_event(Case& c, Event e) {
    // From the end, so a file edited out of order by hand still gets the new event last among
    // its equals.
    auto at = c.events.end();
    while (at != c.events.begin() && std::prev(at)->date > e.date) --at;
    c.events.insert(at, std::move(e));
}

} // namespace scr
