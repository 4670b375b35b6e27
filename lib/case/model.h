// The case: one referral and everything that happened to it, as case-example.yaml lays it out
// (PRODUCT.md "The case file"). Empty strings and empty optionals mean "absent from the file".
#pragma once

#include "calendar/date.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace scr {

/// The three ways in (DOMAIN.md "Three ways in").
enum class Kind { serious_incident, case_of_concern, learning_request };

/// The file spelling of a kind (`serious-incident`).
std::string_view kind_slug(Kind k);
/// Parses a kind spelling; nullopt when it is not one.
std::optional<Kind> parse_kind(std::string_view text);

/// Yes, no or unknown: answers are three-valued (DOMAIN.md "Criteria").
enum class Ternary { yes, no, unknown };
std::string_view ternary_slug(Ternary t);
std::optional<Ternary> parse_ternary(std::string_view text);

struct Referrer {
    std::string name, role, agency, email;

    bool operator==(const Referrer&) const = default;
};

// Entries of lists compare (<=>) so that a merge can put them in an order that does not depend on
// which side it starts from.

struct Identifiers {
    std::string nhs, crs, pnc; // NHS, social care (CRS) and police (PNC) numbers

    bool operator==(const Identifiers&) const = default;
    auto operator<=>(const Identifiers&) const = default;
};

struct Child {
    std::string name;      // never in file names, IDs, logs, errors or redacted output
    std::string pseudonym; // what redacted and published output shows ("Child A")
    std::optional<Ternary> unborn;
    std::optional<Date> date_of_birth, date_of_death;
    std::string gender, ethnicity;
    std::optional<Ternary> send; // special educational needs and disabilities
    std::string address;
    Identifiers identifiers;

    bool operator==(const Child&) const = default;
    auto operator<=>(const Child&) const = default;
};

struct HouseholdMember {
    std::string name, relationship, gender;
    std::optional<Date> date_of_birth;

    bool operator==(const HouseholdMember&) const = default;
    auto operator<=>(const HouseholdMember&) const = default;
};

struct Incident {
    std::optional<Date> date;
    std::string summary; // may span lines
    std::string local_authority;

    bool operator==(const Incident&) const = default;
};

/// What a case-of-concern referrer hopes to learn (Croydon COC form sections 4 and 6: 000).
struct Learning {
    std::string improvement, sharing, expectations;

    bool operator==(const Learning&) const = default;
};

struct Agency {
    std::string name;

    bool operator==(const Agency&) const = default;
    auto operator<=>(const Agency&) const = default;
};

/// A value of an event's extra field: text, or a list of texts (`criteria: [a, b]`).
using FieldValue = std::variant<std::string, std::vector<std::string>>;

/// One entry of the timeline; the type decides which extra fields it may carry.
struct Event {
    Date date;
    std::string type;
    std::vector<std::pair<std::string, FieldValue>> fields; // in the order they are written
    std::string note, by;

    bool operator==(const Event&) const = default;
    auto operator<=>(const Event&) const = default;
};

struct Action {
    std::string id, action, owner;
    std::optional<Date> due, done;

    bool operator==(const Action&) const = default;
    auto operator<=>(const Action&) const = default;
};

struct Extension {
    std::string milestone;
    std::optional<Date> until;
    std::string agreed_by, reason;

    bool operator==(const Extension&) const = default;
    auto operator<=>(const Extension&) const = default;
};

struct Case {
    std::string id;
    Kind kind = Kind::serious_incident;
    std::optional<Date> received;
    Referrer referrer;
    std::vector<Child> children;
    std::vector<HouseholdMember> household;
    Incident incident;
    Learning learning;
    std::map<std::string, std::string> answers; // key -> spelling; written in answer_keys() order
    std::vector<Agency> agencies;
    std::vector<Event> events;
    std::vector<Action> actions;
    std::vector<Extension> extensions;

    bool operator==(const Case&) const = default;
};

/// One criteria question: its key, the spellings it takes, and what it asks.
struct AnswerKey {
    std::string_view key;
    bool four_valued; // abuse_or_neglect: known | suspected | no | unknown
    std::string_view question;
};

/// Every answer key in the order files list them.
const std::vector<AnswerKey>& answer_keys();
/// The answer key named `key`, or nullptr.
const AnswerKey* find_answer_key(std::string_view key);
/// Whether `value` is a spelling `key` accepts.
bool valid_answer(const AnswerKey& key, std::string_view value);

} // namespace scr
