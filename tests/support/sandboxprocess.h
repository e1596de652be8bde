#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace b24::test {

// A b24-sandbox program started as a child, for tests and benchmarks that need the portal in
// another process. It never outlives its parent, whatever the exit path: the destructor stops it
// (SIGTERM, then SIGKILL), and the kernel sends it SIGTERM when the parent dies any other way
// (a crash, SIGKILL, a ctest timeout), because the child is started with PR_SET_PDEATHSIG.
class SandboxProcess final
{
public:
    SandboxProcess();
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // Starts `program` with `arguments` plus --cert-out, then waits for the webhook URL on its
    // first stdout line and reads its certificate. On failure error() says why.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
    // SIGTERM, then waits; true when it ended on its own within the time.
    bool stop(int timeoutMs = 10000);

    QString url() const { return m_url; }
    QSslCertificate certificate() const { return m_certificate; }
    QString certificateFile() const;
    QString error() const { return m_error; }
    QProcess &process() { return m_process; }
    qint64 processId() const { return m_process.processId(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QSslCertificate m_certificate;
    QString m_error;
};

} // namespace b24::test
