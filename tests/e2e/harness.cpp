#include "harness.h"

#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace e2e {
namespace {

int exec_and_wait(const std::vector<std::string>& argv, const Options& opt, Run& run) {
    TempDir io;
    const fs::path in = io / "stdin", out = io / "stdout", err = io / "stderr";
    write_text(in, opt.input);
    TempDir scratch;
    const fs::path cwd = opt.cwd.empty() ? scratch.path() : opt.cwd;
    const pid_t pid = fork();
    if (pid == 0) {
        // A clean environment: nothing from the developer's shell changes the answers.
        for (const char* v : {"SCR_TODAY", "SCR_DIR", "NO_COLOR"})
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
    int status = 0;
    waitpid(pid, &status, 0);
    run.out = read_text(out);
    run.err = read_text(err);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
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
    Run run;
    run.code = exec_and_wait(argv, opt, run);
    return run;
}

Run shell(const std::string& command, const Options& opt) {
    Run run;
    run.code = exec_and_wait({"/bin/bash", "-c", command}, opt, run);
    return run;
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
