#include "core/sandbox/faultinjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace b24;

class TestFaultInjector : public QObject
{
    Q_OBJECT
private slots:
    void parseSpec_data();
    void parseSpec();
    void sameSeedSameSequence();
    void frequenciesFollowTheSpec();
    void certainFault_data();
    void certainFault();
    void invalidSpecKeepsRules();
};

void TestFaultInjector::parseSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("kinds"); // names in order, comma-separated
    QTest::addColumn<double>("total");

    QTest::newRow("empty") << QString() << true << QString() << 0.0;
    QTest::newRow("full design example")
        << QStringLiteral("503=0.1,html502=0.05,reset=0.05,truncate=0.02,slow=0.01,nonjson=0.02") << true
        << QStringLiteral("503,html502,reset,truncate,slow,nonjson") << 0.25;
    QTest::newRow("spaces and case") << QStringLiteral(" HTML502 = 0.5 , reset=0.5 ") << true
                                     << QStringLiteral("html502,reset") << 1.0;
    QTest::newRow("zero probability") << QStringLiteral("slow=0") << true << QStringLiteral("slow") << 0.0;
    QTest::newRow("trailing comma") << QStringLiteral("reset=0.1,") << true << QStringLiteral("reset") << 0.1;
    QTest::newRow("unknown kind") << QStringLiteral("504=0.1") << false << QString() << 0.0;
    QTest::newRow("no probability") << QStringLiteral("reset") << false << QString() << 0.0;
    QTest::newRow("not a number") << QStringLiteral("reset=often") << false << QString() << 0.0;
    QTest::newRow("negative") << QStringLiteral("reset=-0.1") << false << QString() << 0.0;
    QTest::newRow("above one") << QStringLiteral("reset=1.5") << false << QString() << 0.0;
    QTest::newRow("sum above one") << QStringLiteral("reset=0.6,slow=0.6") << false << QString() << 0.0;
    QTest::newRow("duplicate") << QStringLiteral("reset=0.1,reset=0.2") << false << QString() << 0.0;
    QTest::newRow("nan") << QStringLiteral("reset=nan") << false << QString() << 0.0;
}

void TestFaultInjector::parseSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QString, kinds);
    QFETCH(double, total);
    QList<FaultInjector::Rule> rules;
    QString error;
    QCOMPARE(FaultInjector::parseSpec(spec, &rules, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QStringList names;
    double sum = 0;
    for (const auto &r : rules) {
        names << QString::fromLatin1(FaultInjector::name(r.kind));
        sum += r.probability;
    }
    QCOMPARE(names.join(QLatin1Char(',')), kinds);
    QVERIFY(qAbs(sum - total) < 1e-9);
}

void TestFaultInjector::sameSeedSameSequence()
{
    FaultInjector a(42), b(42), c(43);
    const QString spec = QStringLiteral("503=0.2,reset=0.2,slow=0.2");
    QVERIFY(a.setSpec(spec) && b.setSpec(spec) && c.setSpec(spec));
    QList<FaultInjector::Kind> sa, sb, sc;
    for (int i = 0; i < 200; ++i) {
        sa << a.decide();
        sb << b.decide();
        sc << c.decide();
    }
    QCOMPARE(sa, sb);
    QVERIFY(sa != sc);
}

void TestFaultInjector::frequenciesFollowTheSpec()
{
    FaultInjector f(7);
    QVERIFY(f.setSpec(QStringLiteral("503=0.3,nonjson=0.1")));
    int limit = 0, nonJson = 0, none = 0;
    constexpr int kDraws = 20000;
    for (int i = 0; i < kDraws; ++i) {
        switch (f.decide()) {
        case FaultInjector::Kind::QueryLimit503:
            ++limit;
            break;
        case FaultInjector::Kind::NonJson:
            ++nonJson;
            break;
        case FaultInjector::Kind::None:
            ++none;
            break;
        default:
            QFAIL("a kind that is not in the spec");
        }
    }
    QVERIFY2(qAbs(limit / double(kDraws) - 0.3) < 0.02, qPrintable(QString::number(limit)));
    QVERIFY2(qAbs(nonJson / double(kDraws) - 0.1) < 0.02, qPrintable(QString::number(nonJson)));
    QCOMPARE(limit + nonJson + none, kDraws);
}

void TestFaultInjector::certainFault_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyStart");
    QTest::addColumn<int>("delivery");
    QTest::addColumn<int>("delayMs");
    const QByteArray portalBody = R"({"result":1})";
    const int full = int(HttpReply::Delivery::Full);
    QTest::newRow("503") << QStringLiteral("503") << 503 << QByteArray(R"({"error":"QUERY_LIMIT_EXCEEDED")")
                         << full << 0;
    QTest::newRow("html502") << QStringLiteral("html502") << 502 << QByteArray("<html>") << full << 0;
    QTest::newRow("nonjson") << QStringLiteral("nonjson") << 200 << QByteArray("<br />") << full << 0;
    QTest::newRow("reset") << QStringLiteral("reset") << 200 << portalBody
                           << int(HttpReply::Delivery::ResetMidBody) << 0;
    QTest::newRow("truncate") << QStringLiteral("truncate") << 200 << portalBody
                              << int(HttpReply::Delivery::TruncateBody) << 0;
    QTest::newRow("slow") << QStringLiteral("slow") << 200 << portalBody << full << 1234;
}

void TestFaultInjector::certainFault()
{
    QFETCH(QString, kind);
    FaultInjector f;
    f.setSlowDelayMs(1234);
    QVERIFY(f.setSpec(kind + QStringLiteral("=1")));
    const FaultInjector::Kind decided = f.decide();
    QCOMPARE(QString::fromLatin1(FaultInjector::name(decided)), kind);
    HttpReply reply;
    reply.response.body = R"({"result":1})";
    reply.response.logMethod = "profile";
    f.apply(decided, &reply);
    QTEST(reply.response.status, "status");
    QFETCH(QByteArray, bodyStart);
    QVERIFY(reply.response.body.startsWith(bodyStart));
    QTEST(int(reply.delivery), "delivery");
    QTEST(reply.delayMs, "delayMs");
    QCOMPARE(reply.fault, kind.toLatin1());
    QCOMPARE(reply.response.logMethod.isEmpty(), FaultInjector::replacesResponse(decided));
    if (decided == FaultInjector::Kind::QueryLimit503)
        QVERIFY(QJsonDocument::fromJson(reply.response.body).isObject());
}

void TestFaultInjector::invalidSpecKeepsRules()
{
    FaultInjector f;
    QVERIFY(f.setSpec(QStringLiteral("reset=1")));
    QString error;
    QVERIFY(!f.setSpec(QStringLiteral("bogus=1"), &error));
    QVERIFY(error.contains(QStringLiteral("bogus")));
    QCOMPARE(f.decide(), FaultInjector::Kind::Reset);
    QVERIFY(f.setSpec(QString()));
    QVERIFY(!f.isEnabled());
    QCOMPARE(f.decide(), FaultInjector::Kind::None);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
