#include "core/b24/batchresult.h"
#include "core/b24/envelopeparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::BatchCommand;
using Kind = b24::ApiError::Kind;

namespace {

// A result_* map as key -> value, whether PHP sent it as an array or an object.
QMap<QString, QJsonValue> asMap(const QJsonValue &value)
{
    QMap<QString, QJsonValue> map;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            map.insert(QString::number(i), array.at(i));
    } else {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), it.value());
    }
    return map;
}

b24::CallResult outerOk(const char *resultMaps)
{
    const QByteArray body = "{\"result\":" + QByteArray(resultMaps) + ",\"time\":{\"start\":1}}";
    return b24::parseEnvelope(200, body, u"batch"_s);
}

QList<BatchCommand> positional(int n)
{
    QList<BatchCommand> commands;
    for (int i = 0; i < n; ++i)
        commands << BatchCommand{QString(), u"crm.deal.get"_s, {{u"id"_s, i}}};
    return commands;
}

} // namespace

class TestBatchResult : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void haltLeavesLaterCommandsUnexecuted();
    void unansweredWithoutFailureIsAnError();
    void arraysKeepPositions();
    void stringErrorsAndEmptyCodes();
    void outerFailure();
    void notAnObject();
};

void TestBatchResult::fixtures_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names =
        QDir(QStringLiteral(B24_FIXTURES_DIR)).entryList({u"batch.*response.json"_s}, QDir::Files);
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestBatchResult::fixtures()
{
    QFETCH(QString, name);
    QFile file(QStringLiteral(B24_FIXTURES_DIR) + u'/' + name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const QJsonObject maps = QJsonDocument::fromJson(body).object().value(u"result"_s).toObject();
    const auto results = asMap(maps.value(u"result"_s));
    const auto errors = asMap(maps.value(u"result_error"_s));
    const auto totals = asMap(maps.value(u"result_total"_s));
    const auto nexts = asMap(maps.value(u"result_next"_s));
    const auto times = asMap(maps.value(u"result_time"_s));

    // The commands that were sent: every key the portal answered for, plus one it never reached.
    QStringList keys = errors.keys() + results.keys();
    keys.removeDuplicates();
    QList<BatchCommand> commands;
    for (const QString &key : keys)
        commands << BatchCommand{key, u"m."_s + key, {}};
    commands << BatchCommand{u"never_reached"_s, u"crm.deal.get"_s, {}};

    const b24::BatchResult r = b24::parseBatchResult(commands, b24::parseEnvelope(200, body, u"batch"_s));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.items.size(), commands.size());
    QCOMPARE(r.requests, 1);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const b24::BatchItem &item = r.items.at(i);
        const QString &key = keys.at(i);
        QCOMPARE(item.key, key);
        QCOMPARE(item.method, u"m."_s + key);
        QVERIFY(item.executed);
        if (errors.contains(key)) {
            QCOMPARE(item.error.kind, Kind::Portal);
            QCOMPARE(item.error.code, errors.value(key).toObject().value(u"error"_s).toString());
            QCOMPARE(item.error.description,
                     errors.value(key).toObject().value(u"error_description"_s).toString());
            QVERIFY(!item.ok());
        } else {
            QVERIFY(item.ok());
            QCOMPARE(item.result, results.value(key));
        }
        QCOMPARE(item.total.has_value(), totals.contains(key));
        QCOMPARE(item.next.has_value(), nexts.contains(key));
        if (item.next)
            QCOMPARE(double(*item.next), nexts.value(key).toDouble());
        QCOMPARE(item.time.has_value(), times.contains(key));
        if (item.time)
            QCOMPARE(item.time->toJson(), times.value(key).toObject());
    }
    QCOMPARE(r.failedCount(), int(errors.size()) + (errors.isEmpty() ? 1 : 0));
    const b24::BatchItem &last = r.items.constLast();
    QVERIFY(!last.executed);
    // Not reached because of an earlier failure (halt) = no error of its own; otherwise it is one.
    QCOMPARE(last.error.isError(), errors.isEmpty());
    QVERIFY(!r.ok());
}

