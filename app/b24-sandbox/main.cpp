// b24-sandbox: a local Bitrix24 portal over HTTPS (design.md §3). Only composition lives here.
#include "app/common/b24i18n.h"
#include "app/common/interruptwatcher.h"
#include "b24version.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxcommandline.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sandbox/scaledclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace b24;

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream); // the caller reads the URL while we keep running
}

bool writeCertificate(const QString &path, const QByteArray &pem, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size() && file.commit())
        return true;
    *error = QStringLiteral("cannot write certificate to %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("b24-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B24_VERSION_STRING));
    b24::installTranslations(app);

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Outcome::Help:
        printLine(stdout, commandLine.helpText());
        return 0;
    case SandboxCommandLine::Outcome::Version:
        printLine(stdout, QStringLiteral("b24-sandbox ") + QStringLiteral(B24_VERSION_STRING));
        return 0;
    case SandboxCommandLine::Outcome::Error:
        printLine(stderr, QStringLiteral("b24-sandbox: ") + commandLine.errorString());
        return 2;
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    InterruptWatcher watcher;
    QObject::connect(&watcher, &InterruptWatcher::interrupted, &app, [](int) { QCoreApplication::quit(); });

    SandboxServer server(commandLine.portalOptions(), commandLine.serverOptions());
    QString error;
    if (!server.start(&error) ||
        (!commandLine.certificateOutFile().isEmpty() &&
         !writeCertificate(commandLine.certificateOutFile(), server.certificatePem(), &error))) {
        printLine(stderr, QStringLiteral("b24-sandbox: ") + error);
        return 1;
    }
    for (const QString &url : server.webhookUrls()) // the first line stays the main webhook
        printLine(stdout, url);
    if (const double scale = commandLine.portalOptions().timeScale; scale != 1) {
        // One reading of both clocks, so that a harness can run its clients on the portal's time.
        const qint64 real = ScaledClock::systemMs();
        printLine(stderr, QStringLiteral("b24-sandbox: portal clock x%1: %2 ms at real %3 ms")
                              .arg(scale)
                              .arg(server.portal().nowMs())
                              .arg(real));
    }
    printLine(stderr,
              QStringLiteral("b24-sandbox: serving on port %1%2; stop with Ctrl+C")
                  .arg(server.port())
                  .arg(server.plainPort() ? QStringLiteral(" (plain HTTP on %1)").arg(server.plainPort())
                                          : QString()));
    const int code = QCoreApplication::exec();
    server.stop();
    printLine(stderr, QStringLiteral("b24-sandbox: stopped after %1 requests").arg(server.requestCount()));
    return code;
}
