// The list walk's one rule, proved by difference: for generated parameters, every strategy and
// every --parallel yields exactly the rows that paging the same parameters by hand (start=0,50,...)
// yields, in the same order; with a limit, the first N of them. Against the sandbox portal over
// real HTTPS sockets. A failure prints the seed and the parameters.
//
// B24_LIST_CASES sets the number of parameter sets (default 300; fewer under ASan, where the
// sandbox's filter scans are slow), B24_LIST_SEED the first seed (default: the date's).

#include "tests/b24/listparamsgenerator.h"
#include "tests/b24/sandboxfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kDefaultCases = 40;
#else
constexpr int kDefaultCases = 300;
#endif

struct Walk
{
    bool finished = false;
    QJsonArray rows;
    ApiError error;
    ListOptions::Strategy strategy = ListOptions::Strategy::Auto;
    QStringList notes;
};

Walk walk(B24Hook &hook, const OrderedJson &params, const ListOptions &options)
{
    Walk out;
    ListJob *job = hook.callListMethod(u"crm.deal.list"_s, params, options);
    out.finished = runJob(job, [&out](ListJob *j) {
        out.rows = j->rows();
        out.error = j->error();
        out.strategy = j->strategyUsed();
        out.notes = j->notes();
    });
    if (!out.finished) {
        job->disconnect();
        job->cancel();
    }
    return out;
}

// The reference: the parameters exactly as written, one page after the other by "start".
bool pageByHand(B24Hook &hook, const OrderedJson &params, qint64 limit, QJsonArray *rows, QString *error)
{
    qint64 start = 0;
    while (true) {
        OrderedJson page = params;
        page.insert(u"start"_s, start);
        const CallResult result = call(hook, u"crm.deal.list"_s, page);
        if (!result.ok()) {
            *error = result.error.toString();
            return false;
        }
        for (const QJsonValue &row : result.result.toArray()) {
            if (limit >= 0 && rows->size() >= limit)
                return true;
            rows->append(row);
        }
        if (!result.next)
            return true;
        start = *result.next;
    }
}

QString describe(const QJsonArray &rows, qsizetype at)
{
    return at < rows.size() ? QString::fromUtf8(OrderedJson(rows.at(at)).toJson().left(120)) : u"(none)"_s;
}

