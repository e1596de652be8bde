// What the status bar and the result say about an All pages run: the strategy and why, a
// percentage and the time left, the countdown of a wait for the portal's limits, and afterwards
// the walk's notes and whether the result is partial.
#include "tests/gui/windowfixture.h"
#include "ui/main/runpresenter.h"
#include "ui/main/runprogress.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestRunStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void strategyAndPercentage();
    void waitForLimitsCountsDown();
    void strategySwitchIsNoted();
    void countThatDiffersIsNoted();
    void failedListIsPartial();

private:
    void startList(const QString &method, const QByteArray &params = "{}");

    std::unique_ptr<b24::SandboxServer> m_server;
    std::unique_ptr<b24test::WindowFixture> m_fixture;
    std::unique_ptr<b24::MainWindow> m_window;
    const int m_deals = 3000;
};

void TestRunStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    b24::PortalOptions portal;
    portal.plan = b24::PortalOptions::Plan::Unlimited;
    portal.data.insert(u"deals"_s, m_deals);
    m_server = std::make_unique<b24::SandboxServer>(portal);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    b24::Portal &p = m_server->portal();
    // Refuses its second call for the operating budget, as a busy portal does.
    auto calls = std::make_shared<int>(0);
    b24test::addDealList(p, u"budget.deal.list"_s, [calls](const b24::CallContext &call, const auto &deals) {
        if (++*calls == 2)
            return b24::MethodResult::failure(u"OPERATION_TIME_LIMIT"_s,
                                              u"Method is blocked due to operation time limit."_s, 429);
        return deals(call);
    });
    // Ignores "order": a keyset walk by descending ID finds IDs rising.
    b24test::addDealList(p, u"noorder.deal.list"_s, [](const b24::CallContext &call, const auto &deals) {
        b24::CallContext plain = call;
        plain.params.remove(u"order"_s);
        return deals(plain);
    });
    // Counts two deals more than it lists, as when deals are removed during a walk.
    b24test::addDealList(p, u"shrinking.deal.list"_s, [](const b24::CallContext &call, const auto &deals) {
        b24::MethodResult result = deals(call);
        if (result.total)
            *result.total += 2;
        return result;
    });
    // Fails for good on its third call.
    auto failing = std::make_shared<int>(0);
    b24test::addDealList(
        p, u"failing.deal.list"_s, [failing](const b24::CallContext &call, const auto &deals) {
            if (++*failing == 3)
                return b24::MethodResult::failure(u"ACCESS_DENIED"_s, u"Access denied."_s, 403);
            return deals(call);
        });
}

void TestRunStatus::init()
{
    m_fixture = std::make_unique<b24test::WindowFixture>();
    m_window = b24test::openWindow(m_fixture->services(), *m_server);
    QVERIFY(m_window);
}

void TestRunStatus::cleanup()
{
    m_server->setLatencyMs(0);
    m_window.reset();
    m_fixture.reset();
}

void TestRunStatus::startList(const QString &method, const QByteArray &params)
{
    m_window->request()->setMethod(method);
    m_window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    m_window->request()->setParams(b24::OrderedJson::fromJson(params));
}

// The default strategy knows the total from its first request: the bar shows a percentage and
// the line the time left; the strategy says why it was chosen.
void TestRunStatus::strategyAndPercentage()
{
    m_server->setLatencyMs(250);
    startList(u"crm.deal.list"_s);
    b24::RunProgress *progress = m_window->runProgress();
    bool percentage = false;
    bool timeLeft = false;
    QString strategy;
    QString reason;
    connect(m_window->runs(), &b24::RunController::progress, this, [&](qint64 rows, qint64 total) {
        if (total != m_deals || rows >= total)
            return;
        percentage = percentage || (progress->bar()->maximum() == 1000 && progress->bar()->isTextVisible() &&
                                    progress->bar()->value() == rows * 1000 / total &&
                                    progress->bar()->text().endsWith(u'%'));
        timeLeft = timeLeft || progress->text().contains(u" left"_s);
        strategy = progress->strategyText();
        reason = progress->strategyToolTip();
    });
    const auto summary = b24test::runAndWait(*m_window);
    QVERIFY(summary && summary->ok);
    QVERIFY(percentage);
    QVERIFY(timeLeft);
    QCOMPARE(strategy, u"strategy: batched keyset"_s);
    QVERIFY2(reason.startsWith(u"batched keyset: "_s), qPrintable(reason));
    QCOMPARE(summary->total, qint64(m_deals));
    QCOMPARE(progress->strategyText(), u"strategy: batched keyset"_s); // still, beside the summary
    QVERIFY(!progress->text().startsWith(u"⚠"_s));
    QVERIFY(m_window->results()->notesLabel()->isHidden());
}

