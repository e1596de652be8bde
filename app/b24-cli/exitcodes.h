#pragma once

namespace b24 {

struct ApiError;

// The exit codes of b24-cli (docs/design.md §4); scripts rely on them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitPortalError = 1, // the portal answered an error
    ExitUsage = 2,
    ExitBadWebhook = 3,    // invalid webhook URL
    ExitAuth = 4,          // authentication, or access refused (scope, plan, permission)
    ExitLimits = 5,        // limits still exceeded after retries
    ExitNetwork = 6,       // network, TLS or timeout
    ExitPartial = 7,       // some batch commands or pages failed
    ExitKeychain = 8,      // keychain unavailable
    ExitLocalWrite = 9,    // the output could not be written here (disk full, unwritable file)
    ExitInterrupted = 130, // Ctrl+C (128 + SIGINT; SIGTERM gives 143)
};

ExitCode exitCodeFor(const ApiError &error);

} // namespace b24
