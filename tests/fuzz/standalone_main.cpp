// SPDX-License-Identifier: GPL-3.0-or-later
// A main() for the fuzz targets when they are built without libFuzzer (gcc, the normal build):
// runs LLVMFuzzerTestOneInput once on every file given, or found below a directory given, in
// path order. Of libFuzzer's flags only -timeout=N is understood (an input that took longer than
// N seconds fails the run, once it is done); others, such as -runs=0, are ignored, so ctest runs
// the same command line in both builds. A crash or abort fails the run.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<fs::path> inputs;
    double timeout = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "-timeout=", 9) == 0)
            timeout = std::atof(argv[i] + 9);
        if (argv[i][0] == '-')
            continue;
        const fs::path path(argv[i]);
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            for (const auto &entry : fs::recursive_directory_iterator(path)) {
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
            }
        } else if (fs::is_regular_file(path, ec)) {
            inputs.push_back(path);
        } else {
            std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...: no inputs found\n", argv[0]);
        return 2;
    }

    double slowest = 0;
    std::string slowestName;
    int tooSlow = 0;
    for (const fs::path &path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "%s: cannot read\n", path.c_str());
            return 2;
        }
        std::fprintf(stderr, "Running: %s (%zu bytes)\n", path.c_str(), bytes.size());
        // A buffer of exactly the input's size, as libFuzzer passes it, so reads past the end
        // are caught by a sanitizer build.
        const auto copy = std::make_unique<std::uint8_t[]>(bytes.size());
        std::copy(bytes.begin(), bytes.end(), copy.get());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(copy.get(), bytes.size());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (timeout > 0 && seconds > timeout) {
            std::fprintf(stderr, "TIMEOUT: %s took %.1f s; the limit is %g s\n", path.c_str(), seconds, timeout);
            ++tooSlow;
        }
        if (seconds > slowest) {
            slowest = seconds;
            slowestName = path.string();
        }
    }
    std::printf("Executed %zu inputs; slowest %.3f s: %s\n", inputs.size(), slowest, slowestName.c_str());
    if (tooSlow) {
        std::fprintf(stderr, "%d inputs took longer than %g s\n", tooSlow, timeout);
        return 1;
    }
    return 0;
}
