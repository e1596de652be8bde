// List walks against portals that do not behave: a method that ignores the order or the ID
// cursor, limits refused inside a list batch, batches that run too long, cancel while waiting.
// A real sandbox Portal answers behind a ScriptedServer that can step in per request, and
// methods of its own registered in the portal's method table misbehave on purpose.

#include "core/sandbox/methodregistry.h"
#include "tests/b24/proxyportal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

// crm.deal.list as a method that drops what `strip` says from its parameters.
void addQuirkyList(Portal &portal, const QString &name, const std::function<void(PhpValue &)> &strip)
{
    const MethodInfo *deals = portal.methods().find(u"crm.deal.list"_s);
    const MethodHandler list = deals->handler;
    portal.methods().add(name, u"crm"_s, [list, strip](const CallContext &ctx) {
        CallContext changed = ctx;
        strip(changed.params);
        return list(changed);
    });
}

// crm.deal.list as "budget.deal.list", refused for the operating budget whenever `refuse` says.
void addRefusingList(Portal &portal, const std::function<bool(const CallContext &)> &refuse)
{
    const MethodHandler list = portal.methods().find(u"crm.deal.list"_s)->handler;
    portal.methods().add(u"budget.deal.list"_s, u"crm"_s, [list, refuse](const CallContext &ctx) {
        if (refuse(ctx))
            return MethodResult::failure(u"OPERATION_TIME_LIMIT"_s,
                                         u"Method is blocked due to operation time limit."_s, 429);
        return list(ctx);
    });
}

struct Walked
{
    QJsonArray rows;
    ApiError error;
    ListOptions::Strategy strategy = ListOptions::Strategy::Auto;
    QStringList notes;
    bool finished = false;
};

Walked walk(B24Hook &hook, const QString &method, const OrderedJson &params, ListOptions options = {})
{
    Walked out;
    out.finished = runJob(hook.callListMethod(method, params, options), [&out](ListJob *job) {
        out.rows = job->rows();
        out.error = job->error();
        out.strategy = job->strategyUsed();
        out.notes = job->notes();
    });
    return out;
}

QJsonArray byHand(B24Hook &hook, const QString &method, const OrderedJson &params)
{
    QJsonArray rows;
    for (qint64 start = 0;;) {
        OrderedJson page = params;
        page.insert(u"start"_s, start);
        const CallResult result = call(hook, method, page);
        if (!result.ok())
            return {};
        for (const QJsonValue &row : result.result.toArray())
            rows.append(row);
        if (!result.next)
            return rows;
        start = *result.next;
    }
}

QList<ListOptions::Strategy> keysetStrategies()
{
    return {ListOptions::Strategy::Auto, ListOptions::Strategy::BatchedKeyset, ListOptions::Strategy::Keyset};
}

} // namespace

