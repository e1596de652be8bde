#include "core/b24/curlcommand.h"
#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"
#include "core/profiles/historycurl.h"
#include "core/profiles/historystore.h"
#include "ui/history/historymodel.h"
#include "ui/history/historyview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(b24::ApiVersion)

using namespace Qt::Literals::StringLiterals;

class TestHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void listsAndSearchesCalls();
    void curlIsRedactedUnlessAsked();
    void reopenAndCurlKeepTheOrder();
    void curlOfRest3WriteCarriesFreshKey_data();
    void curlOfRest3WriteCarriesFreshKey();
    void curlForEntry_data();
    void curlForEntry();
    void shellQuote_data();
    void shellQuote();
};

namespace {
b24::HistoryEntry entry(const QString &method, const QString &status, qint64 rows)
{
    b24::HistoryEntry e;
    e.time = QDateTime::currentDateTime();
    e.method = method;
    e.params = QJsonObject{{u"filter"_s, QJsonObject{{u">ID"_s, 5}}}};
    e.status = status;
    e.httpStatus = status == u"ok"_s ? 200 : 401;
    e.durationMs = 12;
    e.rows = rows;
    return e;
}
} // namespace

void TestHistoryView::listsAndSearchesCalls()
{
    QTemporaryDir dir;
    b24::HistoryStore store(dir.filePath(u"history.jsonl"_s));
    QVERIFY(store.append(entry(u"crm.deal.list"_s, u"ok"_s, 50)));
    b24::HistoryView view(&store);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(store.append(entry(u"user.get"_s, u"INVALID_CREDENTIALS"_s, -1)));
    QCOMPARE(view.model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(view.model()->index(0, b24::HistoryModel::MethodColumn).data().toString(), u"user.get"_s);
    QCOMPARE(view.model()->index(1, b24::HistoryModel::RowsColumn).data().toLongLong(), 50);
    view.searchEdit()->setText(u"credentials"_s);
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, b24::HistoryModel::StatusColumn).data().toString(),
             u"INVALID_CREDENTIALS"_s);
}

void TestHistoryView::curlIsRedactedUnlessAsked()
{
    const QString secret = u"k3y5ecr3tvalue99"_s;
    const b24::WebhookUrl url =
        b24::WebhookUrl::parse(u"https://portal.example.com/rest/7/"_s + secret + u'/');
    QVERIFY(url.isValid());
    const QJsonObject params{{u"select"_s, QJsonArray{u"ID"_s}}};
    const QString masked = b24::CurlCommand::build(url, u"crm.deal.list"_s, params);
    QVERIFY(!masked.contains(secret));
    QVERIFY(masked.contains(u"portal.example.com/rest/7/"_s));
    QVERIFY(masked.contains(u"crm.deal.list"_s));
    QVERIFY(masked.contains(u"{\"select\":[\"ID\"]}"_s));
    const QString revealed = b24::CurlCommand::build(url, u"crm.deal.list"_s, params, true);
    QVERIFY(revealed.contains(secret));
}

void TestHistoryView::curlOfRest3WriteCarriesFreshKey_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<b24::ApiVersion>("api");
    QTest::addColumn<bool>("keyed");
    QTest::newRow("v3 write") << u"tasks.task.add"_s << QByteArray(R"({"fields":{"title":"x"}})")
                              << b24::ApiVersion::V3 << true;
    QTest::newRow("v3 read") << u"tasks.task.list"_s << QByteArray("{}") << b24::ApiVersion::V3 << false;
    QTest::newRow("v2 write") << u"crm.deal.add"_s << QByteArray(R"({"fields":{"TITLE":"x"}})")
                              << b24::ApiVersion::V2 << false;
    QTest::newRow("v3 batch with a write")
        << u"batch"_s
        << QByteArray(R"({"halt":false,"commands":[{"method":"tasks.task.get","params":{"id":1}},)"
                      R"({"method":"tasks.task.delete","params":{"id":2}}]})")
        << b24::ApiVersion::V3 << true;
    QTest::newRow("v3 batch of reads")
        << u"batch"_s
        << QByteArray(R"({"halt":false,"commands":[{"method":"tasks.task.get","params":{"id":1}}]})")
        << b24::ApiVersion::V3 << false;
}

// Running a copied REST 3.0 write again (its answer lost) must not change the portal twice.
void TestHistoryView::curlOfRest3WriteCarriesFreshKey()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, params);
    QFETCH(b24::ApiVersion, api);
    QFETCH(bool, keyed);
    const b24::WebhookUrl url =
        b24::WebhookUrl::parse(u"https://portal.example.com/rest/7/k3y5ecr3tvalue99/"_s);
    const b24::OrderedJson body = b24::OrderedJson::fromJson(params);
    const QString first = b24::CurlCommand::build(url, method, body, false, api);
    const QString second = b24::CurlCommand::build(url, method, body, false, api);
    const QRegularExpression header(u"-H 'Idempotency-Key: ([0-9a-f-]{36})' "_s);
    const QRegularExpressionMatch one = header.match(first);
    QCOMPARE(one.hasMatch(), keyed);
    QCOMPARE(first.contains(u"Idempotency-Key"_s), keyed);
    if (!keyed)
        return;
    const QRegularExpressionMatch two = header.match(second);
    QVERIFY(two.hasMatch());
    QVERIFY(one.captured(1) != two.captured(1)); // each copy its own key
    QVERIFY2(first.contains(u"/rest/api/7/"_s), qPrintable(first));
}

