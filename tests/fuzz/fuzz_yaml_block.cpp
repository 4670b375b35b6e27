// The fast block-YAML reader against yaml-cpp: whatever the fast reader takes, yaml-cpp must read
// too, as the same tree (types, scalars, order). The decoder trusts the fast tree on that promise.
#include "fuzz.h"

#include "case/yaml_block.h"

using namespace scr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    const auto quick = read_block_yaml(text);
    if (!quick) return 0;
    YAML::Node slow;
    try {
        slow = YAML::Load(std::string(text));
    } catch (const YAML::Exception&) {
        fuzz::require(false, "the fast reader took a document yaml-cpp refuses");
    }
    fuzz::require(same_yaml_tree(*quick, slow), "the fast reader and yaml-cpp read different trees");
    return 0;
}
