#pragma once

#include "core/sandbox/faultinjector.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserveroptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace b24 {

// The b24-sandbox command line (design.md §3, a contract for tests, benchmarks and scripts).
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(b24::SandboxCommandLine) // the --help text

public:
    enum class Outcome
    {
        Run,
        Help,
        Version,
        Error
    };

    // `arguments` includes the program name first, as QCoreApplication::arguments() gives it.
    Outcome parse(const QStringList &arguments);

    PortalOptions portalOptions() const { return m_portal; }
    SandboxServerOptions serverOptions() const { return m_server; }
    QString certificateOutFile() const { return m_certOut; }
    QString errorString() const { return m_error; }
    QString helpText() const;

    // Helpers shared with tests: "HOST:PORT" ("[::1]:0" for IPv6), "deals=N,contacts=N".
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
    static bool parseData(const QString &text, QHash<QString, int> *counts, QString *error);

private:
    bool apply(const QString &name, const QString &value);
    bool fail(const QString &message);

    PortalOptions m_portal;
    SandboxServerOptions m_server;
    QString m_certOut;
    QString m_error;
};

} // namespace b24
