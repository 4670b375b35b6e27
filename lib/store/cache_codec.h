// The compact binary form of a decoded case, for the parsed-case cache (store/case_cache.h).
// It is private to one build of scr: the cache's header names the build, so no other reads it.
#pragma once

#include "case/model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace scr {

/// Appends numbers (varints) and length-prefixed texts to a byte string.
class ByteWriter {
public:
    void u64(std::uint64_t v);
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void text(std::string_view s);
    std::string& bytes() { return m_out; }

private:
    std::string m_out;
};

/// Reads what ByteWriter wrote; past the end or on a bad length it stays failed, never reads out
/// of bounds, and returns zeros and empty texts.
class ByteReader {
public:
    explicit ByteReader(std::string_view in) : m_in(in) {}
    std::uint64_t u64();
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
    std::string_view text();
    /// A count of items that each take at least one byte: more than the bytes left is corruption.
    std::size_t count();
    bool failed() const { return m_failed; }
    bool at_end() const { return m_in.empty(); }
    void fail() { m_failed = true; }

private:
    std::string_view m_in;
    bool m_failed = false;
};

/// Writes every field of `c`.
void encode_case_binary(ByteWriter& out, const Case& c);

/// Reads a case encode_case_binary wrote; nullopt when the bytes are not one.
std::optional<Case> decode_case_binary(std::string_view bytes);

} // namespace scr
