#include "store/case_cache.h"

#include "store/cache_codec.h"

namespace scr {
namespace {

constexpr std::string_view magic = "scr parsed-case cache\n";
constexpr std::uint64_t format_version = 1;
// A cache of 100,000 cases is about 100 MB; anything far larger is not one of ours.
constexpr std::size_t max_cache_bytes = std::size_t{1} << 31;

// A checksum over the payload (64-bit words, multiply and rotate): a truncated or scribbled
// cache is refused whole rather than half believed.
std::uint64_t checksum(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    auto mix = [&h](std::uint64_t word) {
        h ^= word;
        h *= 0xFF51AFD7ED558CCDull;
        h = (h << 29) | (h >> 35);
    };
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word = 0;
        for (int k = 0; k < 8; ++k)
            word |= std::uint64_t{static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)])}
                    << (8 * k);
        mix(word);
    }
    for (; i < s.size(); ++i) mix(static_cast<unsigned char>(s[i]));
    return h;
}

void put_stamp(ByteWriter& w, const FileStamp& s) {
    w.u64(s.size), w.u64(s.inode), w.u64(s.device), w.i64(s.mtime_ns), w.i64(s.ctime_ns);
}

FileStamp get_stamp(ByteReader& r) {
    FileStamp s;
    s.size = r.u64(), s.inode = r.u64(), s.device = r.u64();
    s.mtime_ns = r.i64(), s.ctime_ns = r.i64();
    return s;
}

} // namespace

CaseCache CaseCache::read(const fs::path& path, std::string_view build) {
    CaseCache cache;
    FileStamp stamp;
    auto text = read_file(path, max_cache_bytes, FileKind::regular, &stamp);
    if (!text || !text->starts_with(magic)) return cache;
    cache.m_data = std::make_unique<std::string>(std::move(*text));
    ByteReader header(std::string_view(*cache.m_data).substr(magic.size()));
    const bool ours = header.u64() == format_version && header.text() == build;
    const std::uint64_t sum = header.u64();
    const std::string_view payload = header.text();
    if (!ours || header.failed() || !header.at_end() || checksum(payload) != sum) return CaseCache{};
    ByteReader in(payload);
    const std::size_t n = in.count();
    std::unordered_map<std::string_view, Entry> entries;
    entries.reserve(n);
    for (std::size_t i = 0; i < n && !in.failed(); ++i) {
        const std::string_view name = in.text();
        const FileStamp file = get_stamp(in);
        entries[name] = Entry{file, in.text()};
    }
    if (in.failed() || !in.at_end()) return CaseCache{};
    cache.m_entries = std::move(entries);
    cache.m_written_ns = stamp.mtime_ns;
    return cache;
}

std::optional<std::string_view> CaseCache::trusted(std::string_view name,
                                                   const FileStamp& stamp) const {
    const auto it = m_entries.find(name);
    if (it == m_entries.end() || !(it->second.stamp == stamp)) return std::nullopt;
    const std::int64_t newest = std::max(stamp.mtime_ns, stamp.ctime_ns);
    if (newest >= m_written_ns - racy_window_ns) return std::nullopt;
    return it->second.bytes;
}

Status write_case_cache(const fs::path& path, std::string_view build,
                        const std::vector<std::optional<CacheRecord>>& records) {
    ByteWriter payload;
    std::size_t n = 0;
    for (const auto& r : records) n += r.has_value();
    payload.u64(n);
    for (const auto& r : records) {
        if (!r) continue;
        payload.text(r->name);
        put_stamp(payload, r->stamp);
        payload.text(r->bytes);
    }
    ByteWriter file;
    file.bytes() = std::string(magic);
    file.u64(format_version);
    file.text(build);
    file.u64(checksum(payload.bytes()));
    file.text(payload.bytes());
    if (auto st = make_private_dir(path.parent_path()); !st) return st;
    return write_file_atomic(path, file.bytes());
}

} // namespace scr
