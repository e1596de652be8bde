// LD_PRELOAD shim for tst_tlsexit: OpenSSL's thread-exit destructor (the one libcrypto registers
// with pthread_key_create) runs a random 0 to $EXITDELAY_US microseconds late on every thread but
// the main one. That is what a busy machine does now and then: a detached thread's clean-up then
// overlaps the main thread's exit(), which without OPENSSL_INIT_NO_ATEXIT crashed b24-cli in a
// third of the runs under ASan.
#include <dlfcn.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <random>
#include <utility>

namespace {

using Destructor = void (*)(void *);
constexpr std::size_t kSlots = 64;
std::array<Destructor, kSlots> g_real{};
std::atomic<std::size_t> g_used{0};

bool fromLibcrypto(Destructor destructor)
{
    Dl_info info{};
    return dladdr(reinterpret_cast<void *>(destructor), &info) != 0 && info.dli_fname != nullptr &&
           std::strstr(info.dli_fname, "libcrypto") != nullptr;
}

template<std::size_t N>
void delayed(void *value)
{
    if (syscall(SYS_gettid) != getpid()) {
        const char *most = std::getenv("EXITDELAY_US");
        const long bound = most ? std::atol(most) : 2000;
        if (bound > 0) {
            thread_local std::minstd_rand random(static_cast<unsigned>(syscall(SYS_gettid)));
            usleep(static_cast<useconds_t>(random() % bound));
        }
    }
    g_real[N](value);
}

template<std::size_t... I>
constexpr std::array<Destructor, kSlots> trampolines(std::index_sequence<I...>)
{
    return {&delayed<I>...};
}
constexpr std::array<Destructor, kSlots> kTrampolines = trampolines(std::make_index_sequence<kSlots>());

} // namespace

extern "C" int pthread_key_create(pthread_key_t *key, Destructor destructor)
{
    using Real = int (*)(pthread_key_t *, Destructor);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "pthread_key_create"));
    if (destructor != nullptr && fromLibcrypto(destructor)) {
        if (const std::size_t slot = g_used.fetch_add(1); slot < kSlots) {
            g_real[slot] = destructor;
            destructor = kTrampolines[slot];
        }
    }
    return real(key, destructor);
}
