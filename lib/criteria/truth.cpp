#include "criteria/truth.h"

#include "criteria/phrases.h"

#include <algorithm>

namespace scr {
namespace {

// Joins the facts and questions of the parts whose value decided the whole.
Truth gather(Ternary value, const std::vector<Truth>& parts, Ternary deciding) {
    Truth t;
    t.value = value;
    for (const Truth& p : parts) {
        if (p.value != deciding) continue;
        for (const std::string& b : p.because)
            if (std::find(t.because.begin(), t.because.end(), b) == t.because.end())
                t.because.push_back(b);
        for (const Question& q : p.open)
            if (std::none_of(t.open.begin(), t.open.end(),
                             [&](const Question& o) { return o.key == q.key; }))
                t.open.push_back(q);
    }
    return t;
}

bool any_is(const std::vector<Truth>& parts, Ternary v) {
    return std::any_of(parts.begin(), parts.end(), [&](const Truth& p) { return p.value == v; });
}

} // namespace

Truth fact(Ternary value, std::string sentence) {
    return Truth{value, {std::move(sentence)}, {}};
}

Truth unknown_fact(std::string sentence, Question q) {
    return Truth{Ternary::unknown, {std::move(sentence)}, {std::move(q)}};
}

Truth all_of(const std::vector<Truth>& parts) {
    if (any_is(parts, Ternary::no)) return gather(Ternary::no, parts, Ternary::no);
    if (any_is(parts, Ternary::unknown)) return gather(Ternary::unknown, parts, Ternary::unknown);
    return gather(Ternary::yes, parts, Ternary::yes);
}

Truth any_of(const std::vector<Truth>& parts) {
    if (any_is(parts, Ternary::yes)) return gather(Ternary::yes, parts, Ternary::yes);
    if (any_is(parts, Ternary::unknown)) return gather(Ternary::unknown, parts, Ternary::unknown);
    return gather(Ternary::no, parts, Ternary::no);
}

Truth answer(const Case& c, std::string_view key) {
    const AnswerKey* k = find_answer_key(key);
    const std::string question = k ? std::string(k->question) : std::string(key);
    auto it = c.answers.find(std::string(key));
    const std::string spelling = it == c.answers.end() ? "unknown" : it->second;
    if (key == "abuse_or_neglect" && (spelling == "known" || spelling == "suspected"))
        return fact(Ternary::yes, answer_phrase(key, spelling));
    const auto value = parse_ternary(spelling).value_or(Ternary::unknown);
    if (value == Ternary::unknown)
        return unknown_fact(answer_phrase(key, "unknown"), {std::string(key), question});
    return fact(value, answer_phrase(key, spelling));
}

Truth death(const Case& c) {
    for (std::size_t i = 0; i < c.children.size(); ++i)
        if (const auto& dod = c.children[i].date_of_death)
            return fact(Ternary::yes, "A date of death is recorded for " +
                                          child_label(c.children[i], i) + ": " + format_iso(*dod) +
                                          ".");
    return answer(c, "died");
}

} // namespace scr
