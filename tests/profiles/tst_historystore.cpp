#include "core/b24/redaction.h"
#include "core/profiles/historystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

class TstHistoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static HistoryEntry entry(const QString &method, const QString &status = u"ok"_s,
                              const QString &profile = u"p1"_s)
    {
        HistoryEntry e;
        e.time = QDateTime::fromString(u"2024-07-26T09:33:52.123Z"_s, Qt::ISODateWithMs);
        e.profileId = profile;
        e.method = method;
        e.params = QJsonObject{{u"filter"_s, QJsonObject{{u">ID"_s, 5}}}};
        e.status = status;
        e.httpStatus = status == u"ok"_s ? 200 : 503;
        e.durationMs = 42;
        e.rows = 50;
        return e;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultLocation()
    {
        const QString p = HistoryStore::defaultFilePath();
        QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(p.endsWith(u"history.jsonl"_s));
    }

    void roundTrip()
    {
        HistoryStore store(path("round.jsonl"));
        QSignalSpy spy(&store, &HistoryStore::appended);
        QVERIFY(store.append(entry(u"crm.deal.list"_s)));
        QCOMPARE(spy.size(), 1);
        const QList<HistoryEntry> all = store.entries();
        QCOMPARE(all.size(), 1);
        const HistoryEntry &e = all.first();
        QCOMPARE(e.method, u"crm.deal.list"_s);
        QCOMPARE(e.time, entry({}).time);
        QCOMPARE(e.params.value(u"filter").value(u">ID").toInteger().value_or(-1), qint64(5));
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.durationMs, qint64(42));
        QCOMPARE(e.rows, qint64(50));
        QVERIFY(e.ok());
        // Appending never rewrites: a second store object adds to the same file.
        QVERIFY(HistoryStore(path("round.jsonl")).append(entry(u"user.get"_s)));
        QCOMPARE(store.entries().size(), 2);
    }

    // The portal reads `order` keys by priority: a reopened call must send them as they were.
    void keepsParameterOrder()
    {
        const QString file = path("order.jsonl");
        const QByteArray params = R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"filter":{"<ID":900,">ID":5}})";
        HistoryEntry e = entry(u"crm.deal.list"_s);
        e.params = OrderedJson::fromJson(params);
        QVERIFY(HistoryStore(file).append(e));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains(params), "the line holds the parameters as written");
        // Another store (the next start of the program) reads them back in that order.
        const QList<HistoryEntry> all = HistoryStore(file).entries();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().params.toJson(), params);
        QCOMPARE(HistoryStore(file).search(u"STAGE_ID"_s).first().params.toJson(), params);
    }

    // Lines written before the order was kept (keys sorted, numbers as doubles) still read.
    void readsOlderLines()
    {
        const QString file = path("older.jsonl");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"durationMs":42,"http":200,"method":"crm.deal.list","params":{"order":{"ID":"DESC",)"
            R"("STAGE_ID":"ASC"}},"profile":"p1","rows":50,"status":"ok","time":"2024-07-26T09:33:52.123Z"})"
            "\n");
        f.close();
        const QList<HistoryEntry> all = HistoryStore(file).entries();
        QCOMPARE(all.size(), 1);
        const HistoryEntry &e = all.first();
        QCOMPARE(e.method, u"crm.deal.list"_s);
        QCOMPARE(e.profileId, u"p1"_s);
        QCOMPARE(e.time, entry({}).time);
        QCOMPARE(e.params.toJson(), QByteArray(R"({"order":{"ID":"DESC","STAGE_ID":"ASC"}})"));
        QCOMPARE(e.httpStatus, 200);
        QCOMPARE(e.durationMs, qint64(42));
        QCOMPARE(e.rows, qint64(50));
        QVERIFY(e.ok());
    }

    void redactsUrlsAndSecrets_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("secret");
        QTest::newRow("webhook url") << u"https://x.bitrix24.com/rest/1/abcdef123456/crm.deal.list"_s
                                     << u"abcdef123456"_s;
        QTest::newRow("registered secret alone") << u"token q9w8e7r6t5y4 pasted"_s << u"q9w8e7r6t5y4"_s;
    }

    void redactsUrlsAndSecrets()
    {
        QFETCH(QString, value);
        QFETCH(QString, secret);
        registerSecret(u"q9w8e7r6t5y4"_s);
        const QString file = path("redact.jsonl");
        HistoryStore store(file);
        HistoryEntry e = entry(u"crm.deal.list"_s);
        e.params.insert(u"note"_s, value);
        QVERIFY(store.append(e));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(bytes.contains(redactionMask().toUtf8()));
        QVERIFY(store.entries().last().params.value(u"note").toString().contains(redactionMask()));
        QVERIFY(store.clear());
        QVERIFY(!QFile::exists(file));
        unregisterSecret(u"q9w8e7r6t5y4"_s);
    }

    void bounded()
    {
        const QString file = path("bounded.jsonl");
        HistoryStore store(file, 10);
        for (int i = 1; i <= 35; ++i)
            QVERIFY(store.append(entry(u"m%1"_s.arg(i))));
        const QList<HistoryEntry> all = store.entries();
        QVERIFY2(all.size() >= 10 && all.size() <= 11, qPrintable(QString::number(all.size())));
        QCOMPARE(all.last().method, u"m35"_s);
        QCOMPARE(all.first().method, u"m%1"_s.arg(36 - all.size()));
    }

    void skipsDamagedLines()
    {
        const QString file = path("damaged.jsonl");
        HistoryStore store(file);
        QVERIFY(store.append(entry(u"a.list"_s)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{not json\n{\"method\":\"no.time\"}\n");
        f.close();
        QVERIFY(store.append(entry(u"b.list"_s)));
        const QList<HistoryEntry> all = store.entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().method, u"b.list"_s);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("methods");
        QTest::newRow("all newest first")
            << QString() << QString()
            << QStringList{u"user.get"_s, u"crm.contact.list"_s, u"crm.deal.list"_s};
        QTest::newRow("method") << u"CRM."_s << QString()
                                << QStringList{u"crm.contact.list"_s, u"crm.deal.list"_s};
        QTest::newRow("status") << u"query_limit"_s << QString() << QStringList{u"crm.contact.list"_s};
        QTest::newRow("params") << u">ID"_s << u"p2"_s << QStringList{u"user.get"_s};
        QTest::newRow("profile") << QString() << u"p1"_s
                                 << QStringList{u"crm.contact.list"_s, u"crm.deal.list"_s};
        QTest::newRow("none") << u"tasks"_s << QString() << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, profile);
        QFETCH(QStringList, methods);
        const QString file = path("search.jsonl");
        QFile::remove(file);
        HistoryStore store(file);
        QVERIFY(store.append(entry(u"crm.deal.list"_s)));
        QVERIFY(store.append(entry(u"crm.contact.list"_s, u"QUERY_LIMIT_EXCEEDED"_s)));
        QVERIFY(store.append(entry(u"user.get"_s, u"ok"_s, u"p2"_s)));
        QStringList got;
        for (const HistoryEntry &e : store.search(text, profile))
            got << e.method;
        QCOMPARE(got, methods);
        QCOMPARE(store.search(QString(), QString(), 1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstHistoryStore)
#include "tst_historystore.moc"
