// The case loader and validator: decode_case in both modes never crashes; whatever decodes
// converts to JSON, and validates when read as a file; and whatever validates is written by
// format_case as text that decodes again to the same case (what scr writes it must read back).
#include "fuzz.h"

#include "case/case_json.h"
#include "case/decode.h"
#include "case/encode.h"
#include "store/cache_codec.h"

using namespace scr;

namespace {

void round_trip(const Case& c, DecodeMode mode) {
    (void)case_to_json(c).dump(); // `scr case show --format json`: throws on bad UTF-8
    // The parsed-case cache keeps this case in binary form: it must come back field for field.
    ByteWriter bytes;
    encode_case_binary(bytes, c);
    const auto cached = decode_case_binary(bytes.bytes());
    fuzz::require(cached.has_value() && *cached == c, "the cache's binary form changed the case");
    // A stored case meets every rule a file meets, so validation agrees with the decoder.
    const Status valid = validate_case(c);
    fuzz::require(mode != DecodeMode::case_file || valid.ok(),
                  "validate_case refuses a case that decoded as a file");
    // scr writes a referral only once it is valid; before its flags are merged in, a document
    // may hold a child with nothing given (`children: [{}]`), which has no written form.
    if (!valid) return;
    const std::string written = format_case(c);
    const CaseLoad again = decode_case(written, "again.yaml", mode);
    fuzz::require(again.value.has_value(), "format_case wrote a case that does not decode");
    fuzz::require(*again.value == c, "format_case wrote a case that decodes differently");
    fuzz::require(format_case(*again.value) == written, "format_case is not deterministic");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    for (DecodeMode mode : {DecodeMode::case_file, DecodeMode::referral_document}) {
        const CaseLoad load = decode_case(text, "case.yaml", mode);
        fuzz::require(load.value.has_value() != !load.problems.empty(),
                      "decode_case gave both a case and problems, or neither");
        if (load.value) round_trip(*load.value, mode);
    }
    return 0;
}
