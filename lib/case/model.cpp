#include "case/model.h"

#include <algorithm>
#include <array>

namespace scr {

std::string_view kind_slug(Kind k) {
    switch (k) {
    case Kind::serious_incident: return "serious-incident";
    case Kind::case_of_concern: return "case-of-concern";
    case Kind::learning_request: return "learning-request";
    }
    return "serious-incident";
}

std::optional<Kind> parse_kind(std::string_view text) {
    for (Kind k : {Kind::serious_incident, Kind::case_of_concern, Kind::learning_request})
        if (kind_slug(k) == text) return k;
    return std::nullopt;
}

std::string_view ternary_slug(Ternary t) {
    switch (t) {
    case Ternary::yes: return "yes";
    case Ternary::no: return "no";
    case Ternary::unknown: return "unknown";
    }
    return "unknown";
}

std::optional<Ternary> parse_ternary(std::string_view text) {
    for (Ternary t : {Ternary::yes, Ternary::no, Ternary::unknown})
        if (ternary_slug(t) == text) return t;
    return std::nullopt;
}

const std::vector<AnswerKey>& answer_keys() {
    // The keys and order of case-example.yaml; what each means is DOMAIN.md "Criteria".
    static const std::vector<AnswerKey> keys = {
        {"abuse_or_neglect", true, "Is abuse or neglect of the child known or suspected?"},
        {"died", false, "Has the child died?"},
        {"seriously_harmed", false,
         "Has the child been seriously harmed (including serious or long-term impairment of mental "
         "health or development, even if the child recovers)?"},
        {"in_area", false, "Did the death or serious harm happen in the local authority's area?"},
        {"normally_resident", false, "Is the child normally resident in the local authority's area?"},
        {"outside_england", false, "Did the death or serious harm happen outside England?"},
        {"looked_after", false, "Is (or was) the child looked after by a local authority?"},
        {"regulated_setting", false,
         "Did it happen in a regulated setting or service (e.g. a children's home)?"},
        {"known_to_social_care", false,
         "Is the family known to children's social care through a recent incident or a current "
         "concern about abuse or neglect?"},
        {"suicide_or_unexplained_death", false, "Was the death a suicide or unexplained?"},
        {"near_miss", false,
         "Was the child at risk of significant harm or death, very likely to occur but for an "
         "unintended consequence?"},
        {"system_warning_signs", false,
         "Are there early warning signs that something in the safeguarding system isn't working?"},
        {"multi_agency_learning", false,
         "Is there learning about how two or more agencies worked together?"},
        // Learning-request grounds (002 s3.1): good or poor practice.
        {"good_practice", false, "Was there good practice to learn from?"},
        {"poor_practice", false, "Was there poor practice to learn from?"},
        // Joint Agency Response criteria for a child's death (001, Working Together 2023).
        {"external_cause", false, "Is, or could, the death be due to external causes?"},
        {"sudden_unexplained", false,
         "Was the death sudden with no immediately apparent cause (including sudden unexpected "
         "death in infancy or childhood)?"},
        {"custody_or_detention", false,
         "Did the death occur in custody, or while detained under the Mental Health Act?"},
        {"suspicious_circumstances", false,
         "Do the initial circumstances raise any suspicion that the death may not have been "
         "natural?"},
        {"stillbirth_unattended", false,
         "Was it a stillbirth with no healthcare professional in attendance?"},
    };
    return keys;
}

const AnswerKey* find_answer_key(std::string_view key) {
    const auto& keys = answer_keys();
    auto it = std::find_if(keys.begin(), keys.end(), [&](const AnswerKey& k) { return k.key == key; });
    return it == keys.end() ? nullptr : &*it;
}

bool valid_answer(const AnswerKey& key, std::string_view value) {
    if (key.four_valued)
        return value == "known" || value == "suspected" || value == "no" || value == "unknown";
    return parse_ternary(value).has_value();
}

} // namespace scr
