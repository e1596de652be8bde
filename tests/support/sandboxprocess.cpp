#include "tests/support/sandboxprocess.h"

#include <QDeadlineTimer>
#include <QFile>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace b24::test {

SandboxProcess::SandboxProcess()
{
    // Runs in the child between fork and exec: the portal gets SIGTERM when its parent dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning && !stop()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::certificateFile() const
{
    return m_dir.filePath(u"sandbox-cert.pem"_s);
}

bool SandboxProcess::start(const QString &program, const QStringList &arguments, int timeoutMs)
{
    m_process.start(program, QStringList{u"--cert-out"_s, certificateFile()} + arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = program + u": "_s + m_process.errorString();
        return false;
    }
    // Blocking is fine: the portal runs in its own process, and nothing is measured before it is up.
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = u"b24-sandbox did not print its webhook URL: "_s + m_process.errorString();
            return false;
        }
    }
    m_url = QString::fromUtf8(m_process.readLine()).trimmed();
    QFile pem(certificateFile());
    if (pem.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(pem.readAll());
    if (m_certificate.isNull()) {
        m_error = u"no certificate in "_s + certificateFile();
        return false;
    }
    return true;
}

bool SandboxProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    return m_process.waitForFinished(timeoutMs);
}

} // namespace b24::test
