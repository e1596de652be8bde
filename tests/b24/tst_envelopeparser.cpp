#include "core/b24/batchresult.h"
#include "core/b24/envelopeparser.h"
#include "core/b24/phpquery.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ApiError;
using Kind = b24::ApiError::Kind;

Q_DECLARE_METATYPE(b24::ApiError::Kind)

namespace {

// HTTP status of each fixture, from the table in SOURCES.md (written by whoever captured them).
QHash<QString, int> fixtureStatuses()
{
    QHash<QString, int> statuses;
    QFile file(QStringLiteral(B24_FIXTURES_DIR) + u"/SOURCES.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return statuses;
    static const QRegularExpression row(uR"(^\|\s*(\S+response\.json)\s*\|[^|]*\|[^|]*\|\s*(\d+)\s*\|)"_s);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const auto m = row.match(QString::fromUtf8(line));
        if (m.hasMatch())
            statuses.insert(m.captured(1), m.captured(2).toInt());
    }
    return statuses;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(B24_FIXTURES_DIR) + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEnvelopeParser : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void timeHasAllEightFields();
    void hostile_data();
    void hostile();
    void nextTotalOnlyWhenPresent_data();
    void nextTotalOnlyWhenPresent();
    void mutatedFixturesNeverCrash();
    void jsonToInt64_data();
    void jsonToInt64();
};

void TestEnvelopeParser::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    const QHash<QString, int> statuses = fixtureStatuses();
    const QStringList names =
        QDir(QStringLiteral(B24_FIXTURES_DIR)).entryList({u"*response.json"_s}, QDir::Files);
    QVERIFY(names.size() >= 60);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name << statuses.value(name, 200);
}

void TestEnvelopeParser::fixtures()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    const QByteArray body = readFixture(name);
    QVERIFY(!body.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const b24::CallResult r = b24::parseEnvelope(status, body, u"some.method"_s);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.rawBody, body);

    const bool isError = name.startsWith(u"error."_s) || name.contains(u".error."_s);
    if (isError) {
        QCOMPARE(r.error.kind, Kind::Portal);
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(r.error.method, u"some.method"_s);
        QVERIFY(!r.error.description.isEmpty());
        QVERIFY(!r.ok());
        if (name.startsWith(u"error."_s))
            QCOMPARE(r.error.code, name.section(u'.', 1, 1));
        QVERIFY(!r.error.toString().isEmpty());
        if (json.contains(u"argument"_s))
            QCOMPARE(r.error.details.value(u"argument"_s), json.value(u"argument"_s));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.result, json.value(u"result"_s));
    QCOMPARE(r.next.has_value(), json.contains(u"next"_s));
    QCOMPARE(r.total.has_value(), json.contains(u"total"_s));
    if (r.next)
        QCOMPARE(double(*r.next), json.value(u"next"_s).toDouble());
    if (r.total)
        QCOMPARE(double(*r.total), json.value(u"total"_s).toDouble());
    QCOMPARE(r.time.has_value(), json.value(u"time"_s).isObject());
    if (r.time) {
        const QJsonObject t = json.value(u"time"_s).toObject();
        QCOMPARE(r.time->start, t.value(u"start"_s).toDouble());
        QCOMPARE(r.time->dateFinish, t.value(u"date_finish"_s).toString());
        QCOMPARE(r.time->operating.has_value(), t.contains(u"operating"_s));
        QCOMPARE(r.time->operatingResetAt.has_value(), t.contains(u"operating_reset_at"_s));
        QCOMPARE(r.time->toJson(), t);
    }
    // The envelope rebuilt from the parts is the one that came in.
    QCOMPARE(r.envelope(), json);
}

