// Names for codes (stages of every pipeline, pipelines, statuses, currencies, list values, users,
// companies, contacts, leads) in a streamed export, checked row by row against what the portal's
// own methods answer, over HTTPS against the in-process sandbox portal; a deleted user, a
// multi-value list field, a refused dictionary and a webhook without the user scope.
#include "core/b24/b24hook.h"
#include "core/labels/labelresolver.h"
#include "core/labels/labelstream.h"
#include "core/sandbox/datastore.h"
#include "core/sandbox/entitytable.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "tests/support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

struct Export
{
    QJsonArray rows;
    int pages = 0;
};

// The portal's own answer, read whole (every page).
QJsonArray all(B24Hook &hook, const QString &method, const QJsonObject &params = {})
{
    QJsonArray rows;
    runJob(hook.callListMethod(method, OrderedJson(params)), [&](ListJob *job) {
        if (job->error().isError())
            qFatal("%s failed: %s", qPrintable(method), qPrintable(job->error().toString()));
        rows = job->rows();
    });
    return rows;
}

QHash<QString, QString> byId(const QJsonArray &rows, const std::function<QString(const QJsonObject &)> &name)
{
    QHash<QString, QString> out;
    for (const QJsonValue &row : rows)
        out.insert(row.toObject().value("ID"_L1).toString(), name(row.toObject()));
    return out;
}

} // namespace

class TestLabelResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dealsAreNamedAsThePortalNamesThem();
    void namingCostsBatchesNotRows();
    void refusedDictionaryKeepsCodes();
    void webhookWithoutUserScopeKeepsIds();
    void refreshReadsNamesAgain();
    void chosenColumnsGetTheirLabelColumn();
    void idsAskedDuringALookupAreAskedOnce();

private:
    static std::unique_ptr<SandboxServer> startPortal(const PortalOptions &options);
    static std::unique_ptr<B24Hook> hookFor(SandboxServer &server);
    static void prepare(LabelResolver &resolver, const QString &method, const QJsonObject &params = {});
    static Export labelledExport(B24Hook &hook, LabelResolver &resolver, const QString &method,
                                 const QJsonObject &params);

    std::unique_ptr<SandboxServer> m_portal;
    std::unique_ptr<B24Hook> m_hook;
    QStringList m_colors; // item IDs of the multi-value list field UF_CRM_COLORS: Red, Green, Blue
    static constexpr qint64 kDeletedUser = 7;
};

