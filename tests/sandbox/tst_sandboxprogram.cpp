#include "b24version.h"
#include "tests/support/sandboxprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

// The b24-sandbox program as scripts use it: start it, read the webhook URL from its first stdout line,
// call it over HTTPS trusting --cert-out, stop it with SIGTERM.
class TestSandboxProgram : public QObject
{
    Q_OBJECT
private slots:
    void servesUntilTerminated();
    void helpAndVersion_data();
    void helpAndVersion();
    void badOptionFails();

private:
    static QString program() { return QStringLiteral(B24_SANDBOX_PROGRAM); }
};

void TestSandboxProgram::servesUntilTerminated()
{
    QTemporaryDir dir;
    const QString logFile = dir.filePath(QStringLiteral("requests.jsonl"));
    b24::test::SandboxProcess sandbox;
    QVERIFY2(sandbox.start(program(),
                           {QStringLiteral("--log"), logFile, QStringLiteral("--seed"), QStringLiteral("3"),
                            QStringLiteral("--data"), QStringLiteral("deals=7")},
                           15000),
             qPrintable(sandbox.error()));
    QProcess &process = sandbox.process();
    const QString url = sandbox.url();
    QVERIFY2(url.startsWith(QStringLiteral("https://127.0.0.1:")) && url.endsWith(QLatin1Char('/')),
             "unexpected first line");
    const QSslCertificate cert = sandbox.certificate();

    QNetworkAccessManager nam;
    QNetworkRequest request{QUrl(url + QStringLiteral("crm.deal.list"))};
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QList<QSslCertificate>{cert});
    request.setSslConfiguration(conf);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("total")).toInt(), 7);
    delete reply;

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("stopped after 1 requests"), err.constData());
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(log.readLine()).object().value(QStringLiteral("method")).toString(),
             QStringLiteral("crm.deal.list"));
}

void TestSandboxProgram::helpAndVersion_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("help") << QStringLiteral("--help") << QByteArray("--faults SPEC");
    QTest::newRow("version") << QStringLiteral("--version") << QByteArray("b24-sandbox " B24_VERSION_STRING);
}

void TestSandboxProgram::helpAndVersion()
{
    QFETCH(QString, flag);
    QFETCH(QByteArray, expected);
    QProcess process;
    process.start(program(), {flag});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(expected));
}

void TestSandboxProgram::badOptionFails()
{
    QProcess process;
    process.start(program(), {QStringLiteral("--faults"), QStringLiteral("reset=7")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--faults"));
}

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandboxprogram.moc"
