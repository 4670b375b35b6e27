// One timeline entry: its date and type, then the fields its type allows (custom types: any
// lower_case field of text or a list of texts).
#include "case/decode_parts.h"

#include "case/event_types.h"

namespace scr {
namespace {

void decode_known_field(Decoder& d, const FieldSpec& spec, const YAML::Node& v,
                        const std::string& f, Event& e) {
    if (v.IsNull()) return;
    std::string text;
    std::vector<std::string> items;
    switch (spec.kind) {
    case FieldKind::text: d.text(v, f, text); break;
    case FieldKind::multiline: d.text(v, f, text, TextShape::lines); break;
    case FieldKind::choice: d.choice(v, f, text, spec.choices); break;
    case FieldKind::date: {
        std::optional<Date> day;
        d.date(v, f, day);
        if (day) text = format_iso(*day);
        break;
    }
    case FieldKind::text_list: d.texts(v, f, items); break;
    case FieldKind::choice_list:
        d.list(v, f, spec.choices.size(), [&](const YAML::Node& item, const std::string& fi) {
            std::string c;
            d.choice(item, fi, c, spec.choices);
            if (!c.empty()) items.push_back(c);
        });
        break;
    }
    const bool is_list = spec.kind == FieldKind::text_list || spec.kind == FieldKind::choice_list;
    if (is_list && !items.empty()) e.fields.emplace_back(std::string(spec.key), items);
    if (!is_list && !text.empty()) e.fields.emplace_back(std::string(spec.key), text);
}

void decode_custom_field(Decoder& d, const YAML::Node& v, const std::string& f, Event& e) {
    const std::string key = f.substr(f.rfind('.') + 1);
    if (!valid_field_name(key)) {
        d.problem(v, f.substr(0, f.rfind('.') + 1) + shown_key(key), "is not a usable field name",
                  "use lower-case words joined by _");
        return;
    }
    if (v.IsSequence()) {
        std::vector<std::string> items;
        d.texts(v, f, items);
        if (!items.empty()) e.fields.emplace_back(key, items);
        return;
    }
    std::string text;
    d.text(v, f, text, TextShape::lines);
    if (!text.empty()) e.fields.emplace_back(key, text);
}

} // namespace

void decode_event(Decoder& d, const YAML::Node& n, const std::string& w, Event& e) {
    if (!n.IsMap()) {
        d.problem(n, w, "expected an event (date:, type: and its fields)");
        return;
    }
    const YAML::Node type_node = n["type"];
    std::string type;
    if (type_node && type_node.IsScalar()) type = type_node.Scalar();
    const EventType* known = find_event_type(type);
    std::optional<Date> day;
    Decoder::Keys keys = {
        {"date", [&](auto& v, auto& f) { d.date(v, f, day); }},
        {"type",
         [&](auto& v, auto& f) {
             if (!known && !valid_type_name(type))
                 d.problem(v, f, "is not a usable event type",
                           "use a type from scr-event(1), or lower-case words joined by -");
             e.type = type;
         }},
        {"note", [&](auto& v, auto& f) { d.text(v, f, e.note, TextShape::lines); }},
        {"by", [&](auto& v, auto& f) { d.text(v, f, e.by); }},
    };
    if (known) {
        for (const FieldSpec& spec : known->fields)
            keys.emplace_back(spec.key, [&d, &spec, &e](auto& v, auto& f) {
                decode_known_field(d, spec, v, f, e);
            });
    } else {
        keys.emplace_back("*", [&](auto& v, auto& f) { decode_custom_field(d, v, f, e); });
    }
    d.mapping(n, w, keys);
    auto absent = [&n](std::string_view key) { return !has_value(n, key); };
    if (absent("date")) d.problem(n, w + ".date", "is missing", "every event needs the date it happened");
    if (absent("type")) d.problem(n, w + ".type", "is missing", "e.g. type: notified; see scr-event(1)");
    if (day) e.date = *day;
    if (!known) return;
    for (const FieldSpec& spec : known->fields)
        if (spec.required && absent(spec.key))
            d.problem(n, w + "." + std::string(spec.key), "is missing",
                      "a " + type + " event records its " + std::string(spec.key) + ": " +
                          join_choices(spec.choices));
}

} // namespace scr