std::unique_ptr<SandboxServer> TestLabelResolver::startPortal(const PortalOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

std::unique_ptr<B24Hook> TestLabelResolver::hookFor(SandboxServer &server)
{
    auto hook = B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
    if (!hook)
        qFatal("bad webhook url");
    return hook;
}

void TestLabelResolver::prepare(LabelResolver &resolver, const QString &method, const QJsonObject &params)
{
    QSignalSpy ready(&resolver, &LabelResolver::ready);
    resolver.prepare(method, OrderedJson(params));
    QVERIFY(ready.wait(20000));
}

Export TestLabelResolver::labelledExport(B24Hook &hook, LabelResolver &resolver, const QString &method,
                                         const QJsonObject &params)
{
    Export out;
    prepare(resolver, method, params);
    LabelStream stream(&resolver);
    QObject::connect(&stream, &LabelStream::pageReady, &stream, [&](const QJsonArray &page) {
        for (const QJsonValue &row : page)
            out.rows.append(row);
    });
    ListJob *job = hook.fetchListMethod(method, OrderedJson(params));
    QObject::connect(job, &ListJob::rowsReady, &stream, [&](const QJsonArray &page) {
        ++out.pages;
        stream.push(page);
    });
    QObject::connect(job, &ListJob::finished, &stream, [&stream, job] {
        if (job->error().isError())
            qFatal("list failed: %s", qPrintable(job->error().toString()));
        stream.finish();
    });
    QSignalSpy finished(&stream, &LabelStream::finished);
    if (!finished.wait(60000))
        qFatal("the labelled export did not finish");
    return out;
}

void TestLabelResolver::initTestCase()
{
    PortalOptions options = unlimitedPortal();
    options.data = {{u"deals"_s, 600},    {u"contacts"_s, 120}, {u"leads"_s, 80},
                    {u"companies"_s, 60}, {u"users"_s, 20},     {u"tasks"_s, 0}};
    m_portal = startPortal(options);
    m_hook = hookFor(*m_portal);

    // A multi-value list field with values on some deals, as an admin adds it.
    const CallResult added =
        call(*m_hook, u"crm.deal.userfield.add"_s, OrderedJson::fromJson(R"({"fields":{"FIELD_NAME":"COLORS",
        "USER_TYPE_ID":"enumeration","MULTIPLE":"Y","LIST_COLUMN_LABEL":"Colors",
        "LIST":[{"VALUE":"Red"},{"VALUE":"Green"},{"VALUE":"Blue"}]}})"));
    QVERIFY2(added.ok(), qPrintable(added.error.toString()));
    const CallResult fields = call(*m_hook, u"crm.deal.fields"_s);
    for (const QJsonValue &item :
         fields.result.toObject().value("UF_CRM_COLORS"_L1).toObject().value("items"_L1).toArray())
        m_colors.append(item.toObject().value("ID"_L1).toString());
    QCOMPARE(m_colors.size(), 3);
    for (int deal = 1; deal <= 30; ++deal) {
        OrderedJson params = OrderedJson::fromJson(R"({"fields":{}})");
        OrderedJson fieldsToSet = OrderedJson::object();
        OrderedJson values = OrderedJson::array();
        values.append(m_colors[deal % 3]);
        if (deal % 2 == 0)
            values.append(m_colors[(deal + 1) % 3]);
        fieldsToSet.insert(u"UF_CRM_COLORS"_s, values);
        params.insert(u"id"_s, deal);
        params.insert(u"fields"_s, fieldsToSet);
        QVERIFY(call(*m_hook, u"crm.deal.update"_s, params).ok());
    }
    // A user that deals still reference is gone from the portal.
    QVERIFY(m_portal->portal().data().table(u"users"_s).remove(kDeletedUser));
}

