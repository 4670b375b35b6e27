#include "prompt.h"

#include <istream>
#include <ostream>

namespace scr::cli {

void Prompter::heading(std::string_view title) {
    m_io.err << '\n' << title << '\n';
}

std::optional<std::string> Prompter::ask(std::string_view question) {
    m_io.err << "  " << question << ": " << std::flush;
    std::string line;
    if (!std::getline(m_io.in, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

void Prompter::complain(std::string_view message) {
    m_io.err << "    " << message << '\n';
}

} // namespace scr::cli