void TestBatchResult::haltLeavesLaterCommandsUnexecuted()
{
    const b24::BatchResult r = b24::parseBatchResult(
        positional(3),
        outerOk(R"({"result":[{"ID":"1"}],"result_error":{"1":{"error":"","error_description":"Not found"}},
                  "result_total":[],"result_next":[],"result_time":[{"start":1,"operating":2}]})"));
    QCOMPARE(r.items.size(), 3);
    QVERIFY(r.items[0].ok());
    QCOMPARE(r.items[0].result.toObject().value(u"ID"_s).toString(), u"1"_s);
    QCOMPARE(r.items[0].time->operating, std::optional<double>(2));
    QVERIFY(r.items[1].executed);
    QCOMPARE(r.items[1].error.code, QString());
    QCOMPARE(r.items[1].error.description, u"Not found"_s);
    QCOMPARE(r.items[1].error.method, u"crm.deal.get"_s);
    QVERIFY(!r.items[2].executed);
    QVERIFY(!r.items[2].error.isError());
    QCOMPARE(r.failedCount(), 1);
    QVERIFY(!r.ok());
}

void TestBatchResult::unansweredWithoutFailureIsAnError()
{
    const b24::BatchResult r =
        b24::parseBatchResult(positional(2), outerOk(R"({"result":[5],"result_error":[],"result_time":[]})"));
    QVERIFY(r.items[0].ok());
    QCOMPARE(r.items[0].result.toInt(), 5);
    QVERIFY(!r.items[1].executed);
    QCOMPARE(r.items[1].error.code, u"ERROR_UNEXPECTED_ANSWER"_s);
}

void TestBatchResult::arraysKeepPositions()
{
    // Results as an object with numeric keys, errors as an array: each still lands in its own slot.
    const b24::BatchResult r = b24::parseBatchResult(
        positional(3), outerOk(R"({"result":{"2":"two","0":"zero"},"result_error":{"1":{"error":"E1"}},
                                 "result_next":{"2":50},"result_total":{"2":0}})"));
    QCOMPARE(r.items[0].result.toString(), u"zero"_s);
    QVERIFY(r.items[0].ok());
    QCOMPARE(r.items[1].error.code, u"E1"_s);
    QCOMPARE(r.items[2].result.toString(), u"two"_s);
    QCOMPARE(r.items[2].next, std::optional<qint64>(50));
    QCOMPARE(r.items[2].total, std::optional<qint64>(0));
    QVERIFY(!r.items[0].next && !r.items[0].total);
    QVERIFY(!r.items[0].error.isError());

    // Errors as a JSON array (keys 0..n-1), results as an object: the mixed real capture's shape.
    const b24::BatchResult mixed = b24::parseBatchResult(
        positional(3), outerOk(R"({"result":{"2":"ok"},"result_error":[{"error":"A"},{"error":"B"}]})"));
    QCOMPARE(mixed.items[0].error.code, u"A"_s);
    QCOMPARE(mixed.items[1].error.code, u"B"_s);
    QVERIFY(mixed.items[2].ok());
    QCOMPARE(mixed.failedCount(), 2);
}

void TestBatchResult::stringErrorsAndEmptyCodes()
{
    QList<BatchCommand> commands{{u"a"_s, u"x.get"_s, {}}, {u"b"_s, u"y.get"_s, {}}};
    const b24::BatchResult r = b24::parseBatchResult(
        commands,
        outerOk(R"({"result":[],"result_error":{"a":"boom a","b":{"error":"0","error_description":"t"}}})"));
    QCOMPARE(r.items[0].error.kind, Kind::Portal);
    QCOMPARE(r.items[0].error.description, u"boom a"_s);
    QCOMPARE(r.items[1].error.code, u"0"_s);
    QCOMPARE(r.failedCount(), 2);
}

void TestBatchResult::outerFailure()
{
    const b24::CallResult outer = b24::parseEnvelope(
        503, R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})", u"batch"_s);
    const b24::BatchResult r = b24::parseBatchResult(positional(2), outer);
    QCOMPARE(r.error.code, u"QUERY_LIMIT_EXCEEDED"_s);
    QCOMPARE(r.items.size(), 2);
    QVERIFY(!r.items[0].executed && !r.items[1].executed);
    QCOMPARE(r.failedCount(), 0);
    QVERIFY(!r.ok());
}

void TestBatchResult::notAnObject()
{
    const b24::BatchResult r = b24::parseBatchResult(positional(1), outerOk("[]"));
    QCOMPARE(r.error.kind, Kind::UnexpectedAnswer);
    QVERIFY(!r.ok());
}

QTEST_GUILESS_MAIN(TestBatchResult)
#include "tst_batchresult.moc"
