#include "core/b24/clientoptions.h"
#include "core/b24/envelopeparser.h"
#include "core/b24/portallimiter.h"
#include "core/b24/requestbucket.h"
#include "core/b24/webhookurl.h"
#include "core/sandbox/leakybucket.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using b24::ClientOptions;
using b24::LimiterSettings;
using b24::ManualClock;
using b24::PortalLimiter;

namespace {

constexpr qint64 T0 = 1'778'747'000'000; // Unix ms, whole second

LimiterSettings withClock(LimiterSettings settings, const std::shared_ptr<ManualClock> &clock)
{
    settings.clock = clock;
    return settings;
}

// A success envelope whose time reports `operating` seconds and a reset `resetInS` from now.
b24::CallResult answer(double operating, qint64 resetAtS)
{
    const QByteArray body =
        "{\"result\":[],\"time\":{\"start\":1,\"finish\":2,\"duration\":1,\"processing\":1,"
        "\"date_start\":\"\",\"date_finish\":\"\",\"operating_reset_at\":" +
        QByteArray::number(resetAtS) + ",\"operating\":" + QByteArray::number(operating) + "}}";
    return b24::parseEnvelope(200, body, u"m"_s);
}

b24::CallResult portalError(int status, const char *code)
{
    return b24::parseEnvelope(status, "{\"error\":\"" + QByteArray(code) + "\",\"error_description\":\"x\"}",
                              u"m"_s);
}

std::shared_ptr<PortalLimiter> limiterOf(const QString &url, const ClientOptions &options = {})
{
    return PortalLimiter::forWebhook(b24::WebhookUrl::parse(url), options);
}

ClientOptions withPlan(ClientOptions::Plan plan)
{
    ClientOptions options;
    options.plan = plan;
    return options;
}

// Sends n requests, each as soon as the limiter allows; returns the send times relative to T0
// (-1 for a send the limiter still held back after its own delay).
QList<qint64> sendAll(PortalLimiter &limiter, ManualClock &clock, int n)
{
    QList<qint64> times;
    for (int i = 0; i < n; ++i) {
        clock.advanceMs(limiter.delayBeforeSendMs(u"crm.deal.list"_s));
        if (limiter.delayBeforeSendMs(u"crm.deal.list"_s) != 0)
            return times << -1;
        limiter.noteSent();
        times << clock.nowMs() - T0;
    }
    return times;
}

} // namespace

class TestPortalLimiter : public QObject
{
    Q_OBJECT
private slots:
    void bucket_data();
    void bucket();
    void drainsOverTime();
    void unlimitedNeverWaits();
    void portalCountsOnArrival_data();
    void portalCountsOnArrival();
    void headroomClampedToBurst();
    void rateLimitErrorFillsBucket();
    void operatingSlowdown_data();
    void operatingSlowdown();
    void operatingLimitPausesOnlyThatMethod();
    void pauseWithoutKnownReset();
    void callsOnTheWireCountInThePlan();
    void batchCommandsDecideBatchDelay();
    void staleStatsForgotten();
    void bucketPerPortalBudgetPerWebhook();
    void laterStatedPlanWins();
    void laterStatedOperatingLimitWins();
    void releasedLimiterStartsAfresh();
    void changedSignal();
};

void TestPortalLimiter::bucket_data()
{
    QTest::addColumn<int>("plan"); // 0 standard, 1 enterprise
    QTest::addColumn<int>("requests");
    QTest::addColumn<qint64>("lastSentAt");
    // burst - headroom (2) go at once, then one every 1/drain s (JS SDK: 50 at once, then 506, 1006 ... ms).
    QTest::newRow("standard 48") << 0 << 48 << 0LL;
    QTest::newRow("standard 49") << 0 << 49 << 500LL;
    QTest::newRow("standard 50") << 0 << 50 << 1000LL;
    QTest::newRow("standard 56") << 0 << 56 << 4000LL;
    QTest::newRow("enterprise 248") << 1 << 248 << 0LL;
    QTest::newRow("enterprise 260") << 1 << 260 << 2400LL;
}