// The order of `order` keys is the sort priority: a call reopened or copied must keep it.
void TestHistoryView::reopenAndCurlKeepTheOrder()
{
    QTemporaryDir dir;
    const QByteArray params = R"({"order":{"STAGE_ID":"ASC","ID":"DESC"},"select":["ID"]})";
    b24::HistoryEntry e = entry(u"crm.deal.list"_s, u"ok"_s, 50);
    e.params = b24::OrderedJson::fromJson(params);
    e.profileId = u"open"_s;
    QVERIFY(b24::HistoryStore(dir.filePath(u"history.jsonl"_s)).append(e));
    // Read back by another store, as at the next start.
    b24::HistoryStore store(dir.filePath(u"history.jsonl"_s));
    b24::HistoryView view(&store);
    QCOMPARE(view.model()->index(0, b24::HistoryModel::ParamsColumn).data().toString(),
             QString::fromUtf8(params));
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    table->setCurrentIndex(view.model()->index(0, 0));
    QSignalSpy reopened(&view, &b24::HistoryView::reopenRequested);
    QSignalSpy curl(&view, &b24::HistoryView::curlRequested);
    for (QAction *action : table->actions()) {
        if (action->text() == u"Open as new request"_s || action->text() == u"Copy as curl"_s)
            action->trigger();
    }
    QCOMPARE(reopened.count(), 1);
    QCOMPARE(reopened.first().first().value<b24::HistoryEntry>().params.toJson(), params);
    QCOMPARE(curl.count(), 1);
    const b24::WebhookUrl open =
        b24::WebhookUrl::parse(u"https://open.example.com/rest/7/k3y5ecr3tvalue99/"_s);
    QString why;
    const QString command = b24::HistoryCurl::forEntry(curl.first().first().value<b24::HistoryEntry>(),
                                                       u"open"_s, &open, std::nullopt, false, &why);
    QVERIFY2(command.contains(u"--data '"_s + QString::fromUtf8(params) + u'\''), qPrintable(command));
}

void TestHistoryView::curlForEntry_data()
{
    QTest::addColumn<QString>("entryProfile"); // "open", "other", "gone" or "" (no profile recorded)
    QTest::addColumn<bool>("reveal");
    QTest::addColumn<QString>("expectHost"); // empty: no command, a reason instead
    QTest::addColumn<bool>("expectOpenSecret");
    QTest::newRow("open, masked") << u"open"_s << false << u"open.example.com/rest/7/"_s << false;
    QTest::newRow("open, revealed") << u"open"_s << true << u"open.example.com/rest/7/"_s << true;
    QTest::newRow("no profile id") << QString() << false << u"open.example.com/rest/7/"_s << false;
    QTest::newRow("other, masked") << u"other"_s << false << u"other.example.com:8443/rest/12/"_s << false;
    QTest::newRow("other, revealed") << u"other"_s << true << QString() << false;
    QTest::newRow("profile gone") << u"gone"_s << false << QString() << false;
}

void TestHistoryView::curlForEntry()
{
    QFETCH(QString, entryProfile);
    QFETCH(bool, reveal);
    QFETCH(QString, expectHost);
    QFETCH(bool, expectOpenSecret);
    const QString secret = u"k3y5ecr3tvalue99"_s;
    const b24::WebhookUrl open =
        b24::WebhookUrl::parse(u"https://open.example.com/rest/7/"_s + secret + u'/');
    QVERIFY(open.isValid());
    b24::Profile other;
    other.id = u"other"_s;
    other.label = u"Second portal"_s;
    other.portalOrigin = u"https://other.example.com:8443"_s;
    other.userId = 12;
    b24::HistoryEntry e = entry(u"crm.deal.list"_s, u"ok"_s, 50);
    e.profileId = entryProfile;
    const std::optional<b24::Profile> owner =
        entryProfile == u"other"_s ? std::optional<b24::Profile>(other) : std::nullopt;
    QString why;
    const QString command = b24::HistoryCurl::forEntry(e, u"open"_s, &open, owner, reveal, &why);
    if (expectHost.isEmpty()) {
        QVERIFY(command.isEmpty());
        QVERIFY(!why.isEmpty());
        QVERIFY(!why.contains(secret));
        return;
    }
    QVERIFY2(command.contains(expectHost), qPrintable(command));
    QVERIFY(command.contains(u"crm.deal.list"_s));
    QCOMPARE(command.contains(secret), expectOpenSecret);
    QVERIFY(!command.contains(u"0000000000000000"_s)); // the placeholder never shows
}

void TestHistoryView::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$result[x]"_s << u"'$result[x]'"_s;
}

void TestHistoryView::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(b24::CurlCommand::shellQuote(text), quoted);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
