// Without libFuzzer (gcc, or VANTAGE_FUZZ off): runs a fuzz target once over every file of the
// folders or files named on the command line, so the seed corpus is a regression test.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int runFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_directory(path)) {
            for (const auto &entry : std::filesystem::directory_iterator(path)) {
                if (entry.is_regular_file())
                    runs += runFile(entry.path());
            }
        } else {
            runs += runFile(path);
        }
    }
    std::printf("%d inputs run\n", runs);
    // An empty corpus means the test ran nothing: fail rather than pass silently.
    return runs > 0 ? 0 : 1;
}
