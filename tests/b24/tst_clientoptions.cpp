// ClientOptions and ListOptions: plan defaults merged with overrides, CA files, list strategy choice.

#include "core/b24/clientoptions.h"
#include "core/b24/limitersettings.h"
#include "core/b24/listoptions.h"
#include "core/b24/retrypolicy.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

class TestClientOptions : public QObject
{
    Q_OBJECT

private slots:
    // The JS SDK replaced the whole restriction config on a partial update; here one field
    // changes and the rest keep the plan's values.
    void overridesMergeWithPlan_data()
    {
        QTest::addColumn<ClientOptions::Plan>("plan");
        QTest::addColumn<int>("burst");
        QTest::addColumn<double>("drain");
        QTest::addColumn<int>("expectedBurst");
        QTest::addColumn<double>("expectedDrain");
        QTest::newRow("standard defaults") << ClientOptions::Plan::Standard << -1 << -1.0 << 50 << 2.0;
        QTest::newRow("standard burst only") << ClientOptions::Plan::Standard << 10 << -1.0 << 10 << 2.0;
        QTest::newRow("standard drain only") << ClientOptions::Plan::Standard << -1 << 3.0 << 50 << 3.0;
        QTest::newRow("enterprise defaults") << ClientOptions::Plan::Enterprise << -1 << -1.0 << 250 << 5.0;
        QTest::newRow("enterprise burst only")
            << ClientOptions::Plan::Enterprise << 100 << -1.0 << 100 << 5.0;
    }
    void overridesMergeWithPlan()
    {
        QFETCH(ClientOptions::Plan, plan);
        QFETCH(int, burst);
        QFETCH(double, drain);
        QFETCH(int, expectedBurst);
        QFETCH(double, expectedDrain);
        ClientOptions options;
        options.plan = plan;
        options.burst = burst;
        options.drainPerSecond = drain;
        options.maxAttempts = 2;
        const LimiterSettings limiter = options.limiterSettings();
        QCOMPARE(limiter.burst, expectedBurst);
        QCOMPARE(limiter.drainPerSecond, expectedDrain);
        QCOMPARE(limiter.operatingLimitSeconds, 480.0);
        QVERIFY(!limiter.unlimited);
        const RetrySettings retry = options.retrySettings();
        QCOMPARE(retry.maxAttempts, 2);
        QCOMPARE(retry.drainPerSecond, expectedDrain);
    }

    // Profiles and --plan spell the plan as text; the webhook check says "unknown" when unsure.
    void planFromName()
    {
        QCOMPARE(ClientOptions::planFromName(u"Enterprise"_s), ClientOptions::Plan::Enterprise);
        QCOMPARE(ClientOptions::planFromName(u"standard"_s), ClientOptions::Plan::Standard);
        QCOMPARE(ClientOptions::planFromName(u" unlimited "_s), ClientOptions::Plan::Unlimited);
        QVERIFY(!ClientOptions::planFromName(u"unknown"_s));
        QVERIFY(!ClientOptions::planFromName(QString()));
    }

    // Only what is stated overrides a limiter shared with other hooks.
    void statedLimits()
    {
        ClientOptions options;
        QVERIFY(!options.statesRateLimits());
        QVERIFY(!options.statesOperatingLimit());
        QCOMPARE(options.limiterSettings().burst, 50);
        options.plan = ClientOptions::Plan::Standard;
        QVERIFY(options.statesRateLimits());
        options = {};
        options.drainPerSecond = 3;
        QVERIFY(options.statesRateLimits());
        options = {};
        options.operatingLimitSeconds = 60;
        QVERIFY(options.statesOperatingLimit());
        QVERIFY(!options.statesRateLimits());
        QCOMPARE(options.limiterSettings().operatingLimitSeconds, 60.0);
    }

    void userAgentNamesTheProduct()
    {
        ClientOptions options;
        QVERIFY(options.effectiveUserAgent().startsWith(u"B24Explorer/"_s));
        options.userAgent = u"Custom/1"_s;
        QCOMPARE(options.effectiveUserAgent(), u"Custom/1"_s);
    }

