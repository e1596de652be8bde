#include "core/b24/envelopeparser.h"
#include "core/b24/retrypolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ApiError;
using Kind = b24::ApiError::Kind;

namespace {

b24::CallResult failure(Kind kind, int status, const QString &code)
{
    b24::CallResult r;
    r.httpStatus = status;
    r.error = ApiError::make(kind, code, u"d"_s, status);
    return r;
}

b24::RetrySettings exact()
{
    b24::RetrySettings s;
    s.jitter = 0;
    return s;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void isReadMethod_data();
    void isReadMethod();
    void batchOfReads();
    void table_data();
    void table();
    void backoffGrowsAndIsBounded();
    void jitterStaysInRange();
    void attemptsRunOut();
    void networkRetriesCanBeSwitchedOff();
    void markOutcomeUnknown();
};

void TestRetryPolicy::isReadMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("read");
    for (const char *m :
         {"crm.deal.list", "crm.deal.get", "crm.deal.fields", "task.elapseditem.getlist", "methods", "scope",
          "method.get", "profile", "user.current", "server.time", "app.info", "CRM.Deal.List",
          "catalog.product.getFields", "tasks.task.list", "user.get"})
        QTest::newRow(m) << QString::fromLatin1(m) << true;
    for (const char *m :
         {"crm.deal.add", "crm.deal.update", "crm.deal.delete", "tasks.task.add", "im.message.add",
          "crm.lead.listen", "batch", "", "disk.file.upload", "user.getter"})
        QTest::newRow(m) << QString::fromLatin1(m) << false;
}

void TestRetryPolicy::isReadMethod()
{
    QFETCH(QString, method);
    QFETCH(bool, read);
    QCOMPARE(b24::isReadMethod(method), read);
}

void TestRetryPolicy::batchOfReads()
{
    const QList<b24::BatchCommand> reads{{QString(), u"crm.deal.list"_s, {}},
                                         {u"u"_s, u"user.current"_s, {}}};
    QList<b24::BatchCommand> mixed = reads;
    mixed << b24::BatchCommand{QString(), u"crm.deal.update"_s, {}};
    QVERIFY(b24::isReadMethod(u"batch"_s, reads));
    QVERIFY(!b24::isReadMethod(u"batch"_s, mixed));
    QVERIFY(!b24::isReadMethod(u"batch"_s, {{QString(), u"batch"_s, {}}}));
    const auto lost = failure(Kind::Timeout, 0, u"REQUEST_TIMEOUT"_s);
    QVERIFY(b24::decideRetry(u"batch"_s, lost, 1, exact(), reads).retry);
    const b24::RetryDecision d = b24::decideRetry(u"batch"_s, lost, 1, exact(), mixed);
    QVERIFY(!d.retry);
    QVERIFY(d.outcomeUnknown);
}

