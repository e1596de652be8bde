#include "core/secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using b24::MemorySecretStore;
using b24::SecretError;
using b24::SecretResult;

class TstMemorySecretStore : public QObject
{
    Q_OBJECT

    static SecretResult wait(const std::function<void(b24::SecretStore::Callback)> &op)
    {
        std::optional<SecretResult> out;
        op([&out](const SecretResult &r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 2000))
            return {{SecretError::Kind::Other, u"timeout"_s, -1}, {}};
        return *out;
    }

private slots:
    void roundTrip()
    {
        MemorySecretStore store;
        const QString key = b24::SecretStore::webhookKey(u"abc"_s);
        QCOMPARE(key, u"profile/abc/webhook"_s);
        const QString value = u"https://p.bitrix24.ru/rest/1/s3cr3t/"_s;

        QVERIFY(wait([&](auto cb) { store.write(key, value, this, cb); }).ok());
        QVERIFY(store.contains(key));
        const SecretResult read = wait([&](auto cb) { store.read(key, this, cb); });
        QVERIFY(read.ok());
        QCOMPARE(read.value, value);
        QVERIFY(wait([&](auto cb) { store.remove(key, this, cb); }).ok());
        const SecretResult gone = wait([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(gone.error.kind, SecretError::Kind::NotFound);
        QVERIFY(gone.value.isEmpty());
        QVERIFY(!store.isPersistent());
    }

    void callbackIsNeverSynchronous()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(u"k"_s, u"v"_s, this, [&called](const SecretResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void deadContextDropsCallback()
    {
        MemorySecretStore store;
        bool called = false;
        auto owner = std::make_unique<QObject>();
        store.read(u"k"_s, owner.get(), [&called](const SecretResult &) { called = true; });
        owner.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void errorText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("needle");
        QTest::newRow("none") << int(SecretError::Kind::None) << u"None"_s << QString();
        QTest::newRow("notfound") << int(SecretError::Kind::NotFound) << u"NotFound"_s
                                  << u"not in the keychain"_s;
        QTest::newRow("unavailable") << int(SecretError::Kind::Unavailable) << u"Unavailable"_s
                                     << u"No keychain is reachable"_s;
        QTest::newRow("denied") << int(SecretError::Kind::Denied) << u"Denied"_s << u"refused"_s;
        QTest::newRow("other") << int(SecretError::Kind::Other) << u"Other"_s << u"reported an error"_s;
    }

    void errorText()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, needle);
        const SecretError error{SecretError::Kind(kind), u"backend says no"_s, 7};
        QCOMPARE(SecretError::kindName(error.kind), name);
        if (needle.isEmpty()) {
            QVERIFY(error.toString().isEmpty());
            QVERIFY(!error.isError());
        } else {
            QVERIFY2(error.toString().contains(needle), qPrintable(error.toString()));
            QVERIFY(error.toString().contains(u"backend says no"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TstMemorySecretStore)
#include "tst_memorysecretstore.moc"