    void loadCaFile()
    {
        QList<QSslCertificate> certificates;
        QString error;
        QVERIFY(!ClientOptions::loadCaFile(u"/nonexistent/ca.pem"_s, &certificates, &error));
        QVERIFY(!error.isEmpty());
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("hello");
        notPem.flush();
        error.clear();
        QVERIFY(!ClientOptions::loadCaFile(notPem.fileName(), &certificates, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(certificates.isEmpty());
    }

    void resolvedKeys_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("idKey");
        QTest::addColumn<QString>("resultKey");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<QString>("expectedCursor");
        QTest::addColumn<QString>("expectedResult");
        QTest::newRow("legacy") << u"crm.deal.list"_s << QString() << QString() << u"ID"_s << u"ID"_s
                                << QString();
        QTest::newRow("crm.item") << u"crm.item.list"_s << QString() << QString() << u"id"_s << u"id"_s
                                  << u"items"_s;
        QTest::newRow("tasks split") << u"tasks.task.list"_s << QString() << QString() << u"id"_s << u"ID"_s
                                     << u"tasks"_s;
        QTest::newRow("case-insensitive")
            << u"Tasks.Task.List"_s << QString() << QString() << u"id"_s << u"ID"_s << u"tasks"_s;
        QTest::newRow("caller idKey wins")
            << u"tasks.task.list"_s << u"ID"_s << u"x"_s << u"ID"_s << u"ID"_s << u"x"_s;
        QTest::newRow("unknown") << u"my.thing.list"_s << QString() << QString() << u"ID"_s << u"ID"_s
                                 << QString();
    }
    void resolvedKeys()
    {
        QFETCH(QString, method);
        QFETCH(QString, idKey);
        QFETCH(QString, resultKey);
        ListOptions options;
        options.idKey = idKey;
        options.resultKey = resultKey;
        const ListOptions resolved = options.resolved(method);
        QTEST(resolved.idKey, "expectedId");
        QTEST(resolved.cursorIdKey, "expectedCursor");
        QTEST(resolved.resultKey, "expectedResult");
    }

    void autoStrategy_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<ListOptions::Strategy>("expected");
        const auto batched = ListOptions::Strategy::BatchedKeyset;
        const auto offset = ListOptions::Strategy::Offset;
        QTest::newRow("no order") << u"crm.deal.list"_s << QJsonObject() << batched;
        QTest::newRow("ID ASC") << u"crm.deal.list"_s
                                << QJsonObject{{u"order"_s, QJsonObject{{u"ID"_s, u"asc"_s}}}} << batched;
        QTest::newRow("ID DESC") << u"crm.deal.list"_s
                                 << QJsonObject{{u"order"_s, QJsonObject{{u"ID"_s, u"DESC"_s}}}} << batched;
        QTest::newRow("other field") << u"crm.deal.list"_s
                                     << QJsonObject{{u"order"_s, QJsonObject{{u"TITLE"_s, u"ASC"_s}}}}
                                     << offset;
        QTest::newRow("empty order array")
            << u"crm.deal.list"_s << QJsonObject{{u"order"_s, QJsonArray()}} << batched;
        QTest::newRow("offset-only method") << u"user.get"_s << QJsonObject() << offset;
        QTest::newRow("tasks by ID") << u"tasks.task.list"_s
                                     << QJsonObject{{u"order"_s, QJsonObject{{u"ID"_s, u"ASC"_s}}}}
                                     << batched;
    }
    void autoStrategy()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(ListOptions::Strategy, expected);
        QCOMPARE(ListOptions().effectiveStrategy(method, params), expected);
        // A keyset asked for is kept, unless the order is one a keyset walk cannot give.
        ListOptions forced;
        forced.strategy = ListOptions::Strategy::Keyset;
        const bool otherOrder = qstrcmp(QTest::currentDataTag(), "other field") == 0;
        QCOMPARE(forced.effectiveStrategy(method, params),
                 otherOrder ? ListOptions::Strategy::Offset : ListOptions::Strategy::Keyset);
    }

    void strategyNamesRoundTrip()
    {
        for (auto s : {ListOptions::Strategy::Auto, ListOptions::Strategy::BatchedKeyset,
                       ListOptions::Strategy::Keyset, ListOptions::Strategy::Offset}) {
            ListOptions::Strategy back = ListOptions::Strategy::Auto;
            QVERIFY(ListOptions::strategyFromName(ListOptions::strategyName(s), &back));
            QCOMPARE(back, s);
        }
        QVERIFY(!ListOptions::strategyFromName(u"fastest"_s, nullptr));
    }
};

QTEST_MAIN(TestClientOptions)
#include "tst_clientoptions.moc"