void TestPortalLimiter::bucket()
{
    QFETCH(int, plan);
    QFETCH(int, requests);
    QFETCH(qint64, lastSentAt);
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(
        withClock(plan == 0 ? LimiterSettings::standard() : LimiterSettings::enterprise(), clock));
    QCOMPARE(limiter.burst(), plan == 0 ? 50 : 250);
    const QList<qint64> times = sendAll(limiter, *clock, requests);
    QCOMPARE(times.constLast(), lastSentAt);
    QVERIFY(limiter.bucketLevel() <= limiter.burst());
    QVERIFY(limiter.delayBeforeSendMs(u"x"_s) > 0 || requests < limiter.burst() - 2);
}

void TestPortalLimiter::drainsOverTime()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    sendAll(limiter, *clock, 48);
    QCOMPARE(limiter.bucketLevel(), 48.0);
    clock->advanceMs(10'000);
    QCOMPARE(limiter.bucketLevel(), 28.0);
    clock->advanceMs(60'000);
    QCOMPARE(limiter.bucketLevel(), 0.0);
    QCOMPARE(limiter.delayBeforeSendMs(u"x"_s), 0);
}

void TestPortalLimiter::unlimitedNeverWaits()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock(LimiterSettings::unlimitedPlan(), clock));
    QVERIFY(limiter.isUnlimited());
    const QList<qint64> times = sendAll(limiter, *clock, 1000);
    QCOMPARE(times.constLast(), 0);
}

void TestPortalLimiter::portalCountsOnArrival_data()
{
    QTest::addColumn<int>("headroom");
    QTest::addColumn<qint64>("handshakeMs"); // until the connections can carry requests
    QTest::addColumn<int>("expectedRejected");
    // Benchmark scenario 4: five connections open at once, their first requests wait for TLS.
    QTest::newRow("no headroom, no lag") << 0 << 0LL << 0;
    QTest::newRow("no headroom, 200 ms handshakes") << 0 << 200LL << 1; // the 503 of scenario 4
    QTest::newRow("default, 200 ms handshakes") << 2 << 200LL << 0;
    QTest::newRow("default, 900 ms handshakes") << 2 << 900LL << 0;
}

// The client sends 120 requests as fast as its limiter allows; the portal's bucket (the sandbox's)
// counts each one when it arrives.
void TestPortalLimiter::portalCountsOnArrival()
{
    QFETCH(int, headroom);
    QFETCH(qint64, handshakeMs);
    QFETCH(int, expectedRejected);
    auto clock = std::make_shared<ManualClock>(T0);
    LimiterSettings settings = withClock({}, clock);
    settings.headroom = headroom;
    PortalLimiter limiter(settings);
    const QList<qint64> sent = sendAll(limiter, *clock, 120);
    QCOMPARE(sent.size(), 120);
    QList<qint64> arrivals;
    for (const qint64 at : sent) // nothing arrives before the connections' handshakes are done
        arrivals << T0 + std::max(at, handshakeMs);
    std::sort(arrivals.begin(), arrivals.end());
    b24::LeakyBucket portal(settings.burst, settings.drainPerSecond);
    int rejected = 0;
    for (qint64 at : arrivals)
        rejected += portal.tryAcquire(at) ? 0 : 1;
    QCOMPARE(rejected, expectedRejected);
}

void TestPortalLimiter::headroomClampedToBurst()
{
    auto clock = std::make_shared<ManualClock>(T0);
    LimiterSettings settings = withClock({}, clock);
    settings.burst = 2;
    PortalLimiter limiter(settings); // headroom 2 of a burst of 2: one request still goes at once
    QCOMPARE(limiter.delayBeforeSendMs(u"x"_s), 0);
    limiter.noteSent();
    QCOMPARE(limiter.delayBeforeSendMs(u"x"_s), 500);
}

void TestPortalLimiter::rateLimitErrorFillsBucket()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    limiter.noteSent();
    limiter.noteResponse(u"crm.deal.list"_s, portalError(503, "QUERY_LIMIT_EXCEEDED"));
    QCOMPARE(limiter.bucketLevel(), 50.0);
    QCOMPARE(limiter.delayBeforeSendMs(u"user.get"_s), 1500); // back below burst - headroom
}

