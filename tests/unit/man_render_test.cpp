// What `scr help` prints into a pipe: the words of the page, none of a terminal's formatting.
#include "man_render.h"

#include <doctest/doctest.h>

using scr::cli::plain_text;

TEST_CASE("plain_text drops overstruck bold and underline / whatever the character's width") {
    CHECK(plain_text("N\bNA\bAM\bME\bE\n") == "NAME\n");
    CHECK(plain_text("_\bf_\bi_\bl_\be") == "file");
    CHECK(plain_text("-\b--\b-overdue") == "--overdue");
    CHECK(plain_text("\xe2\x80\x94\b\xe2\x80\x94 who") == "\xe2\x80\x94 who"); // an em dash, bold
    CHECK(plain_text("_\b\xc3\xa9t\xc3\xa9") == "\xc3\xa9t\xc3\xa9");
}

TEST_CASE("plain_text drops ANSI styles and hyperlinks / and keeps everything else") {
    CHECK(plain_text("\x1b[1mNAME\x1b[0m\n") == "NAME\n");
    CHECK(plain_text("\x1b[4;22mfile\x1b[24m") == "file");
    CHECK(plain_text("see \x1b]8;;man:scr(1)\x1b\\scr(1)\x1b]8;;\x1b\\ now") == "see scr(1) now");
    CHECK(plain_text("\x1b]8;;x\ascr\x1b]8;;\a") == "scr");
    const std::string page = "SCR(1)   General Commands Manual   SCR(1)\n\n     scr - it\n";
    CHECK(plain_text(page) == page);
    CHECK(plain_text("\x1b") == "");
}
