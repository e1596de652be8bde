#include "core/sandbox/httprequestparser.h"

#include <QTest>

using namespace b24;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void pipelinedRequests();
    void keepAlive_data();
    void keepAlive();
    void expectContinue();
    void errorIsSticky();
    void partialRequestIsInProgress();
};

namespace {

HttpRequestParser::Limits smallLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 256;
    limits.maxBodyBytes = 64;
    return limits;
}

// Feeds `raw` whole or one byte at a time and returns the final state.
HttpRequestParser::State parseAll(HttpRequestParser &parser, const QByteArray &raw, bool byteWise,
                                  HttpRequest *request)
{
    if (!byteWise) {
        parser.feed(raw);
        return parser.next(request);
    }
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    for (char c : raw) {
        parser.feed(QByteArray(1, c));
        state = parser.next(request);
        if (state != HttpRequestParser::State::NeedMore)
            return state;
    }
    return state;
}

} // namespace

void TestHttpRequestParser::parses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status"); // 0: Ready, -1: NeedMore, else the error status
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");

    const QByteArray host = "Host: x\r\n";
    QTest::newRow("get") << QByteArray("GET /rest/1/s/profile HTTP/1.1\r\n" + host + "\r\n") << 0
                         << QByteArray("/rest/1/s/profile") << QByteArray() << QByteArray();
    QTest::newRow("query") << QByteArray("GET /a?b=1&c[]=2 HTTP/1.1\r\n" + host + "\r\n") << 0
                           << QByteArray("/a") << QByteArray("b=1&c[]=2") << QByteArray();
    QTest::newRow("fragment dropped") << QByteArray("GET /a?b#frag HTTP/1.1\r\n" + host + "\r\n") << 0
                                      << QByteArray("/a") << QByteArray("b") << QByteArray();
    QTest::newRow("absolute-form") << QByteArray("GET https://h:1/p?q HTTP/1.1\r\n" + host + "\r\n") << 0
                                   << QByteArray("/p") << QByteArray("q") << QByteArray();
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\n" + host.chopped(2) + "\n\n") << 0
                             << QByteArray("/") << QByteArray() << QByteArray();
    QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n" + host + "\r\n") << 0
                                         << QByteArray("/") << QByteArray() << QByteArray();
    QTest::newRow("http/1.0 without host")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << QByteArray("/") << QByteArray() << QByteArray();
    QTest::newRow("content-length body")
        << QByteArray("POST /m HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhello") << 0
        << QByteArray("/m") << QByteArray() << QByteArray("hello");
    QTest::newRow("zero length") << QByteArray("POST /m HTTP/1.1\r\n" + host + "Content-Length: 0\r\n\r\n")
                                 << 0 << QByteArray("/m") << QByteArray() << QByteArray();
    QTest::newRow("repeated equal lengths")
        << QByteArray("POST /m HTTP/1.1\r\n" + host + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nab") << 0
        << QByteArray("/m") << QByteArray() << QByteArray("ab");
    QTest::newRow("chunked") << QByteArray("POST /m HTTP/1.1\r\n" + host +
                                           "Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n"
                                           "6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n")
                             << 0 << QByteArray("/m") << QByteArray() << QByteArray("hello world");
    QTest::newRow("chunked upper hex")
        << QByteArray("POST /m HTTP/1.1\r\n" + host +
                      "Transfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n")
        << 0 << QByteArray("/m") << QByteArray() << QByteArray("0123456789");
    QTest::newRow("incomplete head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << -1 << QByteArray()
                                     << QByteArray() << QByteArray();
    QTest::newRow("incomplete body") << QByteArray("POST / HTTP/1.1\r\n" + host +
                                                   "Content-Length: 9\r\n\r\nab")
                                     << -1 << QByteArray() << QByteArray() << QByteArray();

    const auto bad = [&](const char *name, const QByteArray &raw, int status) {
        QTest::newRow(name) << raw << status << QByteArray() << QByteArray() << QByteArray();
    };
    bad("garbage", "\x16\x03\x01\x02\x01 hello\r\n\r\n", 400);
    bad("two fields", "GET /\r\n\r\n", 400);
    bad("double space", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("bad method", "G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("relative target", "GET rest HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("control in target", "GET /a\x01 HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    bad("http/2.0", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505);
    bad("bad version", "GET / HTTQ/1.1\r\nHost: x\r\n\r\n", 400);
    bad("missing host", "GET / HTTP/1.1\r\n\r\n", 400);
    bad("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    bad("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n c\r\n\r\n", 400);
    bad("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400);
    bad("no colon", "GET / HTTP/1.1\r\nHost x\r\n\r\n", 400);
    bad("bare CR", "GET / HTTP/1.1\r\nHost: x\ry\r\n\r\n", 400);
    bad("NUL in value", QByteArray("GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n", 28), 400);
    bad("negative length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400);
    bad("hex length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", 400);
    bad("empty length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n", 400);
    bad("huge length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400);
    bad("conflicting lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        400);
    bad("length and chunked",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
    bad("gzip coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501);
    bad("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400);
    bad("empty chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", 400);
    bad("chunk without CRLF", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n",
        400);
    bad("body over limit", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 65\r\n\r\n", 413);
    bad("chunks over limit",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n" + QByteArray(32, 'a') +
            "\r\n21\r\n",
        413);
    bad("huge chunk",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 413);
    bad("header over limit", "GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(300, 'a') + "\r\n\r\n", 431);
    bad("endless header line", "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a'), 431);
    bad("too many headers", "GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(60), 431);
    bad("endless blank lines", QByteArray("\r\n").repeated(200), 431);
}

void TestHttpRequestParser::parses()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    for (const bool byteWise : {false, true}) {
        HttpRequestParser parser(smallLimits());
        HttpRequest request;
        const HttpRequestParser::State state = parseAll(parser, raw, byteWise, &request);
        if (status == 0) {
            QCOMPARE(state, HttpRequestParser::State::Ready);
            QTEST(request.path, "path");
            QTEST(request.query, "query");
            QTEST(request.body, "body");
            QCOMPARE(parser.bufferedBytes(), 0);
        } else if (status < 0) {
            QCOMPARE(state, HttpRequestParser::State::NeedMore);
        } else {
            QCOMPARE(state, HttpRequestParser::State::Error);
            QCOMPARE(parser.errorStatus(), status);
            QVERIFY(!parser.errorReason().isEmpty());
            QVERIFY(!parser.keepAlive());
        }
    }
}

void TestHttpRequestParser::pipelinedRequests()
{
    HttpRequestParser parser;
    parser.feed(
        "POST /one HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
        "GET /two?x=1 HTTP/1.1\r\nHost: x\r\n\r\n"
        "POST /three HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
        "GET /fo");
    HttpRequest r;
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/one"));
    QCOMPARE(r.body, QByteArray("{}"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.target, QByteArray("/two?x=1"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.header("content-type").isEmpty());
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QCOMPARE(r.body, QByteArray("abc"));
    QCOMPARE(parser.next(&r), HttpRequestParser::State::NeedMore);
    QVERIFY(parser.inProgress());
    parser.feed("ur HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QCOMPARE(r.path, QByteArray("/four"));
    QVERIFY(!parser.inProgress());
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 close in list")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: te, close\r\n\r\n") << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, raw);
    HttpRequestParser parser;
    parser.feed(raw);
    HttpRequest r;
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QTEST(parser.keepAlive(), "keepAlive");
}

void TestHttpRequestParser::expectContinue()
{
    HttpRequestParser parser;
    parser.feed("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    HttpRequest r;
    QCOMPARE(parser.next(&r), HttpRequestParser::State::NeedMore);
    QVERIFY(parser.takeExpectContinue());
    QVERIFY(!parser.takeExpectContinue()); // once per request
    parser.feed("abc");
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Ready);
    QCOMPARE(r.body, QByteArray("abc"));
    QVERIFY(!parser.takeExpectContinue());
}

void TestHttpRequestParser::errorIsSticky()
{
    HttpRequestParser parser;
    parser.feed("BAD\r\n\r\n");
    HttpRequest r;
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Error);
    parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(parser.next(&r), HttpRequestParser::State::Error);
    QCOMPARE(parser.errorStatus(), 400);
}

void TestHttpRequestParser::partialRequestIsInProgress()
{
    HttpRequestParser parser;
    QVERIFY(!parser.inProgress());
    parser.feed("GE");
    HttpRequest r;
    QCOMPARE(parser.next(&r), HttpRequestParser::State::NeedMore);
    QVERIFY(parser.inProgress());
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