void TestRetryPolicy::table_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("outcomeUnknown");

    const QString read = u"crm.deal.list"_s;
    const QString write = u"crm.deal.add"_s;
    // Limits: retried for reads and writes (the portal refused before running anything).
    QTest::newRow("503 read") << read << 503 << Kind::Portal << u"QUERY_LIMIT_EXCEEDED"_s << true << 1500LL
                              << false;
    QTest::newRow("503 write") << write << 503 << Kind::Portal << u"QUERY_LIMIT_EXCEEDED"_s << true << 1500LL
                               << false;
    QTest::newRow("code under 200") << write << 200 << Kind::Portal << u"QUERY_LIMIT_EXCEEDED"_s << true
                                    << 1500LL << false;
    QTest::newRow("503 html") << write << 503 << Kind::Http << u"ERR_BAD_RESPONSE"_s << true << 1500LL
                              << false;
    QTest::newRow("429") << write << 429 << Kind::Portal << u"OPERATION_TIME_LIMIT"_s << true << 10000LL
                         << false;
    QTest::newRow("429 html") << read << 429 << Kind::Http << u"ERR_BAD_REQUEST"_s << true << 10000LL
                              << false;
    QTest::newRow("overload 503") << read << 503 << Kind::Portal << u"OVERLOAD_LIMIT"_s << false << 0LL
                                  << false;
    // Lost answers: reads again, writes reported as unknown.
    QTest::newRow("timeout read") << read << 0 << Kind::Timeout << u"REQUEST_TIMEOUT"_s << true << 1000LL
                                  << false;
    QTest::newRow("timeout write") << write << 0 << Kind::Timeout << u"REQUEST_TIMEOUT"_s << false << 0LL
                                   << true;
    QTest::newRow("reset read") << read << 0 << Kind::Network << u"CONNECTION_RESET"_s << true << 1000LL
                                << false;
    QTest::newRow("reset write") << write << 0 << Kind::Network << u"CONNECTION_RESET"_s << false << 0LL
                                 << true;
    QTest::newRow("refused write") << write << 0 << Kind::Network << u"CONNECTION_REFUSED"_s << true << 1000LL
                                   << false;
    QTest::newRow("dns write") << write << 0 << Kind::Network << u"HOST_NOT_FOUND"_s << true << 1000LL
                               << false;
    QTest::newRow("html 502 read") << read << 502 << Kind::Http << u"ERR_BAD_RESPONSE"_s << true << 1000LL
                                   << false;
    QTest::newRow("html 502 write") << write << 502 << Kind::Http << u"ERR_BAD_RESPONSE"_s << false << 0LL
                                    << true;
    QTest::newRow("unknown 500 read") << read << 500 << Kind::Portal << u"WEIRD"_s << true << 1000LL << false;
    QTest::newRow("unknown 500 write") << write << 500 << Kind::Portal << u"WEIRD"_s << false << 0LL << true;
    QTest::newRow("200 not json write")
        << write << 200 << Kind::UnexpectedAnswer << u"ERROR_UNEXPECTED_ANSWER"_s << false << 0LL << true;
    QTest::newRow("200 not json read")
        << read << 200 << Kind::UnexpectedAnswer << u"ERROR_UNEXPECTED_ANSWER"_s << true << 1000LL << false;
    // Never.
    QTest::newRow("internal error") << read << 500 << Kind::Portal << u"INTERNAL_SERVER_ERROR"_s << false
                                    << 0LL << false;
    QTest::newRow("credentials") << read << 401 << Kind::Portal << u"INVALID_CREDENTIALS"_s << false << 0LL
                                 << false;
    QTest::newRow("scope") << read << 401 << Kind::Portal << u"insufficient_scope"_s << false << 0LL << false;
    QTest::newRow("argument") << write << 400 << Kind::Portal << u"ERROR_ARGUMENT"_s << false << 0LL << false;
    QTest::newRow("legacy empty code") << read << 400 << Kind::Portal << QString() << false << 0LL << false;
    QTest::newRow("not found") << read << 404 << Kind::Portal << u"ERROR_METHOD_NOT_FOUND"_s << false << 0LL
                               << false;
    QTest::newRow("html 403") << read << 403 << Kind::Http << u"ERR_BAD_REQUEST"_s << false << 0LL << false;
    QTest::newRow("tls") << read << 0 << Kind::Tls << u"TLS_ERROR"_s << false << 0LL << false;
    QTest::newRow("redirect") << read << 302 << Kind::Redirect << u"REDIRECT"_s << false << 0LL << false;
    QTest::newRow("cancelled") << read << 0 << Kind::Cancelled << u"CANCELLED"_s << false << 0LL << false;
    QTest::newRow("ok") << write << 200 << Kind::None << QString() << false << 0LL << false;
}

