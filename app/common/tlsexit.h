#pragma once

namespace b24 {

// Keeps OpenSSL from freeing its global state in an atexit() handler. Qt runs HTTPS on its own
// "QNetworkAccessManager thread", which it creates detached: QThread::wait() returns before that
// thread has run its thread-local destructors, OpenSSL's among them. On a busy machine the main
// thread can reach exit() first, and OpenSSL's atexit clean-up then frees, without a lock, the same
// per-thread records that the exiting network thread is freeing: a double free or a crash after the
// program's work is done (ASan: "attempting double-free" in OPENSSL_cleanup). The memory goes back
// to the system at exit anyway. Call first thing in main(), before Qt loads OpenSSL.
void keepTlsStateUntilExit();

} // namespace b24