void TestEnvelopeParser::timeHasAllEightFields()
{
    QJsonObject envelope = QJsonDocument::fromJson(readFixture(u"time.operating.example.json"_s)).object();
    QVERIFY(envelope.contains(u"time"_s));
    envelope.insert(u"result"_s, true);
    const b24::CallResult r = b24::parseEnvelope(200, QJsonDocument(envelope).toJson(), u"crm.deal.list"_s);
    QVERIFY(r.ok());
    QVERIFY(r.time);
    QCOMPARE(r.time->start, 1778747192.910734);
    QCOMPARE(r.time->finish, 1778747193.530359);
    QCOMPARE(r.time->duration, 0.6196250915527344);
    QCOMPARE(r.time->processing, 0.032338857650756836);
    QCOMPARE(r.time->dateStart, u"2026-05-14T10:26:32+02:00"_s);
    QCOMPARE(r.time->dateFinish, u"2026-05-14T10:26:33+02:00"_s);
    QCOMPARE(r.time->operatingResetAt, std::optional<qint64>(1778747792));
    QCOMPARE(r.time->operating, std::optional<double>(3.307624101638794));
    QCOMPARE(b24::ResponseTime::fromJson(r.time->toJson()), *r.time);
}

void TestEnvelopeParser::hostile_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");

    const QByteArray html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    QTest::newRow("html 502") << 502 << html << Kind::Http << u"ERR_BAD_RESPONSE"_s;
    QTest::newRow("html 504 empty") << 504 << QByteArray() << Kind::Http << u"ERR_BAD_RESPONSE"_s;
    QTest::newRow("html 403") << 403 << html << Kind::Http << u"ERR_BAD_REQUEST"_s;
    QTest::newRow("html 200") << 200 << html << Kind::UnexpectedAnswer << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("truncated") << 200 << QByteArray(R"({"result":{"ID":"1","TI)") << Kind::UnexpectedAnswer
                               << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("empty 200") << 200 << QByteArray() << Kind::UnexpectedAnswer
                               << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("null") << 200 << QByteArray("null") << Kind::UnexpectedAnswer
                          << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << Kind::UnexpectedAnswer
                           << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("no result") << 200 << QByteArray(R"({"time":{}})") << Kind::UnexpectedAnswer
                               << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("empty error code")
        << 200 << QByteArray(R"({"error":"","error_description":"Not found"})") << Kind::Portal << QString();
    QTest::newRow("error 0") << 400 << QByteArray(R"({"error":"0","error_description":"x"})") << Kind::Portal
                             << u"0"_s;
    QTest::newRow("error number") << 400 << QByteArray(R"({"error":100,"error_description":"x"})")
                                  << Kind::Portal << u"100"_s;
    QTest::newRow("error null") << 200 << QByteArray(R"({"error":null,"result":1})") << Kind::Portal
                                << QString();
    QTest::newRow("error beats result")
        << 200 << QByteArray(R"({"result":[],"error":"X"})") << Kind::Portal << u"X"_s;
    QTest::newRow("v3 error") << 400 << QByteArray(R"({"error":{"code":"BITRIX_X","message":"m"}})")
                              << Kind::Portal << u"BITRIX_X"_s;
    QTest::newRow("non-utf8") << 200 << QByteArray("{\"result\":\"\xff\xfe\xc3\"}") << Kind::UnexpectedAnswer
                              << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("non-utf8 garbage")
        << 500 << QByteArray("\xff\xfe\x00\x01", 4) << Kind::Http << u"ERR_BAD_RESPONSE"_s;
    QTest::newRow("huge numbers") << 200 << QByteArray(R"({"result":1e400})") << Kind::UnexpectedAnswer
                                  << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("big numbers") << 200
                                 << QByteArray(R"({"result":123456789012345678901234567890,"next":1e300})")
                                 << Kind::None << QString();
    QTest::newRow("deep nesting") << 200 << QByteArray(100000, '[') << Kind::UnexpectedAnswer
                                  << u"ERROR_UNEXPECTED_ANSWER"_s;
    QTest::newRow("redirect") << 302 << QByteArray() << Kind::Redirect << u"REDIRECT"_s;
    QTest::newRow("status 0") << 0 << QByteArray() << Kind::Http << u"ERR_BAD_REQUEST"_s;
    QTest::newRow("json 503 rate limit")
        << 503 << QByteArray(R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})")
        << Kind::Portal << u"QUERY_LIMIT_EXCEEDED"_s;
    QTest::newRow("string result") << 200 << QByteArray(R"({"result":"2024-07-23T08:11:02+00:00"})")
                                   << Kind::None << QString();
    QTest::newRow("null result") << 200 << QByteArray(R"({"result":null})") << Kind::None << QString();
}

