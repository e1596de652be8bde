// The limits gauge: the request bucket, and for the current method its operating budget, whether
// the portal paused it, and when the oldest minute of it frees again, in the portal's clock.

#include "core/b24/envelopeparser.h"
#include "core/b24/portallimiter.h"
#include "ui/main/limitsgauge.h"

#include <QLabel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 T0 = 1'800'000'000'000; // Unix ms

// An answer whose time says the method has used `operating` seconds, the oldest minute leaving
// the window at `resetAtS`, the call starting at `startS` on the portal's clock.
b24::CallResult answer(double startS, double operating, qint64 resetAtS)
{
    const QByteArray body = "{\"result\":[],\"time\":{\"start\":" + QByteArray::number(startS, 'f', 3) +
                            ",\"finish\":" + QByteArray::number(startS + 1, 'f', 3) +
                            ",\"duration\":1,\"processing\":1,\"date_start\":\"\",\"date_finish\":\"\","
                            "\"operating_reset_at\":" +
                            QByteArray::number(resetAtS) + ",\"operating\":" + QByteArray::number(operating) +
                            "}}";
    return b24::parseEnvelope(200, body, u"crm.deal.list"_s);
}

QString shown(const b24::LimitsGauge &gauge)
{
    QStringList texts;
    for (const QLabel *label : gauge.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u" | "_s);
}

} // namespace

class TestLimitsGauge : public QObject
{
    Q_OBJECT

private slots:
    void showsBudgetAndWhenItFrees()
    {
        auto clock = std::make_shared<b24::ManualClock>(T0);
        b24::LimiterSettings settings;
        settings.clock = clock;
        settings.operatingLimitSeconds = 60;
        auto limiter = std::make_shared<b24::PortalLimiter>(settings);
        b24::LimitsGauge gauge;
        gauge.setLimiter(limiter);
        gauge.setMethod(u"crm.deal.list"_s);
        QVERIFY(shown(gauge).contains(u"Requests: 0 / 50"_s));
        QVERIFY(!shown(gauge).contains(u"frees"_s));

        // The portal's clock agrees with ours; its oldest minute leaves in 42 s.
        limiter->noteResponse(u"crm.deal.list"_s, answer(T0 / 1000.0 - 1, 58, T0 / 1000 + 42));
        gauge.refresh();
        QVERIFY2(shown(gauge).contains(u"crm.deal.list: 58.0 s of 60 s operating"_s),
                 qPrintable(shown(gauge)));
        QVERIFY2(shown(gauge).contains(u"(frees in 42 s)"_s), qPrintable(shown(gauge)));
        clock->advanceMs(40'000);
        gauge.refresh();
        QVERIFY2(shown(gauge).contains(u"(frees in 2 s)"_s), qPrintable(shown(gauge)));

        limiter->noteResponse(
            u"crm.deal.list"_s,
            b24::parseEnvelope(429, "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"x\"}",
                               u"crm.deal.list"_s));
        gauge.refresh();
        QVERIFY2(shown(gauge).contains(u"(paused by the portal)"_s), qPrintable(shown(gauge)));
        // Another method's budget is its own.
        gauge.setMethod(u"crm.contact.list"_s);
        QVERIFY2(shown(gauge).contains(u"crm.contact.list: 0.0 s of 60 s operating"_s),
                 qPrintable(shown(gauge)));
        QVERIFY(!shown(gauge).contains(u"frees"_s));
    }
};

QTEST_MAIN(TestLimitsGauge)
#include "tst_limitsgauge.moc"
