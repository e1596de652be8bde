// REST 3.0 list walks proved by difference: for generated parameters (filters with all eight
// operators and nested OR/NOT groups, orders by the ID and by other fields, select with and
// without the ID, relations, page limits, row limits), the walk of ListOptions::api = V3 yields
// exactly the rows that paging the same parameters by hand (pagination page 1, 2, …) yields, in
// their order; the tail walk yields what the list gives for the same cursor condition. Against the
// sandbox portal over real HTTPS sockets; a failure prints the seed and the parameters.
//
// B24_V3LIST_CASES sets the number of parameter sets (default 80), B24_V3LIST_SEED the first seed
// (default: the date's).

#include "tests/support/sandboxfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

struct Walk
{
    bool finished = false;
    QJsonArray rows;
    ApiError error;
    int requests = 0;
    QString reason;
};

Walk walk(B24Hook &hook, const QString &method, const OrderedJson &params, const ListOptions &options)
{
    Walk out;
    ListJob *job = hook.callListMethod(method, params, options);
    out.finished = runJob(job, [&out](ListJob *j) {
        out.rows = j->rows();
        out.error = j->error();
        out.requests = j->requestCount();
        out.reason = j->strategyReason();
    });
    if (!out.finished) {
        job->disconnect();
        job->cancel();
    }
    return out;
}

CallResult callV3(B24Hook &hook, const QString &method, const OrderedJson &params)
{
    CallResult result;
    result.error.kind = ApiError::Kind::Cancelled;
    runJob(hook.callMethod(method, params, ApiVersion::V3), [&](CallJob *job) { result = job->result(); });
    return result;
}

// The reference: the parameters as written, page 1, 2, … of `pageSize` rows (what the method
// really answers) until a page is short.
bool pageByHand(B24Hook &hook, const QString &method, const OrderedJson &params, int pageSize, qint64 limit,
                QJsonArray *rows, QString *error)
{
    for (qint64 page = 1;; ++page) {
        OrderedJson p = params;
        OrderedJson pagination = OrderedJson::object();
        pagination.insert(u"page"_s, page);
        pagination.insert(u"limit"_s, pageSize);
        p.insert(u"pagination"_s, pagination);
        const CallResult result = callV3(hook, method, p);
        if (!result.ok()) {
            *error = result.error.toString();
            return false;
        }
        const QJsonArray items = result.result.toObject().value("items"_L1).toArray();
        for (const QJsonValue &row : items) {
            if (limit >= 0 && rows->size() >= limit)
                return true;
            rows->append(row);
        }
        if (items.size() < pageSize)
            return true;
    }
}

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_random(quint32(seed ^ (seed >> 32)))
    {}

    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    // By value: callers pass temporary lists (a reference into one would dangle in a range-for).
    template<typename T>
    T any(const QList<T> &list)
    {
        return list.at(pick(int(list.size())));
    }

    OrderedJson value(const QString &field)
    {
        if (field == u"id")
            return qint64(1 + pick(620));
        if (field == u"userId")
            return qint64(1 + pick(20));
        if (field == u"timestampX")
            return u"2026-01-01T%1:%2:00+03:00"_s.arg(3 + pick(4), 2, 10, QLatin1Char('0'))
                .arg(pick(60), 2, 10, QLatin1Char('0'));
        if (field == u"severity")
            return any(QStringList{u"SECURITY"_s, u"ERROR"_s, u"WARNING"_s, u"INFO"_s, u"DEBUG"_s});
        if (field == u"auditTypeId")
            return any(
                QStringList{u"USER_AUTHORIZE"_s, u"USER_LOGIN"_s, u"TASK_ADD"_s, u"CRM_DEAL_UPDATE"_s});
        if (field == u"moduleId")
            return any(QStringList{u"main"_s, u"tasks"_s, u"crm"_s, u"rest"_s});
        return QString::number(1 + pick(300)); // itemId
    }

    OrderedJson condition(const QStringList &fields)
    {
        const QString field = any(fields);
        OrderedJson c = OrderedJson::array();
        c.append(field);
        const QString op = any(QStringList{u"="_s, u"!="_s, u">"_s, u">="_s, u"<"_s, u"<="_s, u"in"_s,
                                           u"between"_s, u"short"_s});
        if (op == u"in" || op == u"between") {
            OrderedJson values = OrderedJson::array();
            const int n = op == u"between" ? 2 : 1 + pick(4);
            for (int i = 0; i < n; ++i)
                values.append(value(field));
            c.append(op);
            c.append(values);
        } else if (op == u"short") { // [field, value]
            c.append(value(field));
        } else {
            c.append(op);
            c.append(value(field));
        }
        return c;
    }

    OrderedJson filter(const QStringList &fields, int depth = 0)
    {
        OrderedJson list = OrderedJson::array();
        const int n = pick(3);
        for (int i = 0; i < n; ++i) {
            if (depth < 2 && chance(30)) {
                OrderedJson group = OrderedJson::object();
                group.insert(u"logic"_s, chance(60) ? u"or"_s : u"and"_s);
                group.insert(u"conditions"_s, filter(fields, depth + 1));
                if (chance(30))
                    group.insert(u"negative"_s, true);
                list.append(group);
            } else {
                list.append(condition(fields));
            }
        }
        return list;
    }

