// The fast block-YAML reader must read exactly what yaml-cpp reads, or decline (case/yaml_block.h).
#include "case/decode.h"
#include "case/yaml_block.h"
#include "store/fs.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace scr;

namespace {

// The property the decoder relies on: whatever the fast reader takes, yaml-cpp reads the same.
void check_agrees(const std::string& text) {
    auto quick = read_block_yaml(text);
    if (!quick) return;
    YAML::Node slow;
    try {
        slow = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        FAIL_CHECK("fast reader took what yaml-cpp refuses (" << e.what() << "):\n" << text);
        return;
    }
    CHECK_MESSAGE(same_yaml_tree(*quick, slow), "trees differ for:\n" << text);
}

std::vector<std::string> demo_texts() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(fs::path(SCR_SOURCE_DIR) / "examples/demo/cases"))
        out.push_back(*read_file(e.path(), 1 << 20));
    for (const auto& e : fs::directory_iterator(fs::path(SCR_SOURCE_DIR) / "examples/profiles"))
        out.push_back(*read_file(e.path(), 1 << 20));
    return out;
}

} // namespace

TEST_CASE("yaml_block: every case scr writes is read by the fast reader as yaml-cpp reads it") {
    for (const std::string& text : demo_texts()) {
        if (text.find("\nid: ") == std::string::npos) continue; // the profiles are checked below
        auto quick = read_block_yaml(text);
        REQUIRE_MESSAGE(quick.has_value(), text);
        CHECK(same_yaml_tree(*quick, YAML::Load(text)));
    }
}

TEST_CASE("yaml_block: scalars read as yaml-cpp reads them") {
    auto scalar = [](const std::string& value) {
        auto doc = read_block_yaml("k: " + value + "\n");
        REQUIRE_MESSAGE(doc.has_value(), value);
        check_agrees("k: " + value + "\n");
        return (*doc)["k"];
    };
    CHECK(scalar("plain words, with colons:inside").Scalar() == "plain words, with colons:inside");
    CHECK(scalar("\"9434765919\"").Scalar() == "9434765919");
    CHECK(scalar("\"caf\\u00e9 \\\"quoted\\\" \\\\ \\/\"").Scalar() == "caf\xc3\xa9 \"quoted\" \\ /");
    CHECK(scalar("'it''s'").Scalar() == "it's");
    CHECK(scalar("~").IsNull());
    CHECK(scalar("null").IsNull());
    CHECK(scalar("\"null\"").Scalar() == "null");
    CHECK(scalar("yes").Scalar() == "yes");
    CHECK(scalar("2026-02-30   ").Scalar() == "2026-02-30");
    CHECK(scalar("[a, b-c,  d_e ]").size() == 3);
    CHECK(scalar("[]").size() == 0);
    CHECK(scalar("a#b  # comment").Scalar() == "a#b");
    CHECK(scalar("\"x\" # comment").Scalar() == "x");
    CHECK(scalar("[a, b] # comment").size() == 2);
    CHECK(scalar("# only a comment").IsNull());
}

TEST_CASE("yaml_block: literal blocks keep their lines and the blank ones") {
    const std::string text = "summary: |\n  first\n\n    indented # not a comment\n  last\n\nnext: x\n";
    auto doc = read_block_yaml(text);
    REQUIRE(doc.has_value());
    CHECK((*doc)["summary"].Scalar() == "first\n\n  indented # not a comment\nlast\n");
    CHECK((*doc)["next"].Scalar() == "x");
    check_agrees(text);
    // A text ending in the block without a final line break: none in the value either (fuzzing).
    for (const char* unbroken : {"s: |\n  a\n  b", "s: |-\n  a\n  b", "s: |\n  a\n\n  b"}) {
        check_agrees(unbroken);
        CHECK(read_block_yaml(unbroken).has_value());
    }
    CHECK((*read_block_yaml("s: |\n  a\n  b"))["s"].Scalar() == "a\nb");
    auto stripped = read_block_yaml("s: |-\n  a\n  b\n");
    REQUIRE(stripped.has_value());
    CHECK((*stripped)["s"].Scalar() == "a\nb");
}

TEST_CASE("yaml_block: duplicate keys are kept so the decoder can name them") {
    auto doc = read_block_yaml("id: 2026-001\nid: 2026-002\n");
    REQUIRE(doc.has_value());
    CHECK(doc->size() == 2);
    const CaseLoad load = decode_case("id: 2026-001\nkind: serious-incident\nid: 2026-002\n",
                                      "x.yaml", DecodeMode::case_file);
    REQUIRE(!load.problems.empty());
    // The problem comes from yaml-cpp's reading, so it names the line.
    CHECK(load.problems.front().line == 3);
}

TEST_CASE("yaml_block: what lies outside the subset is left to yaml-cpp") {
    for (const char* text : {
             "",                                    // empty: yaml-cpp's answer
             "- a\n- b\n",                          // not a mapping
             "k: &a x\nj: *a\n",                    // anchors and aliases
             "k: {a: 1}\n",                         // flow mapping
             "k: a#b # c\n  d\n",                  // a comment, then a deeper line
             "k: a\n  b\n",                         // plain scalar over two lines
             "k:\n- a\n",                           // list at its key's indentation
             "k: >\n  folded\n",                    // folded block
             "k: |+\n  kept\n\n",                   // keep chomping
             "k:\tv\n",                             // tab
             "k: v\r\n",                            // carriage return
             "---\nk: v\n",                         // document marker
             "k: \"a\n  b\"\n",                     // quoted over two lines
             "k: !!str 5\n",                        // tag
             "\"k\": v\n",                          // quoted key
             "k: \"\\x41\"\n",                      // escape outside the common ones
             "k: \xef\xbb\xbfv\n",                  // byte-order mark
             "k: a\xc2\x85" "b\n",                  // NEL, a line break to YAML 1.1
             "k: \xff\n",                           // not UTF-8
             "k:\n  a: 1\n b: 2\n",                 // uneven indentation
         }) {
        INFO(text);
        CHECK(!read_block_yaml(text).has_value());
    }
}

TEST_CASE("yaml_block: small edits to real files never make the two readers disagree") {
    // A deterministic miniature of tests/fuzz/fuzz_yaml_block.cpp, over every position of a case.
    std::string base;
    for (const std::string& text : demo_texts())
        if (text.find("\nid: ") != std::string::npos && (base.empty() || text.size() < base.size()))
            base = text;
    REQUIRE(!base.empty());
    const std::string edits[] = {" ", "-", ":", "#", "\"", "'", "|", "\n", "[", "~", "  ", ""};
    std::size_t taken = 0;
    for (std::size_t at = 0; at < base.size(); at += 3) {
        for (const std::string& edit : edits) {
            std::string text = base;
            text.replace(at, 1, edit);
            check_agrees(text);
            taken += read_block_yaml(text).has_value();
        }
    }
    CHECK(taken > 100); // the fast reader really took many of them
}
