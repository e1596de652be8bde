// Secret hygiene: every flow runs with one unique secret — calls, portal errors, scope and TLS
// errors, retries under faults, batch, list exports (CSV, JSON Lines), the webhook check, profile
// add/list/use/remove through the keychain, the CLI verbose everywhere, the call history — then every
// byte the app printed and every file it wrote in its private home is scanned: zero occurrences.
// A profile written to disk by QtKeychain's plaintext fallback would be found by the same scan.

#include "core/b24/redaction.h"
#include "core/profiles/historystore.h"
#include "tests/b24/sandboxfixture.h"
#include "tests/reliability/clirunner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void everyFlowLeavesNoSecret();

private:
    int cli(const QStringList &args, const QByteArray &input = {});
    QString m_home;
    QByteArray m_printed;
    int m_runs = 0;
};

int TestSecretHygiene::cli(const QStringList &args, const QByteArray &input)
{
    const CliRun run = runCli(m_home, QStringList{u"--verbose"_s} + args, input);
    m_printed += run.out + run.err;
    ++m_runs;
    return run.exitCode;
}

void TestSecretHygiene::everyFlowLeavesNoSecret()
{
    const QString secret = u"hyg"_s + QUuid::createUuid().toString(QUuid::Id128).left(20);
    QTemporaryDir home;
    m_home = home.path();
    QVERIFY(QDir(m_home).mkpath(u"tmp"_s));

    PortalOptions portal = unlimitedPortal();
    portal.secret = secret;
    SandboxServer good(portal);
    QVERIFY(good.start());
    PortalOptions narrow = portal;
    narrow.scopes = {u"user"_s};
    SandboxServer scoped(narrow);
    QVERIFY(scoped.start());
    SandboxServerOptions faulty;
    faulty.faults = u"503=0.2,html502=0.2,reset=0.1,truncate=0.1,nonjson=0.1"_s;
    SandboxServer broken(portal, faulty);
    QVERIFY(broken.start());
    QVERIFY(good.webhookUrl().contains(secret));

    const QString ca = home.filePath(u"good.pem"_s), caScoped = home.filePath(u"scoped.pem"_s),
                  caBroken = home.filePath(u"broken.pem"_s);
    const QList<std::pair<QString, SandboxServer *>> pems{
        {ca, &good}, {caScoped, &scoped}, {caBroken, &broken}};
    for (const auto &[path, server] : pems) {
        QFile pem(path);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(server->certificatePem());
    }
    const QStringList hook{u"--webhook"_s, good.webhookUrl(), u"--cacert"_s, ca};

    // Calls and the errors a portal gives.
    cli(hook + QStringList{u"call"_s, u"profile"_s});
    cli(hook + QStringList{u"call"_s, u"crm.deal.get"_s, u"id=999999999"_s});
    cli(hook + QStringList{u"call"_s, u"no.such.method"_s});
    cli({u"--webhook"_s, scoped.webhookUrl(), u"--cacert"_s, caScoped, u"call"_s, u"crm.deal.list"_s});
    cli({u"--webhook"_s, good.webhookUrl().replace(secret, secret + u"x"_s), u"--cacert"_s, ca, u"call"_s,
         u"profile"_s}); // wrong secret: the URL is echoed nowhere
    cli({u"--webhook"_s, good.webhookUrl(), u"--cacert"_s, caScoped, u"call"_s, u"profile"_s}); // TLS
    cli({u"--webhook"_s, good.webhookUrl().replace(u"https:"_s, u"http:"_s), u"call"_s, u"profile"_s});
    cli({u"--webhook"_s, u"https://127.0.0.1:1/rest/1/"_s + secret + u"/"_s, u"--timeout"_s, u"2"_s,
         u"call"_s, u"profile"_s}); // network error
    cli({u"--webhook"_s, broken.webhookUrl(), u"--cacert"_s, caBroken, u"--timeout"_s, u"3"_s, u"list"_s,
         u"crm.deal.list"_s, u"--strategy"_s, u"keyset"_s}); // retries, lost answers
    cli({u"--webhook"_s, broken.webhookUrl(), u"--cacert"_s, caBroken, u"call"_s, u"crm.deal.add"_s,
         u"fields[TITLE]=x"_s});
    // Batch, lists and exports, the check.
    cli(hook + QStringList{u"batch"_s, u"-"_s},
        R"([["crm.deal.list",{"select":["ID"]}],["crm.deal.get",{"id":0}],["no.such",{}]])");
    cli(hook + QStringList{u"list"_s, u"crm.deal.list"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                           home.filePath(u"deals.csv"_s)});
    cli(hook + QStringList{u"list"_s, u"crm.contact.list"_s, u"--format"_s, u"jsonl"_s, u"--output"_s,
                           home.filePath(u"contacts.jsonl"_s)});
    cli(hook + QStringList{u"check"_s});
    // Profiles: the secret goes to the keychain (exit 8 when there is none; never to a file).
    const int added = cli({u"profile"_s, u"add"_s, u"hygiene"_s, u"-"_s}, good.webhookUrl().toUtf8() + '\n');
    cli({u"profile"_s, u"list"_s});
    const int used = cli({u"--profile"_s, u"hygiene"_s, u"--cacert"_s, ca, u"call"_s, u"profile"_s});
    if (qEnvironmentVariableIntValue("B24_REQUIRE_KEYCHAIN")) { // CI: a real Secret Service runs
        QCOMPARE(added, 0);
        QCOMPARE(used, 0);
    } else {
        QVERIFY(added == 0 || added == 8); // 8: no keychain, and nothing written instead
    }
    cli({u"--profile"_s, u"hygiene"_s, u"--cacert"_s, ca, u"check"_s});

    // The history the explorer keeps, fed the worst: a params value holding the whole URL.
    HistoryStore history(home.filePath(u".local/share/history.jsonl"_s));
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = u"crm.deal.add"_s;
    entry.params = {{u"fields"_s, QJsonObject{{u"COMMENTS"_s, good.webhookUrl()}}}};
    entry.status = u"ok"_s;
    QVERIFY(history.append(entry));
    cli({u"profile"_s, u"remove"_s, u"hygiene"_s});

    QVERIFY(QFile::exists(home.filePath(u"deals.csv"_s))); // the flows really ran
    QVERIFY(m_printed.contains("127.0.0.1"));

    // The scan: printed text and every file in the private home (certificates aside: public data).
    int files = 0, found = 0;
    qint64 bytes = m_printed.size();
    const QByteArray needle = secret.toLatin1();
    QCOMPARE(good.webhookUrl().toLatin1().toLower().count(needle.toLower()), 1); // the scan can see it
    found += m_printed.toLower().count(needle.toLower());
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll().toLower();
        ++files;
        bytes += content.size();
        const int hits = content.count(needle.toLower());
        QVERIFY2(hits == 0, qPrintable(u"secret found in "_s + file.fileName()));
        found += hits;
    }
    QVERIFY2(found == 0, "secret found in printed output");
    QVERIFY(files >= 3);
    qInfo("secret hygiene: %d CLI runs, %d files and %lld bytes scanned, %d occurrences of the secret",
          m_runs, files, bytes, found);
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