void TestRetryPolicy::table()
{
    QFETCH(QString, method);
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(bool, retry);
    QFETCH(qint64, delayMs);
    QFETCH(bool, outcomeUnknown);
    const b24::RetryDecision d = b24::decideRetry(method, failure(kind, status, code), 1, exact());
    QCOMPARE(d.retry, retry);
    QCOMPARE(d.delayMs, delayMs);
    QCOMPARE(d.outcomeUnknown, outcomeUnknown);
}

void TestRetryPolicy::backoffGrowsAndIsBounded()
{
    b24::RetrySettings s = exact();
    s.maxAttempts = 20;
    const auto limit = failure(Kind::Portal, 503, u"QUERY_LIMIT_EXCEEDED"_s);
    QCOMPARE(b24::decideRetry(u"crm.deal.add"_s, limit, 2, s).delayMs, 2250);
    QCOMPARE(b24::decideRetry(u"crm.deal.add"_s, limit, 3, s).delayMs, 3375);
    const auto lost = failure(Kind::Timeout, 0, u"REQUEST_TIMEOUT"_s);
    QCOMPARE(b24::decideRetry(u"user.get"_s, lost, 2, s).delayMs, 2000);
    QCOMPARE(b24::decideRetry(u"user.get"_s, lost, 3, s).delayMs, 4000);
    QCOMPARE(b24::decideRetry(u"user.get"_s, lost, 15, s).delayMs, s.maxDelayMs);
    QCOMPARE(b24::decideRetry(u"user.get"_s, limit, 15, s).delayMs, s.maxDelayMs);
}

void TestRetryPolicy::jitterStaysInRange()
{
    b24::RetrySettings s; // default jitter 10 %
    const auto lost = failure(Kind::Network, 0, u"CONNECTION_RESET"_s);
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const qint64 d = b24::decideRetry(u"crm.deal.get"_s, lost, 2, s).delayMs;
        QVERIFY2(d >= 1800 && d <= 2200, qPrintable(QString::number(d)));
        seen.insert(d);
    }
    QVERIFY(seen.size() > 1);
}

void TestRetryPolicy::attemptsRunOut()
{
    const auto limit = failure(Kind::Portal, 503, u"QUERY_LIMIT_EXCEEDED"_s);
    b24::RetrySettings s = exact();
    s.maxAttempts = 3;
    QVERIFY(b24::decideRetry(u"x.list"_s, limit, 2, s).retry);
    const b24::RetryDecision last = b24::decideRetry(u"x.list"_s, limit, 3, s);
    QVERIFY(!last.retry);
    QCOMPARE(last.delayMs, 0);
    // A lost write is still reported as unknown when no attempts are left.
    QVERIFY(b24::decideRetry(u"x.add"_s, failure(Kind::Timeout, 0, {}), 3, s).outcomeUnknown);
}

void TestRetryPolicy::networkRetriesCanBeSwitchedOff()
{
    b24::RetrySettings s = exact();
    s.retryNetworkErrors = false;
    QVERIFY(!b24::decideRetry(u"x.list"_s, failure(Kind::Timeout, 0, {}), 1, s).retry);
    QVERIFY(b24::decideRetry(u"x.list"_s, failure(Kind::Http, 502, u"ERR_BAD_RESPONSE"_s), 1, s).retry);
}

void TestRetryPolicy::markOutcomeUnknown()
{
    ApiError lost = ApiError::make(Kind::Timeout, u"REQUEST_TIMEOUT"_s, u"no answer in 65 s"_s);
    lost.method = u"crm.deal.add"_s;
    lost.requestId = u"r-1"_s;
    const ApiError e = b24::markOutcomeUnknown(lost);
    QCOMPARE(e.kind, Kind::OutcomeUnknown);
    QCOMPARE(e.method, u"crm.deal.add"_s);
    QCOMPARE(e.requestId, u"r-1"_s);
    QVERIFY(e.description.contains(u"REQUEST_TIMEOUT"_s));
    QVERIFY(e.toString().startsWith(u"OUTCOME_UNKNOWN: "_s));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
