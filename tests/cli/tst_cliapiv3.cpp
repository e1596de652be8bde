// b24-cli speaking REST 3.0 (--api v3, or a /rest/api/ webhook URL) against a sandbox portal over
// real HTTPS: call, list, batch, validation errors, --verbose and --dry-run. The rows the CLI prints
// are compared with the portal's task table read directly, never with another answer of the CLI.

#include "tests/support/clirunner.h"

#include "core/sandbox/datastore.h"
#include "core/sandbox/entitytable.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/portaloptions.h"
#include "core/sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

constexpr int kTasks = 137; // three pages of tasks.task.list, whose pages hold 50 rows at most

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The task in {result: {item}}: the envelope `call` prints, or one item of `batch` output.
QJsonObject itemOf(const QJsonValue &answer)
{
    return answer.toObject().value("result"_L1).toObject().value("item"_L1).toObject();
}

} // namespace

class TestCliApiV3 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        PortalOptions portal;
        portal.seed = 11;
        portal.data.insert(u"tasks"_s, kTasks);
        portal.data.insert(u"deals"_s, 10);
        m_portal = std::make_unique<SandboxServer>(portal);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_ca = m_home.filePath(u"ca.pem"_s);
        QVERIFY(writeCaFile(m_ca, m_portal->certificatePem()));
        m_secret = m_portal->webhookUrl().section(u'/', 5, 5);
        QVERIFY(m_secret.size() > 6);
        m_v3Url = m_portal->webhookUrl().replace(u"/rest/"_s, u"/rest/api/"_s);
    }

    void callPrintsTheItem()
    {
        const CliRun run = cli(
            {u"--api"_s, u"v3"_s, u"call"_s, u"tasks.task.get"_s, uR"({"id":1,"select":["id","title"]})"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject item = itemOf(object(run.out));
        QCOMPARE(item.value("id"_L1).toInteger(), 1); // REST 3.0 numbers are numbers
        QCOMPARE(item.value("title"_L1).toString(), taskTitle(1));
        QCOMPARE(item.keys(), (QStringList{u"id"_s, u"title"_s}));
    }

    // tasks.task.list answers 50 rows a page whatever limit is asked: the walk must neither stop
    // early nor repeat a row, and CSV holds every task of the table once.
    void listGivesEveryRowOnce()
    {
        const CliRun run = cli({u"--api"_s, u"v3"_s, u"list"_s, u"tasks.task.list"_s,
                                uR"({"select":["id","title"]})"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = QString::fromUtf8(run.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.takeFirst(), u"id,title"_s);
        QMap<qint64, QString> printed;
        for (const QString &line : lines) {
            const qint64 id = line.section(u',', 0, 0).toLongLong();
            QVERIFY2(!printed.contains(id), qPrintable(u"row %1 printed twice"_s.arg(id)));
            printed.insert(id, line.section(u',', 1));
        }
        const EntityTable &table = m_portal->portal().data().table(u"tasks"_s);
        QCOMPARE(qint64(printed.size()), table.size());
        for (const qint64 id : table.ids())
            QCOMPARE(printed.value(id), taskTitle(id));
    }

    void verboseListNamesTheProtocolOfEveryRequest()
    {
        const CliRun run = cli({u"--verbose"_s, u"--api"_s, u"v3"_s, u"list"_s, u"tasks.task.list"_s,
                                uR"({"select":["id"]})"_s});
        QCOMPARE(run.exitCode, 0);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"strategy (v3): "_s), run.err.constData());
        const qsizetype requests = err.count(u"http: "_s);
        QCOMPARE(requests, qsizetype(kTasks / 50 + 1)); // three pages, the last one short
        QCOMPARE(err.count(u" tasks.task.list api=v3 status=200"_s), requests);
    }

    void dryRunListShowsTheRestApiRequest()
    {
        const qint64 before = m_portal->requestCount();
        const CliRun run = cli({u"--dry-run"_s, u"--api"_s, u"v3"_s, u"list"_s, u"tasks.task.list"_s,
                                uR"({"select":["id"]})"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject request = object(run.out.trimmed());
        QVERIFY2(request.value("url"_L1).toString().contains(u"/rest/api/"_s), run.out.constData());
        QVERIFY2(request.value("body"_L1).toObject().contains("order"_L1), run.out.constData());
        QCOMPARE(m_portal->requestCount(), before);
    }

    // The REST 3.0 form with an alias and a $ref, and the classic forms ([method, params] and
    // {label: [method, params]}) sent as REST 3.0 items.
    void batchRunsBothFormsWithReferences()
    {
        const qint64 last = m_portal->portal().data().table(u"tasks"_s).ids().back();
        const CliRun v3 = batch(
            R"([{"method":"tasks.task.list","query":{"select":["id"],"order":{"id":"DESC"},)"
            R"("pagination":{"limit":1}},"as":"last"},)"
            R"({"method":"tasks.task.get","query":{"id":{"$ref":"last.items.0.id"},"select":["id","title"]}}])");
        QCOMPARE(v3.exitCode, 0);
        const QJsonArray items = object(v3.out).value("items"_L1).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject got = itemOf(items.at(1));
        QCOMPARE(got.value("id"_L1).toInteger(), last);
        QCOMPARE(got.value("title"_L1).toString(), taskTitle(last));

        const CliRun classic = batch(R"([["tasks.task.get",{"id":2,"select":["id","title"]}],)"
                                     R"(["tasks.task.get",{"id":3,"select":["id"]}]])");
        QCOMPARE(classic.exitCode, 0);
        const QJsonArray rows = object(classic.out).value("items"_L1).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(itemOf(rows.at(0)).value("title"_L1).toString(), taskTitle(2));
        QCOMPARE(itemOf(rows.at(1)).value("id"_L1).toInteger(), 3);

        const CliRun named =
            batch(R"({"first":["tasks.task.get",{"id":4,"select":["id"]}],)"
                  R"("second":["tasks.task.get",{"id":{"$ref":"first.item.id"},"select":["title"]}]})");
        QCOMPARE(named.exitCode, 0);
        const QJsonArray pair = object(named.out).value("items"_L1).toArray();
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(0).toObject().value("key"_L1).toString(), u"first"_s);
        QCOMPARE(itemOf(pair.at(1)).value("title"_L1).toString(), taskTitle(4));
    }

    void validationErrorNamesEveryField()
    {
        const CliRun run = cli({u"--api"_s, u"v3"_s, u"call"_s, u"tasks.task.add"_s,
                                uR"({"fields":{"title":"  ","status":"bogus"}})"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"error: BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"_s),
                 run.err.constData());
        QVERIFY2(err.contains(u"\n  fields.title: Field `title` must not be empty"_s), run.err.constData());
        QVERIFY2(err.contains(u"\n  fields.status: Unknown status `bogus`"_s), run.err.constData());
        const CliRun missing = cli({u"--api"_s, u"v3"_s, u"call"_s, u"tasks.task.get"_s, u"{}"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("\n  id: Required field `id` is not specified"),
                 missing.err.constData());
    }

    void verboseWriteShowsItsIdempotencyKey()
    {
        const CliRun call = cli({u"--verbose"_s, u"--api"_s, u"v3"_s, u"call"_s, u"tasks.task.add"_s,
                                 uR"({"fields":{"title":"Written by the CLI test"}})"_s});
        QCOMPARE(call.exitCode, 0);
        const QRegularExpression key(u"Idempotency-Key: [0-9a-f-]{36} \\(not replayed\\)"_s);
        QVERIFY2(key.match(QString::fromUtf8(call.err)).hasMatch(), call.err.constData());
        const qint64 id = itemOf(object(call.out)).value("id"_L1).toInteger();
        QVERIFY(m_portal->portal().data().table(u"tasks"_s).contains(id));

        // A batch that writes is one write: its request carries a key too; a read-only one none.
        const CliRun writes = batch(R"([{"method":"tasks.task.update","query":{"id":)" +
                                        QByteArray::number(id) + R"(,"fields":{"title":"Renamed"}}}])",
                                    {u"--verbose"_s});
        QCOMPARE(writes.exitCode, 0);
        QVERIFY2(key.match(QString::fromUtf8(writes.err)).hasMatch(), writes.err.constData());
        QCOMPARE(m_portal->portal().data().table(u"tasks"_s).row(id).value(u"title"_s).toString(),
                 u"Renamed"_s);
        const CliRun reads = batch(R"([["tasks.task.get",{"id":1}]])", {u"--verbose"_s});
        QCOMPARE(reads.exitCode, 0);
        QVERIFY2(!reads.err.contains("Idempotency-Key"), reads.err.constData());
        QVERIFY2(reads.err.contains(" batch api=v3 status=200"), reads.err.constData());
    }

    // An answer lost on the way (the connection breaks inside the body) is asked for again with the
    // same key: the portal replays what it stored, --verbose says so, and the task exists once.
    void verboseSaysWhenTheAnswerWasReplayed()
    {
        QVERIFY(m_portal->faults().setSpec(u"truncate=0.5"_s));
        CliRun run;
        QString title;
        const auto replayed = [&run] {
            return run.exitCode == 0 && run.err.contains("replayed its stored answer");
        };
        for (int i = 0; i < 20 && !replayed(); ++i) {
            title = u"Replayed %1"_s.arg(i);
            run = cli(
                {u"--verbose"_s, u"--api"_s, u"v3"_s, u"call"_s, u"tasks.task.add"_s,
                 QString::fromUtf8(QJsonDocument(QJsonObject{{u"fields"_s, QJsonObject{{u"title"_s, title}}}})
                                       .toJson(QJsonDocument::Compact))});
        }
        QVERIFY(m_portal->faults().setSpec(QString()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(
                     u"Idempotency-Key: [0-9a-f-]{36} \\(the portal replayed its stored answer\\)"_s)
                     .match(QString::fromUtf8(run.err))
                     .hasMatch(),
                 run.err.constData());
        const EntityTable &table = m_portal->portal().data().table(u"tasks"_s);
        const auto written = std::count_if(table.ids().cbegin(), table.ids().cend(), [&](qint64 id) {
            return table.row(id).value(u"title"_s).toString() == title;
        });
        QCOMPARE(written, 1);
    }

    // A /rest/api/ address names REST 3.0; --api v2 calls the classic method with it.
    void restApiUrlChoosesTheProtocol()
    {
        const CliRun v3 =
            runCli(m_home.path(), {u"call"_s, u"tasks.task.get"_s, uR"({"id":5,"select":["id"]})"_s,
                                   u"--webhook"_s, m_v3Url, u"--cacert"_s, m_ca});
        QCOMPARE(v3.exitCode, 0);
        QCOMPARE(itemOf(object(v3.out)).value("id"_L1).toInteger(), 5);
        noSecret(v3);

        const CliRun v2 =
            runCli(m_home.path(), {u"--api"_s, u"v2"_s, u"call"_s, u"tasks.task.get"_s, u"taskId=5"_s,
                                   u"--webhook"_s, m_v3Url, u"--cacert"_s, m_ca});
        QCOMPARE(v2.exitCode, 0);
        const QJsonObject task = object(v2.out).value("result"_L1).toObject().value("task"_L1).toObject();
        QCOMPARE(task.value("id"_L1).toString(), u"5"_s); // the classic answer: numeric strings
        QCOMPARE(task.value("title"_L1).toString(), taskTitle(5));
        noSecret(v2);
    }

    // The portal's error text may echo what was sent, a secret included; the CLI masks it on
    // stdout and stderr alike, and the command's method it prints back too. The batch is refused
    // whole (REST 3.0 runs all or nothing), so the exit code is the portal's error.
    void batchErrorsAreRedacted()
    {
        const CliRun run = batch(R"([{"method":"tasks.task.get","query":{"id":1}},)"
                                 R"({"method":"no.such.)" +
                                 m_secret.toUtf8() + R"(","query":{}}])");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("METHODNOTFOUNDEXCEPTION"), run.err.constData());
        QVERIFY2(run.out.contains("METHODNOTFOUNDEXCEPTION"), run.out.constData());
    }

private:
    QString taskTitle(qint64 id)
    {
        return m_portal->portal().data().table(u"tasks"_s).row(id).value(u"title"_s).toString();
    }

    void noSecret(const CliRun &run)
    {
        QVERIFY2(!run.out.contains(m_secret.toUtf8()), run.out.constData());
        QVERIFY2(!run.err.contains(m_secret.toUtf8()), run.err.constData());
    }

    CliRun cli(QStringList args)
    {
        args << u"--webhook"_s << m_portal->webhookUrl() << u"--cacert"_s << m_ca;
        CliRun run = runCli(m_home.path(), args);
        noSecret(run);
        return run;
    }

    CliRun batch(const QByteArray &json, const QStringList &options = {})
    {
        const QString path = m_home.filePath(u"batch.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(json);
        file.close();
        return cli(options + QStringList{u"--api"_s, u"v3"_s, u"batch"_s, path});
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxServer> m_portal;
    QString m_ca;
    QString m_secret;
    QString m_v3Url;
};

QTEST_MAIN(TestCliApiV3)
#include "tst_cliapiv3.moc"