private:
    QRandomGenerator m_random;
};

struct Case
{
    QString method;
    OrderedJson params;
    ListOptions options;
    int pageSize = 50; // what the method answers per page for these params
};

Case eventLogCase(Generator &g)
{
    Case c;
    c.method = u"main.eventlog.list"_s;
    c.params = OrderedJson::object();
    const QStringList filterable{u"id"_s,       u"timestampX"_s, u"severity"_s, u"auditTypeId"_s,
                                 u"moduleId"_s, u"itemId"_s,     u"userId"_s};
    if (g.chance(80))
        c.params.insert(u"filter"_s, g.filter(filterable));
    const int order = g.pick(6);
    OrderedJson o = OrderedJson::object();
    const QString dir = g.chance(50) ? u"ASC"_s : u"DESC"_s;
    if (order == 1)
        o.insert(u"id"_s, dir);
    else if (order == 2)
        o.insert(u"timestampX"_s, dir);
    else if (order == 3) {
        o.insert(u"severity"_s, dir);
        o.insert(u"id"_s, u"DESC"_s);
    } else if (order == 4) {
        o.insert(u"userId"_s, dir);
        o.insert(u"timestampX"_s, g.chance(50) ? u"ASC"_s : u"DESC"_s);
    } else if (order == 5) {
        o.insert(u"severity"_s, dir);
    }
    if (order > 0)
        c.params.insert(u"order"_s, o);
    const int select = g.pick(4);
    const QList<QStringList> selects{
        {}, {u"id"_s, u"severity"_s}, {u"severity"_s, u"timestampX"_s}, {u"user.name"_s, u"userId"_s}};
    if (select > 0) {
        OrderedJson s = OrderedJson::array();
        for (const QString &name : selects.at(select))
            s.append(name);
        c.params.insert(u"select"_s, s);
    }
    if (g.chance(60)) {
        c.pageSize = g.any(QList<int>{7, 50, 120});
        OrderedJson p = OrderedJson::object();
        p.insert(u"limit"_s, c.pageSize);
        c.params.insert(u"pagination"_s, p);
    } else {
        c.pageSize = 1000;
    }
    return c;
}

