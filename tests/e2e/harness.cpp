#include "harness.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace e2e {
namespace {

// Starts argv with `opt`'s input, environment and directory; its output goes to io/stdout and
// io/stderr.
pid_t spawn(const std::vector<std::string>& argv, const Options& opt, const TempDir& io,
            const fs::path& cwd) {
    const fs::path in = io / "stdin", out = io / "stdout", err = io / "stderr";
    write_text(in, opt.input);
    const pid_t pid = fork();
    if (pid == 0) {
        // A clean environment: nothing from the developer's shell changes the answers.
        for (const char* v :
             {"SCR_TODAY", "SCR_DIR", "NO_COLOR", "SCR_TEST_KILL_AT", "SCR_TEST_STOP_AT"})
            unsetenv(v);
        for (const auto& [k, v] : opt.env)
            setenv(k.c_str(), v.c_str(), 1);
        setenv("SCR", binary().c_str(), 1);
        umask(022);
        if (chdir(cwd.c_str()) != 0) _exit(126);
        const int fi = open(in.c_str(), O_RDONLY),
                  fo = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600),
                  fe = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fi, 0);
        dup2(fo, 1);
        dup2(fe, 2);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    REQUIRE(pid > 0);
    return pid;
}

Run collect(int status, const TempDir& io) {
    Run run;
    run.out = read_text(io / "stdout");
    run.err = read_text(io / "stderr");
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

Run exec_and_wait(const std::vector<std::string>& argv, const Options& opt) {
    TempDir io, scratch;
    const pid_t pid = spawn(argv, opt, io, opt.cwd.empty() ? scratch.path() : opt.cwd);
    int status = 0;
    waitpid(pid, &status, 0);
    return collect(status, io);
}

} // namespace

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "scr-e2e-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    m_path = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

Run scr(const std::vector<std::string>& args, const Options& opt) {
    std::vector<std::string> argv{binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return exec_and_wait(argv, opt);
}

Run shell(const std::string& command, const Options& opt) {
    return exec_and_wait({"/bin/bash", "-c", command}, opt);
}

Child::Child(const std::vector<std::string>& args, const Options& opt) {
    std::vector<std::string> argv{binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    m_pid = spawn(argv, opt, m_io, opt.cwd.empty() ? m_scratch.path() : opt.cwd);
}

Child::~Child() {
    if (m_ended) return;
    kill(m_pid, SIGKILL); // a stopped process dies of SIGKILL too
    waitpid(m_pid, nullptr, 0);
}

std::optional<Run> Child::wait_for(double seconds) {
    REQUIRE_FALSE(m_ended);
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (;;) {
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_ended = true;
            return collect(status, m_io);
        }
        if (std::chrono::steady_clock::now() >= until) return std::nullopt;
        usleep(2000);
    }
}

std::string Child::err() const {
    return read_text(m_io / "stderr");
}

std::string read_text(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

void write_text(const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f << text;
}

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

std::string binary() {
    return SCR_BINARY;
}
std::string data(const std::string& name) {
    return std::string(SCR_TEST_DATA) + "/" + name;
}

Desk::Desk(const std::string& referral) {
    if (scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code != 0)
        throw std::runtime_error("scr init failed");
    const Run r = scr({"referral", "new", "--from", "-"}, {.input = referral, .cwd = p});
    if (r.code != 0) throw std::runtime_error("scr referral new failed: " + r.err);
    id = r.out.substr(0, r.out.size() - 1);
}

std::string Desk::file() const {
    return read_text(p / "cases" / (id + ".yaml"));
}

fs::path copy_demo(const TempDir& t) {
    const fs::path demo = t / "demo";
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples/demo", demo,
             fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    fs::remove_all(demo / ".scr");
    return demo;
}

} // namespace e2e
