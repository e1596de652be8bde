#include "core/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using b24::KeychainSecretStore;
using b24::SecretError;
using b24::SecretResult;

namespace {

// A service name of its own, so the test never touches the user's real profiles.
const QString testService = u"b24-explorer-tests"_s;
const QString testSecret =
    u"https://example.bitrix24.com/rest/1/t0p-s3cr3t-\u0441\u0435\u043a\u0440\u0435\u0442/"_s;

SecretResult wait(const std::function<void(b24::SecretStore::Callback)> &op)
{
    std::optional<SecretResult> out;
    op([&out](const SecretResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 30000))
        return {{SecretError::Kind::Other, u"test timeout"_s, -1}, {}};
    return *out;
}

// Child mode: run every operation once against whatever keychain the environment offers and print
// "op<TAB>kind<TAB>code<TAB>message" lines for the parent to check.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(testService);
    const QString key = u"profile/child/webhook"_s;
    const QList<std::pair<QString, std::function<void(b24::SecretStore::Callback)>>> ops = {
        {u"write"_s, [&](auto cb) { store.write(key, testSecret, &app, cb); }},
        {u"read"_s, [&](auto cb) { store.read(key, &app, cb); }},
        {u"probe"_s, [&](auto cb) { store.probe(&app, cb); }},
    };
    for (const auto &[name, op] : ops) {
        const SecretResult r = wait(op);
        const QString line = name + u'\t' + SecretError::kindName(r.error.kind) + u'\t' +
                             QString::number(r.error.backendCode) + u'\t' + r.error.message + u'\n';
        std::fputs(line.toUtf8().constData(), stdout);
    }
    return 0;
}

} // namespace

class TstKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void mapError_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("ok") << int(QKeychain::NoError) << int(SecretError::Kind::None);
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << int(SecretError::Kind::NotFound);
        QTest::newRow("delete failed")
            << int(QKeychain::CouldNotDeleteEntry) << int(SecretError::Kind::Other);
        QTest::newRow("user denied") << int(QKeychain::AccessDeniedByUser) << int(SecretError::Kind::Denied);
        QTest::newRow("locked") << int(QKeychain::AccessDenied) << int(SecretError::Kind::Denied);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << int(SecretError::Kind::Unavailable);
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << int(SecretError::Kind::Unavailable);
        QTest::newRow("other (no bus)") << int(QKeychain::OtherError) << int(SecretError::Kind::Unavailable);
    }

    void mapError()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        const SecretError e = KeychainSecretStore::mapError(code, u"msg"_s);
        QCOMPARE(int(e.kind), kind);
        if (kind != int(SecretError::Kind::None)) {
            QCOMPARE(e.message, u"msg"_s);
            QCOMPARE(e.backendCode, code);
        }
    }

    void defaultService()
    {
        KeychainSecretStore store;
        QCOMPARE(store.service(), u"b24-explorer"_s);
        QVERIFY(store.isPersistent());
    }

    void roundTripWithRealKeychain()
    {
        KeychainSecretStore store(testService);
        const SecretResult probe = wait([&](auto cb) { store.probe(this, cb); });
        if (!probe.ok() && qEnvironmentVariableIntValue("B24_REQUIRE_KEYCHAIN") == 0)
            QSKIP(qPrintable(u"no keychain reachable: "_s + probe.error.toString()));
        QVERIFY2(probe.ok(), qPrintable(probe.error.toString()));

        const QString key = b24::SecretStore::webhookKey(QString::number(QCoreApplication::applicationPid()));
        const SecretResult w = wait([&](auto cb) { store.write(key, testSecret, this, cb); });
        QVERIFY2(w.ok(), qPrintable(w.error.toString()));
        const SecretResult r = wait([&](auto cb) { store.read(key, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.value, testSecret);

        // A second store object (as after a restart) sees the same entry.
        KeychainSecretStore again(testService);
        QCOMPARE(wait([&](auto cb) { again.read(key, this, cb); }).value, testSecret);

        QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
        const SecretResult gone = wait([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(gone.error.kind, SecretError::Kind::NotFound);
        QVERIFY(gone.value.isEmpty());
    }

    // The real store with a session bus that does not exist: every operation must say Unavailable with
    // the backend's message, and never leak the secret. Runs in a child so the bus choice is fresh.
    void unavailableWithoutSessionBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"B24_KEYCHAIN_CHILD"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/b24-no-bus"_s);
        for (const auto &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_CURRENT_DESKTOP"_s,
                                 u"DESKTOP_SESSION"_s, u"KDE_SESSION_VERSION"_s, u"KDE_FULL_SESSION"_s})
            env.remove(name);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.size(), 4);
            QVERIFY2(f[0] == u"read"_s || f[1] == u"Unavailable"_s, qPrintable(line));
            // A read cannot tell a missing keyring from a missing entry; anything but success is fine.
            QVERIFY2(f[1] != u"None"_s, qPrintable(line));
            QVERIFY2(!f[3].isEmpty(), qPrintable(line));
        }
        QVERIFY(!out.contains(u"t0p-s3cr3t"_s));
        QVERIFY(!QString::fromUtf8(child.readAllStandardError()).contains(u"t0p-s3cr3t"_s));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("B24_KEYCHAIN_CHILD"))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
