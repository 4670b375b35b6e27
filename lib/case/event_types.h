// The event types that mean something to scr, and the extra fields each may carry
// (PRODUCT.md "Event types"). Other types are allowed: their fields are free text.
#pragma once

#include <string_view>
#include <vector>

namespace scr {

/// How an extra field of an event is written and checked.
enum class FieldKind { text, multiline, choice, choice_list, text_list, date };

/// One extra field of an event type.
struct FieldSpec {
    std::string_view key;
    FieldKind kind;
    std::vector<std::string_view> choices; // for choice and choice_list
    bool required = false;
};

/// A known event type: what its date means, its fields in the order they are written, and
/// whether a case has at most one of it.
struct EventType {
    std::string_view type;
    std::string_view meaning;
    std::vector<FieldSpec> fields;
    bool once = false;
};

/// Every known event type, in the order a case usually meets them.
const std::vector<EventType>& event_types();

/// The known type spelled `type`, or nullptr for a custom one.
const EventType* find_event_type(std::string_view type);

/// Whether a case has at most one event of `type` (the incident, its notification, each step
/// of the review route, closing): the route refuses a second, a merge never makes two.
bool happens_once(std::string_view type);

/// Whether an event of `type` records a decision: it must say which (outcome, recommendation,
/// decision or model), and the latest one decides which deadlines still apply.
bool records_decision(std::string_view type);

/// The field `key` of `type`, or nullptr.
const FieldSpec* find_field(const EventType& type, std::string_view key);

/// Whether `type` is a usable type name: lower-case words joined by '-', at most 40 bytes.
bool valid_type_name(std::string_view type);

/// Whether `key` is a usable extra-field name: lower-case words joined by '_', at most 40 bytes.
bool valid_field_name(std::string_view key);

} // namespace scr