class TestListGuards : public QObject
{
    Q_OBJECT

private slots:
    // The JS SDK looped forever when the portal ignored the ">ID" filter. Here the walk notices
    // on the second page and goes on by offset, which hands over nothing twice.
    void ignoredCursorEnds()
    {
        ScriptedServer server([](const HttpRequest &) {
            QJsonArray page;
            for (int id = 1; id <= 50; ++id)
                page.append(QJsonObject{{u"ID"_s, QString::number(id)}});
            return ScriptedServer::json(QJsonDocument(QJsonObject{{u"result"_s, page}}).toJson());
        });
        QVERIFY(server.ok());
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
        ListOptions options;
        options.strategy = ListOptions::Strategy::Keyset;
        const Walked run = walk(*hook, u"crm.deal.list"_s, OrderedJson::object(), options);
        QVERIFY(run.finished);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toString()));
        QCOMPARE(run.strategy, ListOptions::Strategy::Offset);
        QCOMPARE(server.requests().size(), 3); // two keyset pages, one offset page (no "next")
        QCOMPARE(run.rows.size(), 50);         // the first page was genuine; its repeat is not handed over
        QCOMPARE(run.rows.last().toObject().value("ID"_L1).toString(), u"50"_s);
    }

    // Auto picks the keyset for an unknown ".list" method; rows without a numeric ID send it
    // back to offset paging instead of failing.
    void autoFallsBackToOffset()
    {
        ScriptedServer server([](const HttpRequest &) {
            const QJsonArray rows{QJsonObject{{u"ID"_s, u"alpha"_s}}, QJsonObject{{u"ID"_s, u"beta"_s}}};
            return ScriptedServer::json(QJsonDocument(QJsonObject{{u"result"_s, rows}}).toJson());
        });
        QVERIFY(server.ok());
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
        const Walked run = walk(*hook, u"my.thing.list"_s, OrderedJson::object());
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toString()));
        QCOMPARE(run.strategy, ListOptions::Strategy::Offset);
        QCOMPARE(run.rows.size(), 2);
        QCOMPARE(server.requests().size(), 2); // the last-ID probe, then one offset page
        QCOMPARE(QJsonDocument::fromJson(server.requests().last().body).object().value("start"_L1).toInt(),
                 0);
    }

    // A method that ignores ">ID": each keyset walk notices on its second page and goes on by
    // offset, skipping the rows it handed over; the list is exactly the portal's.
    void ignoredCursorGoesOnByOffset()
    {
        ProxyPortal proxy;
        QVERIFY(proxy.ok());
        addQuirkyList(proxy.portal(), u"quirky.nocursor.list"_s, [](PhpValue &params) {
            if (const PhpValue *filter = params.findCaseInsensitive(u"filter"_s)) {
                PhpValue kept = PhpValue::array();
                for (const auto &e : filter->entries()) {
                    if (!e.key.endsWith(u"ID"_s) || e.key.endsWith(u"_ID"_s))
                        kept.insert(e.key, e.value);
                }
                params.insert(u"filter"_s, kept);
            }
        });
        auto hook = proxy.hook();
        const OrderedJson params = OrderedJson::fromJson(R"({"filter":{"CATEGORY_ID":0}})");
        const QJsonArray expected = byHand(*hook, u"crm.deal.list"_s, params);
        QVERIFY(expected.size() > 100);
        for (const ListOptions::Strategy strategy : keysetStrategies()) {
            ListOptions options;
            options.strategy = strategy;
            options.pagesPerBatch = 3;
            const Walked run = walk(*hook, u"quirky.nocursor.list"_s, params, options);
            QVERIFY2(run.finished && !run.error.isError(), qPrintable(run.error.toString()));
            QCOMPARE(run.strategy, ListOptions::Strategy::Offset);
            QCOMPARE(run.rows, expected);
            QVERIFY2(run.notes.join(u'\n').contains("ignores"_L1), qPrintable(run.notes.join(u'\n')));
        }
    }

    // A method that ignores "order": its rows come in its own order, which is what paging by hand
    // gives; the walk notices before handing a row over and pages by offset.
    void ignoredOrderGoesOnByOffset()
    {
        ProxyPortal proxy;
        QVERIFY(proxy.ok());
        addQuirkyList(proxy.portal(), u"quirky.noorder.list"_s,
                      [](PhpValue &params) { params.insert(u"order"_s, PhpValue::array()); });
        auto hook = proxy.hook();
        const OrderedJson params =
            OrderedJson::fromJson(R"({"order":{"ID":"DESC"},"filter":{"CATEGORY_ID":1}})");
        const QJsonArray expected = byHand(*hook, u"quirky.noorder.list"_s, params);
        QVERIFY(expected.size() > 50);
        for (const ListOptions::Strategy strategy : keysetStrategies()) {
            ListOptions options;
            options.strategy = strategy;
            const Walked run = walk(*hook, u"quirky.noorder.list"_s, params, options);
            QVERIFY2(run.finished && !run.error.isError(), qPrintable(run.error.toString()));
            QCOMPARE(run.strategy, ListOptions::Strategy::Offset);
            QCOMPARE(run.rows, expected);
        }
    }

    // A page refused for the operating budget inside a list batch: the pages before it stand and
    // the walk resumes from its cursor once the limiter allows.
    void limitInsideBatchResumes()
    {
        ProxyPortal proxy;
        QVERIFY(proxy.ok());
        int calls = 0;
        addRefusingList(proxy.portal(),
                        [&calls](const CallContext &ctx) { return ctx.inBatch && ++calls == 3; });
        auto hook = proxy.hook();
        const QJsonArray expected = byHand(*hook, u"crm.deal.list"_s, OrderedJson::object());
        ListOptions options;
        options.strategy = ListOptions::Strategy::BatchedKeyset;
        options.pagesPerBatch = 5;
        const Walked run = walk(*hook, u"budget.deal.list"_s, OrderedJson::object(), options);
        QVERIFY2(run.finished && !run.error.isError(), qPrintable(run.error.toString()));
        QCOMPARE(run.rows, expected);
        QVERIFY(calls > 3);
        QVERIFY2(run.notes.join(u'\n').contains("OPERATION_TIME_LIMIT"_L1),
                 qPrintable(run.notes.join(u'\n')));

        // With no time to wait, the same refusal ends the walk with the portal's error.
        calls = 0;
        options.maxWaitMs = 0;
        const Walked bounded = walk(*hook, u"budget.deal.list"_s, OrderedJson::object(), options);
        QVERIFY(bounded.finished);
        QCOMPARE(bounded.error.code, u"OPERATION_TIME_LIMIT"_s);
    }

    // A batch of many pages that runs past the gateway's limit is sent again with half the pages.
    void slowBatchIsHalved()
    {
        ProxyPortal proxy;
        QVERIFY(proxy.ok());
        proxy.override = [](const HttpRequest &request) -> std::optional<HttpResponse> {
            // More than 8 chained pages "take too long": the gateway answers 504 with a page.
            if (!request.path.endsWith("/batch") || request.body.count(QByteArrayView("cmd_")) <= 8)
                return std::nullopt;
            HttpResponse response;
            response.status = 504;
            response.headers = {{"content-type"_ba, "text/html"_ba}};
            response.body = "<html><body>504 Gateway Time-out</body></html>";
            return response;
        };
        auto hook = proxy.hook();
        const QJsonArray expected = byHand(*hook, u"crm.deal.list"_s, OrderedJson::object());
        ListOptions options;
        options.strategy = ListOptions::Strategy::BatchedKeyset;
        options.parallelParts = 1;
        const Walked run = walk(*hook, u"crm.deal.list"_s, OrderedJson::object(), options);
        QVERIFY2(run.finished && !run.error.isError(), qPrintable(run.error.toString()));
        QCOMPARE(run.rows, expected);
        QVERIFY2(run.notes.join(u'\n').contains("ran too long"_L1), qPrintable(run.notes.join(u'\n')));
    }

    // Cancel while the walk waits for a limit ends it at once, keeping the rows handed over.
    void cancelWhileWaiting()
    {
        ProxyPortal proxy;
        QVERIFY(proxy.ok());
        int calls = 0;
        addRefusingList(proxy.portal(), [&calls](const CallContext &) { return ++calls >= 3; });
        auto hook = proxy.hook();
        ListOptions options;
        options.strategy = ListOptions::Strategy::Keyset;
        ListJob *job = hook->callListMethod(u"budget.deal.list"_s, OrderedJson::object(), options);
        QObject::connect(job, &ListJob::waiting, job,
                         [job] { QTimer::singleShot(50, job, &ListJob::cancel); });
        qint64 rows = -1;
        bool cancelled = false;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runJob(job, [&](ListJob *j) {
            rows = j->rowCount();
            cancelled = j->wasCancelled();
        }));
        QVERIFY(cancelled);
        QCOMPARE(rows, 100); // the two pages before the limit
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestListGuards)
#include "tst_listguards.moc"