void TestLabelResolver::dealsAreNamedAsThePortalNamesThem()
{
    const QJsonObject params{{u"select"_s, QJsonArray{u"*"_s, u"UF_*"_s}}};
    // What the portal's own methods say, read independently of the resolver.
    QHash<QString, QString> stages; // "ENTITY_ID/STATUS_ID" -> name
    for (const QJsonValue &row : call(*m_hook, u"crm.status.list"_s).result.toArray())
        stages.insert(row["ENTITY_ID"_L1].toString() + u'/' + row["STATUS_ID"_L1].toString(),
                      row["NAME"_L1].toString());
    QHash<QString, QString> pipelines;
    const CallResult categories =
        call(*m_hook, u"crm.category.list"_s, OrderedJson::fromJson(R"({"entityTypeId":2})"));
    for (const QJsonValue &row : categories.result["categories"_L1].toArray())
        pipelines.insert(QString::number(row["id"_L1].toInt()), row["name"_L1].toString());
    QCOMPARE(pipelines.size(), 2);
    QHash<QString, QString> currencies;
    for (const QJsonValue &row : call(*m_hook, u"crm.currency.list"_s).result.toArray())
        currencies.insert(row["CURRENCY"_L1].toString(), row["FULL_NAME"_L1].toString());
    const auto person = [](const QJsonObject &row) -> QString {
        return QString(row["NAME"_L1].toString() + u' ' + row["LAST_NAME"_L1].toString()).trimmed();
    };
    const auto title = [](const QJsonObject &row) -> QString { return row["TITLE"_L1].toString(); };
    const QHash<QString, QString> users = byId(all(*m_hook, u"user.get"_s), person);
    const QHash<QString, QString> companies = byId(all(*m_hook, u"crm.company.list"_s), title);
    const QHash<QString, QString> contacts = byId(all(*m_hook, u"crm.contact.list"_s), person);
    const QHash<QString, QString> leads = byId(all(*m_hook, u"crm.lead.list"_s), title);
    QVERIFY(!users.contains(QString::number(kDeletedUser)));

    LabelResolver resolver(m_hook.get());
    const Export out = labelledExport(*m_hook, resolver, u"crm.deal.list"_s, params);
    QCOMPARE(out.rows.size(), 600);
    int otherPipeline = 0, deletedUser = 0, multiColors = 0, named = 0;
    for (qsizetype i = 0; i < out.rows.size(); ++i) {
        const QJsonObject row = out.rows[i].toObject();
        QCOMPARE(row["ID"_L1].toString(), QString::number(i + 1)); // order kept, every row once
        const QString category = row["CATEGORY_ID"_L1].toString();
        const QString stageBook = category == "0"_L1 ? u"DEAL_STAGE"_s : u"DEAL_STAGE_"_s + category;
        otherPipeline += category != "0"_L1;
        QCOMPARE(row["STAGE_ID.label"_L1].toString(),
                 stages.value(stageBook + u'/' + row["STAGE_ID"_L1].toString()));
        QCOMPARE(row["CATEGORY_ID.label"_L1].toString(), pipelines.value(category));
        QCOMPARE(row["TYPE_ID.label"_L1].toString(),
                 stages.value(u"DEAL_TYPE/"_s + row["TYPE_ID"_L1].toString()));
        QCOMPARE(row["SOURCE_ID.label"_L1].toString(),
                 stages.value(u"SOURCE/"_s + row["SOURCE_ID"_L1].toString()));
        QCOMPARE(row["CURRENCY_ID.label"_L1].toString(), currencies.value(row["CURRENCY_ID"_L1].toString()));
        const QString assigned = row["ASSIGNED_BY_ID"_L1].toString();
        if (assigned == QString::number(kDeletedUser)) {
            ++deletedUser;
            QCOMPARE(row["ASSIGNED_BY_ID.label"_L1].toString(), assigned); // keeps its ID
            const NameBook::Name name =
                resolver.names().name(*resolver.columns().source(u"ASSIGNED_BY_ID"_s), assigned);
            QVERIFY(!name.named);
            QVERIFY2(name.why.contains("not found"_L1), qPrintable(name.why));
        } else {
            QCOMPARE(row["ASSIGNED_BY_ID.label"_L1].toString(), users.value(assigned));
        }
        const auto checkRef = [&](const char *field, const QHash<QString, QString> &names) {
            const QString id = row[QLatin1String(field)].toString();
            const QJsonValue label = row[QLatin1String(field) + ".label"_L1];
            if (id.isEmpty() || id == "0"_L1) {
                QVERIFY(label.isNull());
                return;
            }
            QVERIFY2(names.contains(id), field);
            QCOMPARE(label.toString(), names.value(id));
            ++named;
        };
        checkRef("COMPANY_ID", companies);
        checkRef("CONTACT_ID", contacts);
        checkRef("LEAD_ID", leads);
        const QJsonArray colors = row["UF_CRM_COLORS"_L1].toArray();
        const QJsonArray colorNames = row["UF_CRM_COLORS.label"_L1].toArray();
        QCOMPARE(colorNames.size(), colors.size());
        static const QStringList kNames{u"Red"_s, u"Green"_s, u"Blue"_s};
        for (qsizetype c = 0; c < colors.size(); ++c)
            QCOMPARE(colorNames[c].toString(), kNames[m_colors.indexOf(colors[c].toString())]);
        multiColors += colors.size() > 1;
    }
    // The generated data holds every case the checks above are for.
    QVERIFY(otherPipeline > 50);
    QVERIFY(deletedUser > 0);
    QVERIFY(multiColors > 5);
    QVERIFY(named > 500);
}

