// BatchJob: callBatch and callBatchByChunk against the in-process sandbox portal over real HTTPS.

#include "tests/b24/sandboxfixture.h"

#include "core/b24/portallimiter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

BatchResult runBatch(BatchJob *job, QList<int> *progress = nullptr)
{
    BatchResult result;
    result.error.code = u"TEST_JOB_DID_NOT_FINISH"_s;
    result.error.kind = ApiError::Kind::Cancelled;
    if (progress)
        QObject::connect(job, &BatchJob::progress, job,
                         [progress](int done, int) { progress->append(done); });
    runJob(job, [&](BatchJob *j) { result = j->result(); });
    return result;
}

BatchCommand command(const QString &method, const QJsonObject &params = {}, const QString &key = {})
{
    return BatchCommand{key, method, params};
}

} // namespace

class TestBatchJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<B24Hook> m_hook;

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(unlimitedPortal());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_hook = B24Hook::fromWebhookUrl(m_sandbox->webhookUrl(), nullptr,
                                         trustingOptions(m_sandbox->certificate()));
        QVERIFY(m_hook);
    }

    // The JS SDK dropped failed rows in its simple mode, shifting every later position.
    void positionsSurviveFailures_data()
    {
        QTest::addColumn<bool>("named");
        QTest::newRow("array") << false;
        QTest::newRow("named") << true;
    }
    void positionsSurviveFailures()
    {
        QFETCH(bool, named);
        const QList<BatchCommand> commands{
            command(u"user.current"_s, {}, named ? u"me"_s : QString()),
            command(u"no.such.method"_s, {}, named ? u"bad"_s : QString()),
            command(u"server.time"_s, {}, named ? u"time"_s : QString()),
        };
        const qint64 before = m_sandbox->requestCount();
        const BatchResult result = runBatch(m_hook->callBatch(commands, false));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QCOMPARE(m_sandbox->requestCount() - before, 1);
        QCOMPARE(result.items.size(), 3);
        QVERIFY(result.items.at(0).ok());
        QVERIFY(result.items.at(0).result.isObject());
        QVERIFY(result.items.at(1).error.isError());
        QVERIFY(result.items.at(2).ok());
        QVERIFY(result.items.at(2).result.isString());
        QCOMPARE(result.failedCount(), 1);
        QCOMPARE(result.items.at(1).key, named ? u"bad"_s : u"1"_s);
    }

    void haltStopsTheRest()
    {
        const QList<BatchCommand> commands{command(u"server.time"_s), command(u"no.such.method"_s),
                                           command(u"server.time"_s)};
        const BatchResult result = runBatch(m_hook->callBatch(commands, true));
        QVERIFY(result.items.at(0).ok());
        QVERIFY(result.items.at(1).error.isError());
        QVERIFY(!result.items.at(2).executed);
    }

    void moreThanFiftyIsRefusedBeforeSending()
    {
        QList<BatchCommand> commands;
        for (int i = 0; i < 51; ++i)
            commands.append(command(u"server.time"_s));
        const qint64 before = m_sandbox->requestCount();
        const BatchResult result = runBatch(m_hook->callBatch(commands, true));
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(result.error.code, u"BATCH_TOO_LARGE"_s);
        QCOMPARE(m_sandbox->requestCount(), before);
        QCOMPARE(result.items.size(), 51);
    }

    void cancelBeforeStartSendsNothing()
    {
        const qint64 before = m_sandbox->requestCount();
        BatchJob *job = m_hook->callBatch({command(u"server.time"_s)}, true);
        BatchResult result;
        bool finished = false;
        connect(job, &BatchJob::finished, this, [&] {
            result = job->result();
            finished = true;
        });
        job->cancel(); // finishes at once
        QVERIFY(finished);
        QTest::qWait(50); // the start that was queued must not send anything
        QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!result.items.at(0).executed);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    // next/total only where the portal sent them (the JS SDK reported isMore() on every command).
    void nextOnlyWhenSent()
    {
        const QList<BatchCommand> commands{command(u"crm.deal.list"_s, {{u"select"_s, QJsonArray{u"ID"_s}}}),
                                           command(u"server.time"_s)};
        const BatchResult result = runBatch(m_hook->callBatch(commands, true));
        QVERIFY(result.ok());
        QCOMPARE(result.items.at(0).next, std::optional<qint64>(50));
        QCOMPARE(result.items.at(0).total, std::optional<qint64>(200));
        QVERIFY(!result.items.at(1).next.has_value());
        QVERIFY(!result.items.at(1).total.has_value());
    }

    // The JS SDK keyed chunk errors by position inside the chunk (later ones overwrote earlier
    // ones) and sent later chunks after a halt.
    void byChunkKeepsGlobalPositions_data()
    {
        QTest::addColumn<bool>("halt");
        QTest::addColumn<int>("requests");
        QTest::newRow("no halt") << false << 3;
        QTest::newRow("halt") << true << 1;
    }
    void byChunkKeepsGlobalPositions()
    {
        QFETCH(bool, halt);
        QFETCH(int, requests);
        QList<BatchCommand> commands;
        for (int i = 0; i < 120; ++i)
            commands.append(command(i == 3 || i == 53 ? u"no.such.method"_s : u"server.time"_s));
        QList<int> progress;
        const qint64 before = m_sandbox->requestCount();
        const BatchResult result = runBatch(m_hook->callBatchByChunk(commands, halt), &progress);
        QVERIFY(!result.error.isError());
        QCOMPARE(m_sandbox->requestCount() - before, requests);
        QCOMPARE(result.requests, requests);
        QCOMPARE(result.items.size(), 120);
        QVERIFY(result.items.at(3).error.isError());
        if (halt) {
            QCOMPARE(result.failedCount(), 1);
            QVERIFY(!result.items.at(4).executed);
            QVERIFY(!result.items.at(60).executed);
            QCOMPARE(progress, QList<int>{50});
        } else {
            QCOMPARE(result.failedCount(), 2);
            QVERIFY(result.items.at(53).error.isError());
            QCOMPARE(result.items.at(53).key, u"53"_s); // not "3", which would clash with item 3
            QVERIFY(result.items.at(52).ok());
            QVERIFY(result.items.at(119).ok());
            QCOMPARE(progress, (QList<int>{50, 100, 120}));
        }
    }

    // A named batch waits for the operating budget of its commands like any other call
    // (the JS SDK only checked array batches).
    void namedBatchWaitsForOperatingBudget()
    {
        auto hook = B24Hook::fromWebhookUrl(m_sandbox->webhookUrl().replace(u"127.0.0.1"_s, u"localhost"_s),
                                            nullptr, trustingOptions(m_sandbox->certificate()));
        QVERIFY(hook);
        CallResult heavy;
        heavy.httpStatus = 200;
        ResponseTime time;
        time.operating = 479;
        time.operatingResetAt = QDateTime::currentSecsSinceEpoch() + 300;
        heavy.time = time;
        hook->limiter()->noteResponse(u"crm.deal.list"_s, heavy);
        QVERIFY(hook->limiter()->delayBeforeSendMs(u"crm.deal.list"_s) > 1000);
        const qint64 before = m_sandbox->requestCount();
        BatchJob *job = hook->callBatch({command(u"crm.deal.list"_s, {}, u"deals"_s)}, true);
        QTimer::singleShot(700, job, &BatchJob::cancel);
        const BatchResult result = runBatch(job);
        QCOMPARE(m_sandbox->requestCount(), before); // never sent
        QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(hook->limiter()->delayBeforeSendMs(u"server.time"_s) == 0); // other methods go on
    }
};

QTEST_MAIN(TestBatchJob)
#include "tst_batchjob.moc"
