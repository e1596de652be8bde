#pragma once

#include "app/b24-cli/clioptions.h"
#include "app/b24-cli/exitcodes.h"

#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QString>

#include <memory>
#include <type_traits>

namespace b24 {

class B24Hook;
class ProfileStore;
class SecretStore;
struct ApiError;

// What every command needs: the global options, stdout/stderr, the webhook and the client.
// All text printed on stderr goes through redact().
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(b24::CliContext) // runtime messages of every command

public:
    explicit CliContext(const GlobalOptions &options);
    ~CliContext();

    const GlobalOptions &options() const { return m_options; }
    GlobalOptions &options() { return m_options; }
    QFile &out() { return m_stdout; }

    // "error: CODE: description" on stderr, redacted; returns `code` for `return ctx.fail(...)`.
    int fail(ExitCode code, const QString &errorCode, const QString &description);
    int failApi(const ApiError &error);
    // "error: WRITE_FAILED: description": the output could not be written (ExitLocalWrite).
    int failWrite(const QString &description);
    void note(const QString &text); // stderr, unless --quiet
    // Writes to stdout; false, and remembered for finish(), when the bytes did not get out.
    bool writeOut(const QByteArray &bytes);
    // A command's exit code, unless stdout could not be written: then the output is lost, and the
    // exit code says so (ExitLocalWrite) even if the portal answered.
    int finish(int exitCode);
    bool stderrIsTerminal() const;
    bool showProgress() const;

    // Resolves the webhook (--webhook, --profile from the keychain, $B24_WEBHOOK) and builds the
    // client; on failure prints the error and returns null with `*exitCode` set.
    B24Hook *hook(int *exitCode);
    // The protocol of this run: --api, else the one the webhook URL names (call after hook()).
    ApiVersion api() const;
    // With --verbose: the Idempotency-Key a REST 3.0 write carried and whether the portal replayed it.
    void noteIdempotency(const QString &key, bool replayed);

    // Drops the client once its work is done: what is still on the wire is aborted and Qt's
    // network thread ends while the command finishes its output, not at the process's exit.
    void closeClient();

    // --dry-run: requests print as JSON lines on stdout instead of going out; `limit` of them at
    // most (a list shows its first request; -1: all). dryRunCount: how many were printed.
    void setDryRunLimit(int limit) { m_dryRunLimit = limit; }
    int dryRunCount() const { return m_dryRunCount; }

    // Saved profiles (metadata in QSettings, the webhook URL in the OS keychain), shared with
    // the explorer; created on first use.
    ProfileStore &profiles();

private:
    bool resolveWebhookUrl(QString *url, int *exitCode);

    GlobalOptions m_options;
    QFile m_stdout;
    QFile m_stderr;
    QString m_stdoutError; // the first failed write to stdout
    int m_dryRunLimit = -1;
    int m_dryRunCount = 0;
    std::unique_ptr<B24Hook> m_hook;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_session;
    std::unique_ptr<ProfileStore> m_profiles;
};

// Turns the event loop until `job` (a CallJob, BatchJob) finishes and returns a copy of its result:
// the hook deletes its jobs after `finished`.
template<typename Job>
auto awaitResult(Job *job)
{
    std::decay_t<decltype(job->result())> result;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&] {
        result = job->result();
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace b24