void TestEnvelopeParser::hostile()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    const b24::CallResult r = b24::parseEnvelope(status, body, u"crm.deal.get"_s);
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.ok(), kind == Kind::None);
    if (kind != Kind::None) {
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY(!r.error.toString().isEmpty());
        QVERIFY(!r.error.toString().contains(u"<html>"_s));
    }
}

void TestEnvelopeParser::nextTotalOnlyWhenPresent_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("next");  // -1: absent
    QTest::addColumn<qint64>("total"); // -1: absent
    QTest::newRow("none") << QByteArray(R"({"result":[]})") << -1LL << -1LL;
    QTest::newRow("total 0") << QByteArray(R"({"result":[],"total":0})") << -1LL << 0LL;
    QTest::newRow("both") << QByteArray(R"({"result":[],"next":50,"total":1570})") << 50LL << 1570LL;
    QTest::newRow("out of range") << QByteArray(R"({"result":[],"next":1e300,"total":99999999999999999999})")
                                  << -1LL << -1LL;
    QTest::newRow("strings") << QByteArray(R"({"result":[],"next":"100","total":"101"})") << 100LL << 101LL;
}

void TestEnvelopeParser::nextTotalOnlyWhenPresent()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, next);
    QFETCH(qint64, total);
    const b24::CallResult r = b24::parseEnvelope(200, body, u"crm.deal.list"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.next.value_or(-1), next);
    QCOMPARE(r.total.value_or(-1), total);
}

void TestEnvelopeParser::mutatedFixturesNeverCrash()
{
    // Truncated and bit-flipped real answers: every outcome is either a result or a described error.
    QRandomGenerator random(20240723); // fixed seed: a failure can be replayed
    const QStringList names =
        QDir(QStringLiteral(B24_FIXTURES_DIR)).entryList({u"*response.json"_s}, QDir::Files);
    const QList<b24::BatchCommand> commands{{QString(), u"a.list"_s, {}},
                                            {u"get_user"_s, u"user.current"_s, {}}};
    int errors = 0;
    for (const QString &name : names) {
        const QByteArray body = readFixture(name);
        for (int round = 0; round < 20; ++round) {
            QByteArray mutated = body.left(random.bounded(qsizetype(body.size()) + 1));
            for (int flips = random.bounded(4); flips > 0 && !mutated.isEmpty(); --flips)
                mutated[random.bounded(mutated.size())] = char(random.bounded(256));
            const int status = QList<int>{200, 400, 401, 500, 502, 503}.at(random.bounded(6));
            const b24::CallResult r = b24::parseEnvelope(status, mutated, u"m"_s);
            QCOMPARE(r.ok(), !r.error.isError());
            if (!r.ok()) {
                ++errors;
                QVERIFY(!r.error.toString().isEmpty());
            }
            const b24::BatchResult batch = b24::parseBatchResult(commands, r);
            QCOMPARE(batch.items.size(), commands.size());
            b24::decodePhpQuery(mutated);
        }
    }
    QVERIFY(errors > 0);
}

void TestEnvelopeParser::jsonToInt64_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("int") << QJsonValue(42) << true << 42LL;
    QTest::newRow("negative") << QJsonValue(-7) << true << -7LL;
    QTest::newRow("string") << QJsonValue(u" 12 "_s) << true << 12LL;
    QTest::newRow("big") << QJsonValue(1e300) << false << 0LL;
    QTest::newRow("text") << QJsonValue(u"abc"_s) << false << 0LL;
    QTest::newRow("null") << QJsonValue() << false << 0LL;
    QTest::newRow("bool") << QJsonValue(true) << false << 0LL;
}

void TestEnvelopeParser::jsonToInt64()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const auto n = b24::jsonToInt64(value);
    QCOMPARE(n.has_value(), present);
    if (present)
        QCOMPARE(*n, expected);
}

QTEST_GUILESS_MAIN(TestEnvelopeParser)
#include "tst_envelopeparser.moc"
