#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"

#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString Secret = u"q8w7e6r5t4y3u2i1"_s;
}

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { b24::registerSecret(Secret); }
    void cleanupTestCase() { b24::unregisterSecret(Secret); }
    void neverContainsSecret_data();
    void neverContainsSecret();
    void pathPatternWithoutRegistration_data();
    void pathPatternWithoutRegistration();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void shortSecretsAreNotRegistered();
    void threadSafe();
};

void TestRedaction::neverContainsSecret_data()
{
    QTest::addColumn<QString>("text");
    const QString url = u"https://p.bitrix24.com/rest/1/"_s + Secret + u"/crm.deal.list"_s;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(url));
    QTest::newRow("url") << url;
    QTest::newRow("url trailing slash") << u"https://p.bitrix24.com/rest/1/"_s + Secret + u'/';
    QTest::newRow("url no slash") << u"https://p.bitrix24.com/rest/1/"_s + Secret;
    QTest::newRow("api url") << u"https://p.bitrix24.com/rest/api/1/"_s + Secret + u"/tasks.task.get"_s;
    QTest::newRow("percent-encoded url") << u"see "_s + encoded;
    QTest::newRow("json escaped") << u"{\"downloadUrl\":\"https:\\/\\/p.bitrix24.com\\/rest\\/1\\/"_s +
                                         Secret + u"\\/disk.file.get\"}"_s;
    QTest::newRow("json value") << u"{\"webhook\":\""_s + url + u"\"}"_s;
    QTest::newRow("curl") << u"curl -X POST '"_s + url + u"' -H 'Content-Type: application/json' -d '{}'"_s;
    QTest::newRow("bare secret") << u"token="_s + Secret + u"&x=1"_s;
    QTest::newRow("upper case secret") << u"TOKEN "_s + Secret.toUpper();
    QTest::newRow("in sentence") << u"Error: "_s + Secret + u" is wrong"_s;
    QTest::newRow("twice") << url + u" "_s + url;
    QTest::newRow("query") << u"https://p.bitrix24.com/rest/1/"_s + Secret + u"?x=1#f"_s;
    QTest::newRow("unregistered secret in path")
        << u"https://x.example/rest/77/zz11unknown/profile and https://x.example/rest/77/zz11unknown"_s;
}

void TestRedaction::neverContainsSecret()
{
    QFETCH(QString, text);
    const QString out = b24::redact(text);
    QVERIFY2(!out.contains(Secret, Qt::CaseInsensitive), qPrintable(out));
    QVERIFY(!out.contains(QString::fromLatin1(QUrl::toPercentEncoding(Secret))));
    QVERIFY(!out.contains(u"zz11unknown"_s));
    QVERIFY(out.contains(b24::redactionMask()));
    QCOMPARE(b24::redact(out), out); // idempotent
}

void TestRedaction::pathPatternWithoutRegistration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << u"https://h/rest/1/abc/x.y"_s << u"https://h/rest/1/••••/x.y"_s;
    QTest::newRow("end") << u"https://h/rest/12/abc"_s << u"https://h/rest/12/••••"_s;
    QTest::newRow("api") << u"https://h/rest/api/3/abc/"_s << u"https://h/rest/api/3/••••/"_s;
    QTest::newRow("quoted") << u"'https://h/rest/1/abc' ok"_s << u"'https://h/rest/1/••••' ok"_s;
    QTest::newRow("encoded") << u"u=https%3A%2F%2Fh%2Frest%2F1%2Fabc%2Fm"_s
                             << u"u=https%3A%2F%2Fh%2Frest%2F1%2F••••%2Fm"_s;
    QTest::newRow("json") << u"\"https:\\/\\/h\\/rest\\/1\\/abc\\/m\""_s
                          << u"\"https:\\/\\/h\\/rest\\/1\\/••••\\/m\""_s;
    QTest::newRow("webhook redacted()")
        << b24::WebhookUrl::parse(u"https://h.example/rest/4/abc/"_s).redacted()
        << u"https://h.example/rest/4/••••/"_s;
}

void TestRedaction::pathPatternWithoutRegistration()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(b24::redact(text), expected);
}

void TestRedaction::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("method") << u"crm.deal.list took 120 ms"_s;
    QTest::newRow("rest word") << u"the rest of the rows"_s;
    QTest::newRow("rest without id") << u"https://h/rest/user.current"_s;
    QTest::newRow("error") << u"QUERY_LIMIT_EXCEEDED: Too many requests"_s;
}

void TestRedaction::leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    QCOMPARE(b24::redact(text), text);
}

void TestRedaction::shortSecretsAreNotRegistered()
{
    b24::registerSecret(u"abc"_s);
    QCOMPARE(b24::redact(u"abc def"_s), u"abc def"_s);
    b24::registerSecret(u"longer-secret"_s);
    QCOMPARE(b24::redact(u"x longer-secret y"_s), u"x •••• y"_s);
    b24::unregisterSecret(u"longer-secret"_s);
    QCOMPARE(b24::redact(u"x longer-secret y"_s), u"x longer-secret y"_s);
}

void TestRedaction::threadSafe()
{
    QList<QThread *> threads;
    std::atomic<int> leaks{0};
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([t, &leaks] {
            const QString own = u"threadsecret"_s + QString::number(t) + u"xyz"_s;
            for (int i = 0; i < 300; ++i) {
                b24::registerSecret(own);
                if (b24::redact(u"a "_s + Secret + u" b"_s).contains(Secret))
                    ++leaks;
                if (b24::redact(u"k="_s + own).contains(own))
                    ++leaks;
                b24::unregisterSecret(own);
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(leaks.load(), 0);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