// Empty when equal; else where they part.
QString difference(const QJsonArray &expected, const QJsonArray &actual)
{
    if (expected == actual)
        return {};
    qsizetype at = 0;
    while (at < expected.size() && at < actual.size() && expected.at(at) == actual.at(at))
        ++at;
    return u"%1 rows expected, %2 read; first difference at row %3: expected %4, read %5"_s
        .arg(expected.size())
        .arg(actual.size())
        .arg(at)
        .arg(describe(expected, at), describe(actual, at));
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestListExactness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<B24Hook> m_hook;

    QJsonArray reference(const OrderedJson &params, qint64 limit = -1)
    {
        QJsonArray rows;
        QString error;
        if (!pageByHand(*m_hook, params, limit, &rows, &error))
            qWarning("reference failed: %s", qPrintable(error));
        return rows;
    }

private slots:
    void initTestCase()
    {
        PortalOptions portal = unlimitedPortal();
        portal.data.insert(u"deals"_s, 600);
        m_sandbox = std::make_unique<SandboxServer>(portal);
        QVERIFY(m_sandbox->start());
        m_hook = B24Hook::fromWebhookUrl(m_sandbox->webhookUrl(), nullptr,
                                         trustingOptions(m_sandbox->certificate()));
        QVERIFY(m_hook);
    }

    // The reference itself, on cases whose answer is known without it.
    void referenceOnKnownCases()
    {
        const OrderedJson won = OrderedJson::fromJson(R"({"FILTER":{"STAGE_ID":"WON"}})");
        const QJsonArray wonRows = reference(won);
        QVERIFY(!wonRows.isEmpty());
        QVERIFY(wonRows.size() < 600);
        for (const QJsonValue &row : wonRows)
            QCOMPARE(row.toObject().value("STAGE_ID"_L1).toString(), u"WON"_s);

        const QJsonArray newest = reference(OrderedJson::fromJson(R"({"ORDER":{"ID":"DESC"}})"), 120);
        QCOMPARE(newest.size(), 120);
        for (qsizetype i = 0; i < newest.size(); ++i)
            QCOMPARE(newest.at(i).toObject().value("ID"_L1).toString(), QString::number(600 - i));

        const OrderedJson either =
            OrderedJson::fromJson(R"({"filter":{"logic":"OR","STAGE_ID":"WON","CATEGORY_ID":1}})");
        const QJsonArray eitherRows = reference(either);
        for (const QJsonValue &row : eitherRows) {
            const QJsonObject deal = row.toObject();
            QVERIFY(deal.value("STAGE_ID"_L1).toString() == "WON"_L1 ||
                    deal.value("CATEGORY_ID"_L1).toString() == "1"_L1);
        }
        QVERIFY(eitherRows.size() > wonRows.size());
    }

    // The cases of the list engine's bug reports, each against every strategy.
    void writtenCases_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("legacy FILTER") << uR"({"FILTER":{"STAGE_ID":"WON"}})"_s << qint64(-1);
        QTest::newRow("top-level OR")
            << uR"({"filter":{"logic":"OR","STAGE_ID":"WON","CATEGORY_ID":1}})"_s << qint64(-1);
        QTest::newRow("ORDER ID DESC, limit") << uR"({"ORDER":{"ID":"DESC"}})"_s << qint64(120);
        QTest::newRow("two keys, limit") << uR"({"order":{"STAGE_ID":"ASC","ID":"DESC"}})"_s << qint64(120);
        QTest::newRow("empty list") << uR"({"filter":{"@ID":[],"OPENED":"Y"}})"_s << qint64(-1);
        QTest::newRow("boolean") << uR"({"filter":{"UF_CRM_DEAL_SIGNED":true,"CLOSED":"N"}})"_s << qint64(-1);
        QTest::newRow("own cursor, not a number")
            << uR"({"filter":{">ID":"abc","<=ID":300}})"_s << qint64(-1);
        QTest::newRow("select without ID") << uR"({"select":["TITLE"],"filter":{">ID":500}})"_s << qint64(-1);
    }
    void writtenCases()
    {
        QFETCH(QString, params);
        QFETCH(qint64, limit);
        QString parseError;
        const OrderedJson parsed = OrderedJson::fromJson(params.toUtf8(), &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        const QJsonArray expected = reference(parsed, limit);
        for (const auto strategy : {ListOptions::Strategy::Auto, ListOptions::Strategy::BatchedKeyset,
                                    ListOptions::Strategy::Keyset, ListOptions::Strategy::Offset}) {
            ListOptions options;
            options.strategy = strategy;
            options.limit = limit;
            const Walk run = walk(*m_hook, parsed, options);
            QVERIFY2(run.finished && !run.error.isError(), qPrintable(run.error.toString()));
            const QString diff = difference(expected, run.rows);
            QVERIFY2(diff.isEmpty(), qPrintable(ListOptions::strategyName(strategy) + u": "_s + diff));
        }
    }

    void generatedCases()
    {
        const int cases = envInt("B24_LIST_CASES", kDefaultCases);
        const quint32 firstSeed =
            quint32(envInt("B24_LIST_SEED", int(QDate::currentDate().toJulianDay() % 100000) * 1000));
        int walks = 0;
        for (int i = 0; i < cases; ++i) {
            const quint32 seed = firstSeed + quint32(i);
            ListParamsGenerator generator(seed);
            const ListParamsGenerator::Case generated = generator.next();
            const QString where =
                u"seed %1 (B24_LIST_SEED=%1 B24_LIST_CASES=1), params %2, limit %3"_s.arg(seed)
                    .arg(QString::fromUtf8(generated.params.toJson()))
                    .arg(generated.limit);
            const QJsonArray expected = reference(generated.params, generated.limit);
            std::mt19937 pickRandom(seed);
            // Every strategy; the batched ones with 1..4 batches on the wire and small batches, so
            // segments, chaining and handover are all exercised on 600 rows.
            for (int config = 0; config < 10; ++config) {
                ListOptions options;
                options.limit = generated.limit;
                options.strategy = config < 4   ? ListOptions::Strategy::Auto
                                   : config < 8 ? ListOptions::Strategy::BatchedKeyset
                                   : config < 9 ? ListOptions::Strategy::Keyset
                                                : ListOptions::Strategy::Offset;
                options.parallelParts = 1 + config % 4;
                options.pagesPerBatch = int(1 + pickRandom() % 4);
                const Walk run = walk(*m_hook, generated.params, options);
                ++walks;
                const QString label = u"%1, parallel %2, %3 pages per batch: "_s
                                          .arg(ListOptions::strategyName(options.strategy))
                                          .arg(options.parallelParts)
                                          .arg(options.pagesPerBatch);
                QVERIFY2(run.finished, qPrintable(label + u"did not finish; "_s + where));
                QVERIFY2(!run.error.isError(), qPrintable(label + run.error.toString() + u"; "_s + where));
                const QString diff = difference(expected, run.rows);
                QVERIFY2(diff.isEmpty(), qPrintable(label + diff + u"; "_s + where));
            }
        }
        qInfo("%d parameter sets, %d walks, each equal to paging by hand", cases, walks);
    }
};

QTEST_MAIN(TestListExactness)
#include "tst_listexactness.moc"
