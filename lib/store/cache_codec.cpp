#include "store/cache_codec.h"

#include <type_traits>
#include <variant>

namespace scr {

// A field added to the case must be cached too, or a warm run would lose it: this size check
// fails the build until put/get below (and tests/unit/case_cache_test.cpp) learn the new field.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Case) == 536 && sizeof(Child) == 288 && sizeof(Event) == 128 &&
                  sizeof(Referrer) == 128 && sizeof(Identifiers) == 96 &&
                  sizeof(HouseholdMember) == 104 && sizeof(Incident) == 72 &&
                  sizeof(Learning) == 96 && sizeof(Agency) == 32 && sizeof(Action) == 112 &&
                  sizeof(Extension) == 104,
              "a field was added to the case model: encode and decode it in store/cache_codec.cpp");
#endif

// Numbers as LEB128 varints: lengths, enums and dates take one to three bytes, not eight.
void ByteWriter::u64(std::uint64_t v) {
    while (v >= 0x80) {
        m_out += static_cast<char>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    m_out += static_cast<char>(v);
}

void ByteWriter::text(std::string_view s) {
    u64(s.size());
    m_out.append(s);
}

std::uint64_t ByteReader::u64() {
    std::uint64_t v = 0;
    for (int shift = 0; !m_failed && shift < 64; shift += 7) {
        if (m_in.empty()) break;
        const auto byte = static_cast<unsigned char>(m_in.front());
        m_in.remove_prefix(1);
        v |= std::uint64_t{byte & 0x7Fu} << shift;
        if (byte < 0x80) return v;
    }
    m_failed = true;
    return 0;
}

std::string_view ByteReader::text() {
    const std::uint64_t n = u64();
    if (m_failed || n > m_in.size()) {
        m_failed = true;
        return {};
    }
    const std::string_view s = m_in.substr(0, n);
    m_in.remove_prefix(n);
    return s;
}

std::size_t ByteReader::count() {
    const std::uint64_t n = u64();
    if (n > m_in.size()) m_failed = true;
    return m_failed ? 0 : static_cast<std::size_t>(n);
}

namespace {

// Dates before 1970 are negative day counts: zigzag keeps them short as varints too.
std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t unzigzag(std::uint64_t v) {
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

// Writes each field given to it; the io() functions below list every struct's fields once, so
// the writing and the reading of a case cannot drift apart.
struct Put {
    ByteWriter& w;
    void operator()(const std::string& s) { w.text(s); }
    void operator()(const Date& d) { w.u64(zigzag(d.time_since_epoch().count())); }
    void operator()(const Kind& k) { w.u64(static_cast<std::uint64_t>(k)); }
    void operator()(const Ternary& t) { w.u64(static_cast<std::uint64_t>(t)); }
    void operator()(const FieldValue& f) {
        w.u64(f.index());
        std::visit([this](const auto& v) { (*this)(v); }, f);
    }
    template <typename T>
    void operator()(const std::optional<T>& o) {
        w.u64(o ? 1 : 0);
        if (o) (*this)(*o);
    }
    template <typename T>
    void operator()(const std::vector<T>& v) {
        w.u64(v.size());
        for (const T& x : v) (*this)(x);
    }
    template <typename A, typename B>
    void operator()(const std::pair<A, B>& p) {
        (*this)(p.first);
        (*this)(p.second);
    }
    template <typename T>
    requires std::is_class_v<T>
    void operator()(const T& x) { io(*this, const_cast<T&>(x)); }
};

// Reads each field given to it, in the order Put wrote them; bad bytes leave the reader failed.
struct Get {
    ByteReader& r;
    void operator()(std::string& s) { s = r.text(); }
    void operator()(Date& d) {
        d = Date{date::days{unzigzag(r.u64())}};
        if (d < first_birth_date || d > last_supported_date) r.fail();
    }
    void operator()(Kind& k) { k = static_cast<Kind>(choice(3)); }
    void operator()(Ternary& t) { t = static_cast<Ternary>(choice(3)); }
    void operator()(FieldValue& f) {
        if (choice(2) == 0) (*this)(f.emplace<std::string>());
        else (*this)(f.emplace<std::vector<std::string>>());
    }
    template <typename T>
    void operator()(std::optional<T>& o) {
        o.reset();
        if (choice(2) == 1) (*this)(o.emplace());
    }
    template <typename T>
    void operator()(std::vector<T>& v) {
        v.resize(r.count());
        for (T& x : v) (*this)(x);
    }
    template <typename A, typename B>
    void operator()(std::pair<A, B>& p) {
        (*this)(p.first);
        (*this)(p.second);
    }
    template <typename T>
    requires std::is_class_v<T>
    void operator()(T& x) { io(*this, x); }

    std::uint64_t choice(std::uint64_t count) {
        const std::uint64_t v = r.u64();
        if (v >= count) r.fail();
        return r.failed() ? 0 : v;
    }
};

template <typename S> void io(S& s, Referrer& x) { s(x.name), s(x.role), s(x.agency), s(x.email); }
template <typename S> void io(S& s, Identifiers& x) { s(x.nhs), s(x.crs), s(x.pnc); }
template <typename S> void io(S& s, Child& x) {
    s(x.name), s(x.pseudonym), s(x.unborn), s(x.date_of_birth), s(x.date_of_death), s(x.gender);
    s(x.ethnicity), s(x.send), s(x.address), s(x.identifiers);
}
template <typename S> void io(S& s, HouseholdMember& x) {
    s(x.name), s(x.relationship), s(x.gender), s(x.date_of_birth);
}
template <typename S> void io(S& s, Incident& x) { s(x.date), s(x.summary), s(x.local_authority); }
template <typename S> void io(S& s, Learning& x) { s(x.improvement), s(x.sharing), s(x.expectations); }
template <typename S> void io(S& s, Agency& x) { s(x.name); }
template <typename S> void io(S& s, Event& x) { s(x.date), s(x.type), s(x.fields), s(x.note), s(x.by); }
template <typename S> void io(S& s, Action& x) { s(x.id), s(x.action), s(x.owner), s(x.due), s(x.done); }
template <typename S> void io(S& s, Extension& x) {
    s(x.milestone), s(x.until), s(x.agreed_by), s(x.reason);
}
template <typename S> void io(S& s, std::map<std::string, std::string>& answers);
template <typename S> void io(S& s, Case& x) {
    s(x.id), s(x.kind), s(x.received), s(x.referrer), s(x.children), s(x.household);
    s(x.incident), s(x.learning), s(x.answers), s(x.agencies), s(x.events), s(x.actions);
    s(x.extensions);
}

// Answers as a list of pairs: a map is written in its (sorted) order and read back the same.
template <> void io(Put& s, std::map<std::string, std::string>& answers) {
    s.w.u64(answers.size());
    for (const auto& [key, value] : answers) s(key), s(value);
}
template <> void io(Get& s, std::map<std::string, std::string>& answers) {
    answers.clear();
    const std::size_t n = s.r.count();
    for (std::size_t i = 0; i < n && !s.r.failed(); ++i) {
        std::string key, value;
        s(key), s(value);
        answers.emplace(std::move(key), std::move(value));
    }
}

} // namespace

void encode_case_binary(ByteWriter& out, const Case& c) {
    Put put{out};
    put(c);
}

std::optional<Case> decode_case_binary(std::string_view bytes) {
    ByteReader in(bytes);
    Get get{in};
    Case c;
    get(c);
    if (in.failed() || !in.at_end()) return std::nullopt;
    return c;
}

} // namespace scr
