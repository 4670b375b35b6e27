#include "criteria/phrases.h"

#include <fmt/format.h>

#include <array>

namespace scr {
namespace {

struct Phrase {
    std::string_view key, yes, no;
};

// What each yes / no answer states, in the words of the source it comes from.
constexpr std::array phrases = {
    Phrase{"died", "The child has died.", "The child has not died."},
    Phrase{"seriously_harmed", "The child has been seriously harmed.",
           "The child has not been seriously harmed."},
    Phrase{"in_area", "The death or harm happened in the local authority's area.",
           "The death or harm did not happen in the local authority's area."},
    Phrase{"normally_resident", "The child is normally resident in the local authority's area.",
           "The child is not normally resident in the local authority's area."},
    Phrase{"outside_england", "The death or harm happened outside England.",
           "The death or harm happened in England."},
    Phrase{"looked_after", "The child is, or was, looked after by a local authority.",
           "The child is not looked after."},
    Phrase{"regulated_setting", "It happened in a regulated setting or service.",
           "It did not happen in a regulated setting or service."},
    Phrase{"known_to_social_care",
           "The family is known to children's social care through a recent incident or a current "
           "concern about abuse or neglect.",
           "The family is not known to children's social care for abuse or neglect."},
    Phrase{"suicide_or_unexplained_death", "The death was a suicide or is unexplained.",
           "The death was neither a suicide nor unexplained."},
    Phrase{"near_miss",
           "The child was at risk of significant harm or death, very likely to occur but for an "
           "unintended consequence.",
           "There was no near miss: the risk was not very likely to occur."},
    Phrase{"system_warning_signs",
           "There are early warning signs that something in the safeguarding system isn't working.",
           "There are no early warning signs of the safeguarding system failing."},
    Phrase{"multi_agency_learning",
           "There is learning about how two or more agencies worked together.",
           "There is no learning about agencies working together."},
    Phrase{"good_practice", "There was good practice to learn from.",
           "There was no good practice of note."},
    Phrase{"poor_practice", "There was poor practice to learn from.",
           "There was no poor practice of note."},
    Phrase{"external_cause", "The death is or could be due to external causes.",
           "The death is not due to external causes."},
    Phrase{"sudden_unexplained", "The death was sudden with no immediately apparent cause.",
           "The death was not sudden and unexplained."},
    Phrase{"custody_or_detention",
           "The death occurred in custody or under Mental Health Act detention.",
           "The death did not occur in custody or detention."},
    Phrase{"suspicious_circumstances",
           "The initial circumstances raise suspicion that the death may not have been natural.",
           "The initial circumstances raise no suspicion."},
    Phrase{"stillbirth_unattended",
           "It was a stillbirth with no healthcare professional in attendance.",
           "It was not a stillbirth without a healthcare professional in attendance."},
};

} // namespace

std::string answer_phrase(std::string_view key, std::string_view spelling) {
    if (key == "abuse_or_neglect") {
        if (spelling == "known") return "Abuse or neglect is known.";
        if (spelling == "suspected") return "Abuse or neglect is suspected.";
        if (spelling == "no") return "Abuse or neglect is neither known nor suspected.";
    }
    const AnswerKey* k = find_answer_key(key);
    if (spelling == "unknown" || !k) return not_yet_known(k ? k->question : key);
    for (const Phrase& p : phrases)
        if (p.key == key) return std::string(spelling == "yes" ? p.yes : p.no);
    return fmt::format("{}: {}.", key, spelling);
}

std::string not_yet_known(std::string_view question) {
    return fmt::format("Not yet known: {}", question);
}

std::string child_label(const Child& child, std::size_t index) {
    if (!child.pseudonym.empty()) return child.pseudonym;
    return fmt::format("child {}", index + 1);
}

} // namespace scr