void TestPortalLimiter::operatingSlowdown_data()
{
    QTest::addColumn<double>("operating");
    QTest::addColumn<qint64>("resetInS");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("light") << 3.3 << 300LL << 0LL;
    QTest::newRow("at 80%") << 384.0 << 300LL << 0LL;
    // JS SDK observation: operating 400 s, reset 300 s away -> 3.0 s.
    QTest::newRow("heavy") << 400.0 << 300LL << 3000LL;
    QTest::newRow("heavy capped") << 420.0 << 590LL << 5900LL;
    QTest::newRow("heavy cap 7 s") << 420.0 << 900LL << 7000LL;
    QTest::newRow("near limit waits for reset") << 476.0 << 120LL << 121000LL;
    QTest::newRow("reset passed") << 476.0 << -1LL << 0LL;
}

void TestPortalLimiter::operatingSlowdown()
{
    QFETCH(double, operating);
    QFETCH(qint64, resetInS);
    QFETCH(qint64, delayMs);
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    limiter.noteResponse(u"crm.deal.list"_s, answer(operating, T0 / 1000 + resetInS));
    QCOMPARE(limiter.operatingSeconds(u"CRM.deal.LIST"_s), operating);
    QCOMPARE(limiter.operatingResetAt(u"crm.deal.list"_s), std::optional<qint64>(T0 / 1000 + resetInS));
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.deal.list"_s), delayMs);
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.contact.list"_s), 0);
}