void TestLabelResolver::namingCostsBatchesNotRows()
{
    LabelResolver resolver(m_hook.get());
    const Export out = labelledExport(*m_hook, resolver, u"crm.deal.list"_s, {});
    QCOMPARE(out.rows.size(), 600);
    // The field descriptions, one batch of dictionaries, then at most one lookup batch per page
    // that brought new IDs: ~260 distinct users, companies, contacts and leads in 600 rows.
    const qint64 lookups = resolver.requestCount() - 2;
    QVERIFY2(lookups >= 1 && lookups <= out.pages, qPrintable(QString::number(resolver.requestCount())));
    QVERIFY(resolver.requestCount() <= 2 + 12);
    QVERIFY(resolver.lookedUpCount() > 200);
    // A second export on the same resolver (the session's cache) looks nothing up again.
    const qint64 before = resolver.requestCount();
    labelledExport(*m_hook, resolver, u"crm.deal.list"_s, {});
    QCOMPARE(resolver.requestCount(), before);
}

void TestLabelResolver::refusedDictionaryKeepsCodes()
{
    PortalOptions options = unlimitedPortal();
    options.data = {{u"deals"_s, 60}, {u"users"_s, 5}};
    options.deniedMethods = {u"crm.status.list"_s};
    auto portal = startPortal(options);
    auto hook = hookFor(*portal);
    LabelResolver resolver(hook.get());
    const Export out = labelledExport(*hook, resolver, u"crm.deal.list"_s, {});
    QCOMPARE(out.rows.size(), 60);
    for (const QJsonValue &value : out.rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row["STAGE_ID.label"_L1].toString(), row["STAGE_ID"_L1].toString());
        QVERIFY(row["CATEGORY_ID.label"_L1].toString() != row["CATEGORY_ID"_L1].toString());
        QVERIFY(row["ASSIGNED_BY_ID.label"_L1].toString() != row["ASSIGNED_BY_ID"_L1].toString());
    }
    const NameBook::Name stage = resolver.names().name(*resolver.columns().source(u"STAGE_ID"_s), u"NEW"_s);
    QVERIFY(!stage.named);
    QVERIFY2(stage.why.contains("ACCESS_DENIED"_L1), qPrintable(stage.why));
    QVERIFY2(resolver.notes().join(u'\n').contains("crm.status.list"_L1),
             qPrintable(resolver.notes().join(u'\n')));
}

void TestLabelResolver::webhookWithoutUserScopeKeepsIds()
{
    PortalOptions options = unlimitedPortal();
    options.data = {{u"deals"_s, 60}, {u"users"_s, 5}};
    options.scopes = {u"crm"_s};
    auto portal = startPortal(options);
    auto hook = hookFor(*portal);
    LabelResolver resolver(hook.get());
    const Export out = labelledExport(*hook, resolver, u"crm.deal.list"_s, {});
    QCOMPARE(out.rows.size(), 60);
    for (const QJsonValue &value : out.rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row["ASSIGNED_BY_ID.label"_L1].toString(), row["ASSIGNED_BY_ID"_L1].toString());
        QVERIFY(row["STAGE_ID.label"_L1].toString() != row["STAGE_ID"_L1].toString());
    }
    const NameBook::Name user = resolver.names().name(*resolver.columns().source(u"ASSIGNED_BY_ID"_s),
                                                      out.rows[0]["ASSIGNED_BY_ID"_L1].toString());
    QVERIFY2(user.why.contains("insufficient_scope"_L1), qPrintable(user.why));
}

