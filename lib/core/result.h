// Expected failures as values: every lib function that can fail on user input returns a
// Result<T>, and only cmd/ turns a Diagnostic into a message and an exit code.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace scr {

/// What went wrong with a piece of input, and where: enough for one line of error output.
struct Diagnostic {
    std::string file;    // empty when the input did not come from a file (an argument)
    int line = 0;        // 1-based; 0 when unknown
    int col = 0;         // 1-based; 0 when unknown
    std::string field;   // the field, argument or key at fault
    std::string message; // what is wrong, in plain words
    std::string hint;    // what to do about it; may be empty
};

/// How a failure maps to an exit status at the edge (PRODUCT.md: 2 bad input, 3 environment).
enum class Failure { bad_input, environment };

/// A failure: the diagnostic plus the class of failure.
struct Error {
    Diagnostic diag;
    Failure kind = Failure::bad_input;
};

/// Builds a bad-input Error for a field with an optional hint.
inline Error bad_input(std::string field, std::string message, std::string hint = {}) {
    return Error{Diagnostic{{}, 0, 0, std::move(field), std::move(message), std::move(hint)},
                 Failure::bad_input};
}

/// Builds an environment Error (file system, locks) about a path.
inline Error env_failure(std::string file, std::string message, std::string hint = {}) {
    return Error{Diagnostic{std::move(file), 0, 0, {}, std::move(message), std::move(hint)},
                 Failure::environment};
}

/// Either a value or an Error; a deliberately small stand-in for std::expected (C++23).
template <typename T> class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    explicit operator bool() const { return m_v.index() == 0; }
    bool ok() const { return m_v.index() == 0; }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but may fail.
struct Unit {};
using Status = Result<Unit>;
inline Status ok() {
    return Unit{};
}

} // namespace scr
