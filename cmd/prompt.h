// Asking a person at a terminal, one question a line, on stderr (stdout carries only results).
#pragma once

#include "context.h"

#include <optional>
#include <string>
#include <string_view>

namespace scr::cli {

/// Reads answers from the context's input, writing questions to its error stream.
class Prompter {
public:
    explicit Prompter(Io& io) : m_io(io) {}
    /// Prints a section heading.
    void heading(std::string_view title);
    /// Asks `question`; nullopt when the input has ended.
    std::optional<std::string> ask(std::string_view question);
    /// Tells the person why their answer was not taken.
    void complain(std::string_view message);

private:
    Io& m_io;
};

} // namespace scr::cli
