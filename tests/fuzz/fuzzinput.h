#pragma once

// Shared by every fuzz target: the libFuzzer entry point, and the way raw bytes become Qt types.
// Targets must never abort on hostile input; they abort (FUZZ_CHECK) only when an invariant of
// the code under test breaks, which libFuzzer then reports as a crash with the input saved.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace b24::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

} // namespace b24::fuzz

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            b24::fuzz::fail(#cond, __FILE__, __LINE__);                                                      \
    } while (false)