void TestLabelResolver::refreshReadsNamesAgain()
{
    PortalOptions options = unlimitedPortal();
    options.data = {{u"deals"_s, 10}, {u"users"_s, 5}};
    auto portal = startPortal(options);
    auto hook = hookFor(*portal);
    LabelResolver resolver(hook.get());
    prepare(resolver, u"crm.deal.list"_s);
    const LabelSource stage = *resolver.columns().source(u"STAGE_ID"_s);
    QVERIFY(resolver.names().name(stage, u"WON"_s).named);
    const QString before = resolver.names().name(stage, u"WON"_s).text;

    QString statusId;
    for (const QJsonValue &row : call(*hook, u"crm.status.list"_s).result.toArray())
        if (row["ENTITY_ID"_L1] == "DEAL_STAGE"_L1 && row["STATUS_ID"_L1] == "WON"_L1)
            statusId = row["ID"_L1].toString();
    OrderedJson params = OrderedJson::fromJson(R"({"fields":{"NAME":"Closed and paid"}})");
    params.insert(u"id"_s, statusId);
    QVERIFY(call(*hook, u"crm.status.update"_s, params).ok());

    prepare(resolver, u"crm.deal.list"_s); // cached for the session: still the old name
    QCOMPARE(resolver.names().name(stage, u"WON"_s).text, before);
    resolver.refresh();
    prepare(resolver, u"crm.deal.list"_s);
    QCOMPARE(resolver.names().name(stage, u"WON"_s).text, u"Closed and paid"_s);
}

void TestLabelResolver::chosenColumnsGetTheirLabelColumn()
{
    LabelResolver resolver(m_hook.get());
    prepare(resolver, u"crm.deal.list"_s);
    QCOMPARE(resolver.columns().withLabelColumns({u"ID"_s, u"TITLE"_s, u"STAGE_ID"_s, u"ASSIGNED_BY_ID"_s}),
             (QStringList{u"ID"_s, u"TITLE"_s, u"STAGE_ID"_s, u"STAGE_ID.label"_s, u"ASSIGNED_BY_ID"_s,
                          u"ASSIGNED_BY_ID.label"_s}));
    QCOMPARE(resolver.columns().title(u"ASSIGNED_BY_ID"_s), u"Responsible"_s);
    QCOMPARE(resolver.columns().title(u"ASSIGNED_BY_ID.label"_s), u"Responsible (name)"_s);
    QCOMPARE(resolver.columns().title(u"UF_CRM_COLORS"_s), u"Colors"_s);
}

QTEST_GUILESS_MAIN(TestLabelResolver)
#include "tst_labelresolver.moc"

void TestLabelResolver::idsAskedDuringALookupAreAskedOnce()
{
    LabelResolver resolver(m_hook.get());
    prepare(resolver, u"crm.deal.list"_s);
    const qint64 requests = resolver.requestCount();
    const auto users = [](std::initializer_list<const char *> ids) {
        LabelColumns::References refs;
        for (const char *id : ids)
            refs[LabelSource::Kind::User].insert(QString::fromLatin1(id));
        return refs;
    };
    QList<int> order;
    connect(&resolver, &LabelResolver::resolved, this, [&order](int ticket) { order.append(ticket); });
    // Three pages' references while the first lookup is on the wire: 1-3 go now; 2 and 3 wait for
    // it; 4 and 5 go together when it ends; a page of known or in-flight IDs asks nothing.
    const int first = resolver.resolve(users({"1", "2", "3"}));
    const int second = resolver.resolve(users({"2", "3", "4"}));
    const int third = resolver.resolve(users({"3", "5"}));
    const int fourth = resolver.resolve(users({"1"}));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 20000);
    QCOMPARE(resolver.lookedUpCount(), 5);
    QCOMPARE(resolver.requestCount() - requests, 2);
    // The ones the first lookup answers come first, in the order asked.
    QCOMPARE(order.mid(0, 2), (QList<int>{first, fourth}));
    QCOMPARE(QSet<int>(order.cbegin() + 2, order.cend()), (QSet<int>{second, third}));
    for (const char *id : {"1", "2", "3", "4", "5"})
        QVERIFY2(resolver.names().knows(u"user"_s, QString::fromLatin1(id)), id);
    // Everything known: a ticket that is answered at once, with no request.
    const int known = resolver.resolve(users({"2", "5"}));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 5000);
    QCOMPARE(order.last(), known);
    QCOMPARE(resolver.requestCount() - requests, 2);
}