void TestPortalLimiter::operatingLimitPausesOnlyThatMethod()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    limiter.noteResponse(u"crm.deal.list"_s, answer(100, T0 / 1000 + 200));
    limiter.noteResponse(u"crm.deal.list"_s, portalError(429, "OPERATION_TIME_LIMIT"));
    QCOMPARE(limiter.pausedUntilMs(u"crm.deal.list"_s), T0 + 201'000);
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.deal.list"_s), 201'000);
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.contact.list"_s), 0);
    clock->advanceMs(200'000);
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.deal.list"_s), 1000);
    clock->advanceMs(1000);
    QCOMPARE(limiter.pausedUntilMs(u"crm.deal.list"_s), 0);
    QCOMPARE(limiter.delayBeforeSendMs(u"crm.deal.list"_s), 0);
}

void TestPortalLimiter::callsOnTheWireCountInThePlan()
{
    auto clock = std::make_shared<ManualClock>(T0);
    LimiterSettings settings = withClock({}, clock);
    settings.operatingLimitSeconds = 60;
    PortalLimiter limiter(settings);
    // One call of 2 s, answered now: 58 s of the budget are left, 29 calls.
    const QByteArray start = QByteArray::number(T0 / 1000);
    const QByteArray body = "{\"result\":[],\"time\":{\"start\":" + start + ",\"finish\":" + start +
                            ".01,\"duration\":0.01,\"processing\":2,\"operating\":2}}";
    limiter.noteResponse(u"crm.deal.list"_s, b24::parseEnvelope(200, body, u"crm.deal.list"_s));
    QCOMPARE(limiter.planOperating(u"crm.deal.list"_s, 50).calls, 29);
    limiter.reserveOperating(u"crm.deal.list"_s, 20);
    QCOMPARE(limiter.planOperating(u"CRM.DEAL.LIST"_s, 50).calls, 9);
    QCOMPARE(limiter.planOperating(u"crm.contact.list"_s, 50).calls, 50); // a budget of its own
    limiter.reserveOperating(u"crm.deal.list"_s, 9);
    const PortalLimiter::OperatingPlan full = limiter.planOperating(u"crm.deal.list"_s, 5);
    QCOMPARE(full.calls, 0);
    QVERIFY(full.waitMs > 0); // until the minute of the 2 s and the calls on the wire leave
    limiter.releaseOperating(u"crm.deal.list"_s, 29);
    QCOMPARE(limiter.planOperating(u"crm.deal.list"_s, 50).calls, 29);
    limiter.releaseOperating(u"crm.deal.list"_s, 3); // more than reserved: nothing below zero
    QCOMPARE(limiter.planOperating(u"crm.deal.list"_s, 50).calls, 29);
}

void TestPortalLimiter::pauseWithoutKnownReset()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    limiter.noteResponse(u"tasks.task.list"_s, portalError(429, "OPERATION_TIME_LIMIT"));
    QCOMPARE(limiter.delayBeforeSendMs(u"tasks.task.list"_s), 10'000);
}

void TestPortalLimiter::batchCommandsDecideBatchDelay()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    // A batch outer time is not a method's budget...
    limiter.noteResponse(u"batch"_s, answer(470, T0 / 1000 + 100));
    QCOMPARE(limiter.operatingSeconds(u"batch"_s), 0.0);
    // ... its commands' result_time are.
    b24::BatchResult result;
    b24::BatchItem heavy;
    heavy.method = u"crm.deal.list"_s;
    heavy.executed = true;
    heavy.time = answer(400, T0 / 1000 + 300).time;
    b24::BatchItem blocked;
    blocked.method = u"crm.item.list"_s;
    blocked.executed = true;
    blocked.error = portalError(200, "OPERATION_TIME_LIMIT").error;
    result.items << heavy << blocked;
    limiter.noteBatchResult(result);
    QCOMPARE(limiter.delayBeforeSendMs(u"batch"_s, {u"user.get"_s, u"crm.deal.list"_s}), 3000);
    QCOMPARE(limiter.delayBeforeSendMs(u"batch"_s, {u"crm.item.list"_s}), 10'000);
    QCOMPARE(limiter.delayBeforeSendMs(u"batch"_s, {u"user.get"_s}), 0);
}

void TestPortalLimiter::staleStatsForgotten()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    limiter.noteResponse(u"crm.deal.list"_s, answer(400, T0 / 1000 + 900));
    QVERIFY(limiter.operatingSeconds(u"crm.deal.list"_s) > 0);
    clock->advanceMs(611'000);
    QCOMPARE(limiter.operatingSeconds(u"crm.deal.list"_s), 0.0);
}

// The portal counts requests per portal but the operating budget per webhook (protocol §4.1, §4.2).
void TestPortalLimiter::bucketPerPortalBudgetPerWebhook()
{
    auto a = limiterOf(u"https://shared.example/rest/1/secretAAAA/"_s);
    auto sameWebhook = limiterOf(u"https://SHARED.example/rest/1/secretAAAA"_s);
    auto otherSecret = limiterOf(u"https://shared.example/rest/1/secretBBBB/"_s);
    auto otherUser = limiterOf(u"https://shared.example/rest/2/secretAAAA/"_s);
    auto otherPortal = limiterOf(u"https://elsewhere.example/rest/1/secretAAAA/"_s);
    QCOMPARE(a.get(), sameWebhook.get());
    QVERIFY(a.get() != otherSecret.get());
    QVERIFY(a.get() != otherUser.get());
    QCOMPARE(a->bucket().get(), otherSecret->bucket().get());
    QCOMPARE(a->bucket().get(), otherUser->bucket().get());
    QVERIFY(a->bucket().get() != otherPortal->bucket().get());

    // One webhook's request fills the portal's bucket for every webhook of that portal...
    a->noteSent();
    a->noteSent();
    QVERIFY(otherSecret->bucketLevel() > 1.5);
    QVERIFY(otherPortal->bucketLevel() < 0.5);
    // ... but its operating budget is its own.
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    a->noteResponse(u"crm.deal.list"_s, answer(476, nowS + 120));
    QCOMPARE(sameWebhook->operatingSeconds(u"crm.deal.list"_s), 476.0);
    QVERIFY(sameWebhook->delayBeforeSendMs(u"crm.deal.list"_s) > 100'000);
    QCOMPARE(otherSecret->operatingSeconds(u"crm.deal.list"_s), 0.0);
    QVERIFY(otherSecret->delayBeforeSendMs(u"crm.deal.list"_s) < 1000);
    a->noteResponse(u"crm.deal.list"_s, portalError(429, "OPERATION_TIME_LIMIT"));
    QVERIFY(sameWebhook->pausedUntilMs(u"crm.deal.list"_s) > 0);
    QCOMPARE(otherUser->pausedUntilMs(u"crm.deal.list"_s), 0);
    // A rate-limit answer to one webhook is the portal's bucket being full, for all of them.
    otherUser->noteResponse(u"user.get"_s, portalError(503, "QUERY_LIMIT_EXCEEDED"));
    QVERIFY(a->bucketLevel() >= 49.0);
}

// A portal has one plan: the latest hook that states it sets the shared bucket; a hook that states
// nothing (a check before a profile is saved) joins without undoing it.
void TestPortalLimiter::laterStatedPlanWins()
{
    auto first = limiterOf(u"https://plan.example/rest/1/secretAAAA/"_s);
    QCOMPARE(first->burst(), 50);
    auto enterprise =
        limiterOf(u"https://plan.example/rest/2/secretBBBB/"_s, withPlan(ClientOptions::Plan::Enterprise));
    QCOMPARE(first->burst(), 250);
    QCOMPARE(first->drainPerSecond(), 5.0);
    auto unstated = limiterOf(u"https://plan.example/rest/3/secretCCCC/"_s);
    QCOMPARE(unstated->burst(), 250);
    QCOMPARE(enterprise->settings().burst, 250);
    first->noteSent();
    auto standard =
        limiterOf(u"https://plan.example/rest/1/secretAAAA/"_s, withPlan(ClientOptions::Plan::Standard));
    QCOMPARE(standard.get(), first.get());
    QCOMPARE(enterprise->burst(), 50);
    QCOMPARE(enterprise->drainPerSecond(), 2.0);
    QVERIFY(enterprise->bucketLevel() > 0.5); // the count survives the new settings
    ClientOptions burstOnly;
    burstOnly.burst = 80;
    limiterOf(u"https://plan.example/rest/4/secretDDDD/"_s, burstOnly);
    QCOMPARE(unstated->burst(), 80);
}

void TestPortalLimiter::laterStatedOperatingLimitWins()
{
    auto first = limiterOf(u"https://budget.example/rest/1/secretAAAA/"_s);
    QCOMPARE(first->settings().operatingLimitSeconds, 480.0);
    ClientOptions tight;
    tight.operatingLimitSeconds = 60;
    auto again = limiterOf(u"https://budget.example/rest/1/secretAAAA/"_s, tight);
    QCOMPARE(again.get(), first.get());
    QCOMPARE(first->settings().operatingLimitSeconds, 60.0);
    limiterOf(u"https://budget.example/rest/1/secretAAAA/"_s);
    QCOMPARE(first->settings().operatingLimitSeconds, 60.0);
    // Another webhook of the portal keeps its own.
    QCOMPARE(limiterOf(u"https://budget.example/rest/2/secretAAAA/"_s)->settings().operatingLimitSeconds,
             480.0);
}

void TestPortalLimiter::releasedLimiterStartsAfresh()
{
    auto a =
        limiterOf(u"https://fresh.example/rest/1/secretAAAA/"_s, withPlan(ClientOptions::Plan::Enterprise));
    a->noteResponse(u"crm.deal.list"_s, portalError(429, "OPERATION_TIME_LIMIT"));
    QVERIFY(a->pausedUntilMs(u"crm.deal.list"_s) > 0);
    a.reset();
    // Once nobody holds them, new ones are made with the new hook's settings.
    auto fresh = limiterOf(u"https://fresh.example/rest/1/secretAAAA/"_s);
    QCOMPARE(fresh->burst(), 50);
    QCOMPARE(fresh->pausedUntilMs(u"crm.deal.list"_s), 0);
}

void TestPortalLimiter::changedSignal()
{
    auto clock = std::make_shared<ManualClock>(T0);
    PortalLimiter limiter(withClock({}, clock));
    QSignalSpy spy(&limiter, &PortalLimiter::changed);
    limiter.noteSent();
    limiter.noteResponse(u"m"_s, answer(1, T0 / 1000 + 5));
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestPortalLimiter)
#include "tst_portallimiter.moc"