Case taskCase(Generator &g)
{
    Case c;
    c.method = u"tasks.task.list"_s;
    c.params = OrderedJson::object();
    if (g.chance(60))
        c.params.insert(u"filter"_s, g.filter({u"id"_s}));
    const QStringList sortable{u"id"_s,     u"title"_s,       u"priority"_s,
                               u"status"_s, u"createdDate"_s, u"deadline"_s};
    if (g.chance(70)) {
        OrderedJson o = OrderedJson::object();
        o.insert(g.any(sortable), g.chance(50) ? u"ASC"_s : u"DESC"_s);
        if (g.chance(30))
            o.insert(g.any(sortable), g.chance(50) ? u"ASC"_s : u"DESC"_s);
        c.params.insert(u"order"_s, o);
    }
    if (g.chance(70)) {
        OrderedJson s = OrderedJson::array();
        const QStringList names = g.any(
            QList<QStringList>{{u"title"_s, u"status"_s}, {u"id"_s, u"responsible.name"_s}, {u"deadline"_s}});
        for (const QString &name : names)
            s.append(name);
        c.params.insert(u"select"_s, s);
    }
    if (g.chance(40)) {
        OrderedJson p = OrderedJson::object();
        p.insert(u"limit"_s, g.any(QList<int>{10, 50, 500}));
        c.params.insert(u"pagination"_s, p);
        c.pageSize = std::min(50, int(p.value(u"limit").toInteger().value_or(50)));
    }
    return c;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestApiV3List : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<B24Hook> m_hook;

private slots:
    void initTestCase()
    {
        PortalOptions portal = unlimitedPortal();
        portal.data.insert(u"tasks"_s, 180);
        portal.data.insert(u"eventlog"_s, 600);
        m_sandbox = std::make_unique<SandboxServer>(portal);
        QVERIFY(m_sandbox->start());
        m_hook = B24Hook::fromWebhookUrl(m_sandbox->webhookUrl(), nullptr,
                                         trustingOptions(m_sandbox->certificate()));
        QVERIFY(m_hook);
    }

    // The reference is checked where the answer is known without it.
    void referenceOnKnownCases()
    {
        QJsonArray rows;
        QString error;
        OrderedJson params =
            OrderedJson::fromJson(R"({"filter":[["id","between",[11,130]]],"select":["id"]})");
        QVERIFY(pageByHand(*m_hook, u"tasks.task.list"_s, params, 50, -1, &rows, &error));
        QCOMPARE(rows.size(), 120);
        QCOMPARE(rows.first().toObject().value("id"_L1).toInteger(), 11);
        QCOMPARE(rows.last().toObject().value("id"_L1).toInteger(), 130);
        ListOptions options;
        options.api = ApiVersion::V3;
        const Walk w = walk(*m_hook, u"tasks.task.list"_s, params, options);
        QVERIFY2(w.error.code.isEmpty(), qPrintable(w.error.toString()));
        QCOMPARE(w.rows, rows);
        QVERIFY2(w.reason.startsWith(u"keyset"_s), qPrintable(w.reason));
        QCOMPARE(w.requests, 3); // 50 + 50 + 20 (the page cap of 50 found on the way)
    }

    void walkEqualsPagingByHand()
    {
        const int cases = envInt("B24_V3LIST_CASES", 80);
        const quint64 firstSeed = quint64(envInt("B24_V3LIST_SEED", int(QDate::currentDate().toJulianDay())));
        qInfo("B24_V3LIST_SEED=%llu B24_V3LIST_CASES=%d", firstSeed, cases);
        for (int i = 0; i < cases; ++i) {
            const quint64 seed = firstSeed + quint64(i);
            Generator g(seed);
            Case c = g.chance(65) ? eventLogCase(g) : taskCase(g);
            c.options.api = ApiVersion::V3;
            c.options.limit = g.chance(25) ? 1 + g.pick(300) : -1;
            if (g.chance(20))
                c.options.strategy = ListOptions::Strategy::Offset;
            const QString what =
                u"seed %1 (B24_V3LIST_SEED=%1 B24_V3LIST_CASES=1): %2 %3 limit %4"_s.arg(seed)
                    .arg(c.method, QString::fromUtf8(c.params.toJson()))
                    .arg(c.options.limit);
            QJsonArray expected;
            QString error;
            OrderedJson reference = c.params;
            reference.remove(u"pagination");
            const bool refOk =
                pageByHand(*m_hook, c.method, reference, c.pageSize, c.options.limit, &expected, &error);
            const Walk w = walk(*m_hook, c.method, c.params, c.options);
            QVERIFY2(w.finished, qPrintable(what));
            if (!refOk) { // the portal refuses the parameters: so must the walk
                QVERIFY2(!w.error.code.isEmpty(), qPrintable(what + u" — the reference failed: "_s + error));
                continue;
            }
            QVERIFY2(w.error.code.isEmpty(), qPrintable(what + u": "_s + w.error.toString()));
            if (w.rows != expected) {
                qsizetype at = 0;
                while (at < w.rows.size() && at < expected.size() && w.rows.at(at) == expected.at(at))
                    ++at;
                QFAIL(qPrintable(
                    what + u" — %1 rows walked (%2), %3 by hand; first difference at %4"_s.arg(w.rows.size())
                               .arg(w.reason)
                               .arg(expected.size())
                               .arg(at)));
            }
        }
    }

    // main.eventlog.tail from a cursor yields what the list gives for the same condition.
    void tailEqualsTheListAfterTheCursor()
    {
        const quint64 firstSeed = quint64(envInt("B24_V3LIST_SEED", int(QDate::currentDate().toJulianDay())));
        for (int i = 0; i < 12; ++i) {
            Generator g(firstSeed * 7 + quint64(i));
            const bool desc = g.chance(50);
            const qint64 from = desc ? 300 + g.pick(300) : g.pick(300);
            OrderedJson filter = g.filter({u"severity"_s, u"moduleId"_s, u"userId"_s});
            OrderedJson cursor = OrderedJson::object();
            cursor.insert(u"field"_s, u"id"_s);
            cursor.insert(u"value"_s, from);
            cursor.insert(u"order"_s, desc ? u"DESC"_s : u"ASC"_s);
            cursor.insert(u"limit"_s, 1 + g.pick(60));
            OrderedJson tail = OrderedJson::object();
            tail.insert(u"filter"_s, filter);
            tail.insert(u"cursor"_s, cursor);
            tail.insert(u"select"_s, OrderedJson::fromJson(R"(["severity","userId"])"));
            ListOptions options;
            options.api = ApiVersion::V3;
            const Walk w = walk(*m_hook, u"main.eventlog.tail"_s, tail, options);
            QVERIFY2(w.error.code.isEmpty(), qPrintable(w.error.toString()));

            OrderedJson list = OrderedJson::object();
            OrderedJson listFilter = filter;
            OrderedJson after = OrderedJson::array();
            after.append(u"id"_s);
            after.append(desc ? u"<"_s : u">"_s);
            after.append(from);
            listFilter.append(after);
            list.insert(u"filter"_s, listFilter);
            OrderedJson order = OrderedJson::object();
            order.insert(u"id"_s, desc ? u"DESC"_s : u"ASC"_s);
            list.insert(u"order"_s, order);
            list.insert(u"select"_s, OrderedJson::fromJson(R"(["severity","userId"])"));
            QJsonArray expected;
            QString error;
            QVERIFY2(pageByHand(*m_hook, u"main.eventlog.list"_s, list, 1000, -1, &expected, &error),
                     qPrintable(error));
            QVERIFY2(w.rows == expected,
                     qPrintable(u"tail %1: %2 rows, list %3"_s.arg(QString::fromUtf8(tail.toJson()))
                                    .arg(w.rows.size())
                                    .arg(expected.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiV3List)
#include "tst_apiv3list.moc"