void TestRunStatus::waitForLimitsCountsDown()
{
    startList(u"budget.deal.list"_s);
    b24::RunProgress *progress = m_window->runProgress();
    QSignalSpy finished(m_window->runs(), &b24::RunController::finished);
    m_window->runCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(progress->isWaiting(), 20000);
    static const QRegularExpression resumes(
        u"^Waiting for the portal's limits: resumes in (\\d+) s \\(OPERATION_TIME_LIMIT\\)"_s);
    const QRegularExpressionMatch first = resumes.match(progress->text());
    QVERIFY2(first.hasMatch(), qPrintable(progress->text()));
    QCOMPARE(progress->bar()->maximum(), 0); // busy, not frozen
    // Beside a long limits gauge, at the window's first size, the countdown is still in view.
    QVERIFY2(progress->shownText().contains(QRegularExpression(u"resumes in \\d+ s"_s)),
             qPrintable(progress->shownText()));
    QVERIFY(first.captured(1).toInt() >= 3);
    QTest::qWait(3000);
    const QRegularExpressionMatch later = resumes.match(progress->text());
    QVERIFY2(later.hasMatch(), qPrintable(progress->text()));
    QVERIFY2(later.captured(1).toInt() <= first.captured(1).toInt() - 2, qPrintable(progress->text()));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<b24::RunController::Summary>();
    QVERIFY2(summary.ok, qPrintable(summary.status));
    QCOMPARE(summary.rows, qint64(m_deals));
    QVERIFY(!progress->isWaiting());
    QVERIFY(!progress->text().contains(u"Waiting"_s));
    QVERIFY2(m_window->results()->notesText().contains(u"Waited"_s),
             qPrintable(m_window->results()->notesText()));
}

void TestRunStatus::strategySwitchIsNoted()
{
    // The last 400 deals: offset paging asks page by page.
    startList(u"noorder.deal.list"_s, R"({"order":{"ID":"DESC"},"filter":{">ID":2600}})");
    const auto summary = b24test::runAndWait(*m_window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no summary");
    QCOMPARE(summary->rows, qint64(400));
    QCOMPARE(summary->strategy, b24::ListOptions::Strategy::Offset);
    b24::RunProgress *progress = m_window->runProgress();
    QCOMPARE(progress->strategyText(), u"strategy: offset"_s);
    QVERIFY2(progress->strategyToolTip().startsWith(u"offset: "_s), qPrintable(progress->strategyToolTip()));
    QVERIFY(progress->text().startsWith(u"⚠"_s));
    QVERIFY(progress->toolTipText().contains(u"Switched to offset paging"_s));
    QLabel *notes = m_window->results()->notesLabel();
    QVERIFY(notes->isVisible());
    QVERIFY2(notes->text().contains(u"Switched to offset paging: the portal answered IDs out of order"_s),
             qPrintable(notes->text()));
    QVERIFY(!notes->text().contains(u"Partial"_s));
}

void TestRunStatus::countThatDiffersIsNoted()
{
    startList(u"shrinking.deal.list"_s);
    const auto summary = b24test::runAndWait(*m_window);
    QVERIFY(summary && summary->ok);
    QCOMPARE(summary->rows, qint64(m_deals));
    const QString notes = m_window->results()->notesText();
    QVERIFY2(notes.contains(u"The portal counted %1 rows"_s.arg(m_deals + 2)), qPrintable(notes));
    QVERIFY2(notes.contains(u"%1 were read"_s.arg(m_deals)), qPrintable(notes));
    QVERIFY(m_window->runProgress()->text().startsWith(u"⚠"_s));
}

void TestRunStatus::failedListIsPartial()
{
    startList(u"failing.deal.list"_s);
    m_window->request()->setListStrategy(b24::RequestEditor::ListStrategy::Keyset);
    const auto summary = b24test::runAndWait(*m_window);
    QVERIFY(summary && !summary->ok);
    QVERIFY(summary->rows > 0);
    QVERIFY(summary->partial());
    QCOMPARE(qint64(m_window->results()->tableModel()->rowTotal()), summary->rows);
    const QString status = m_window->runProgress()->text();
    QVERIFY2(status.contains(u"ACCESS_DENIED"_s) && status.contains(u"partial result"_s), qPrintable(status));
    const QString notes = m_window->results()->notesText();
    // "%Ln row(s)": the plural comes from the English translation, not loaded here.
    QVERIFY2(notes.contains(u"Partial result: %1 row"_s.arg(summary->rows)) &&
                 notes.contains(u"were read before the list failed (ACCESS_DENIED)"_s),
             qPrintable(notes));
}

QTEST_MAIN(TestRunStatus)
#include "tst_runstatus.moc"
