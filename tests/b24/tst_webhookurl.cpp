#include "core/b24/webhookurl.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::ApiVersion;
using b24::WebhookUrl;
using PE = b24::WebhookUrl::ParseError;

Q_DECLARE_METATYPE(b24::WebhookUrl::ParseError)

class TestWebhookUrl : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void errorTextNeverEchoesInput_data() { parse_data(); }
    void errorTextNeverEchoesInput();
    void methodUrlKeepsSecretVerbatim();
    void fromParts_data();
    void fromParts();
    void errorCodesAreDistinct();
};

void TestWebhookUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PE>("error");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("secret");

    // The cases the official JS SDK's fromWebhookUrl checks, each with the rule it breaks ...
    QTest::newRow("empty") << QString() << PE::Empty << QString() << 0LL << QString();
    QTest::newRow("blank") << u"   "_s << PE::Empty << QString() << 0LL << QString();
    QTest::newRow("not a url") << u"not a url"_s << PE::NotAUrl << QString() << 0LL << QString();
    QTest::newRow("http") << u"http://p.bitrix24.com/rest/1/abc123/"_s << PE::NotHttps << QString() << 0LL
                          << QString();
    QTest::newRow("no secret") << u"https://p.bitrix24.com/rest/1/"_s << PE::MalformedPath << QString() << 0LL
                               << QString();
    QTest::newRow("with method") << u"https://p.bitrix24.com/rest/1/abc/profile.json"_s << PE::MalformedPath
                                 << QString() << 0LL << QString();
    QTest::newRow("bitrix prefix") << u"https://p.bitrix24.com/bitrix/rest/1/abc"_s << PE::MalformedPath
                                   << QString() << 0LL << QString();
    QTest::newRow("path case") << u"HTTPS://P.Bitrix24.COM/REST/1/abc/"_s << PE::MalformedPath << QString()
                               << 0LL << QString();
    QTest::newRow("x1") << u"https://h.example/rest/x1/abc"_s << PE::UserIdNotNumeric << QString() << 0LL
                        << QString();
    QTest::newRow("-1") << u"https://h.example/rest/-1/abc"_s << PE::UserIdNotNumeric << QString() << 0LL
                        << QString();
    QTest::newRow("plain") << u"https://h.example/rest/1/abc"_s << PE::None << u"https://h.example"_s << 1LL
                           << u"abc"_s;
    QTest::newRow("slash") << u"https://h.example/rest/1/abc/"_s << PE::None << u"https://h.example"_s << 1LL
                           << u"abc"_s;
    QTest::newRow("api") << u"https://h.example/rest/api/1/abc/"_s << PE::None << u"https://h.example"_s
                         << 1LL << u"abc"_s;
    QTest::newRow("443 dropped") << u"https://h.example:443/rest/1/abc/"_s << PE::None
                                 << u"https://h.example"_s << 1LL << u"abc"_s;
    QTest::newRow("8443 kept") << u"https://h.example:8443/rest/1/abc/"_s << PE::None
                               << u"https://h.example:8443"_s << 1LL << u"abc"_s;
    QTest::newRow("query fragment") << u"https://h.example/rest/1/abc/?x=1#f"_s << PE::None
                                    << u"https://h.example"_s << 1LL << u"abc"_s;
    QTest::newRow("userinfo") << u"https://user:pw@h.example/rest/1/abc/"_s << PE::None
                              << u"https://h.example"_s << 1LL << u"abc"_s;
    // ... and more.
    QTest::newRow("double slashes") << u"https://h.example//rest//7//s3cr3t//"_s << PE::None
                                    << u"https://h.example"_s << 7LL << u"s3cr3t"_s;
    QTest::newRow("leading zero id") << u"https://h.example/rest/01/abc"_s << PE::None
                                     << u"https://h.example"_s << 1LL << u"abc"_s;
    QTest::newRow("encoded secret kept")
        << u"https://h.example/rest/1/a%2Fb/"_s << PE::None << u"https://h.example"_s << 1LL << u"a%2Fb"_s;
    QTest::newRow("surrounding spaces") << u"  https://h.example/rest/12/k9x8/  "_s << PE::None
                                        << u"https://h.example"_s << 12LL << u"k9x8"_s;
    QTest::newRow("upper scheme") << u"HTTPS://h.example/rest/1/abc"_s << PE::None << u"https://h.example"_s
                                  << 1LL << u"abc"_s;
    QTest::newRow("idn") << u"https://пример.рф/rest/3/abc/"_s << PE::None
                         << u"https://xn--e1afmkfd.xn--p1ai"_s << 3LL << u"abc"_s;
    QTest::newRow("ipv4 port") << u"https://127.0.0.1:9443/rest/1/abc"_s << PE::None
                               << u"https://127.0.0.1:9443"_s << 1LL << u"abc"_s;
    QTest::newRow("ftp") << u"ftp://h.example/rest/1/abc"_s << PE::NotHttps << QString() << 0LL << QString();
    QTest::newRow("no host") << u"https:///rest/1/abc"_s << PE::NotAUrl << QString() << 0LL << QString();
    QTest::newRow("no scheme") << u"h.example/rest/1/abc"_s << PE::NotAUrl << QString() << 0LL << QString();
    QTest::newRow("root only") << u"https://h.example/"_s << PE::MalformedPath << QString() << 0LL
                               << QString();
    QTest::newRow("api without id") << u"https://h.example/rest/api/abc"_s << PE::MalformedPath << QString()
                                    << 0LL << QString();
    QTest::newRow("id overflow") << u"https://h.example/rest/99999999999999999999999/abc"_s
                                 << PE::UserIdNotNumeric << QString() << 0LL << QString();
    QTest::newRow("id with plus") << u"https://h.example/rest/+1/abc"_s << PE::UserIdNotNumeric << QString()
                                  << 0LL << QString();
}

void TestWebhookUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(PE, error);
    QFETCH(QString, origin);
    QFETCH(qint64, userId);
    QFETCH(QString, secret);

    PE actual = PE::Empty;
    const WebhookUrl url = WebhookUrl::parse(input, &actual);
    QCOMPARE(actual, error);
    QCOMPARE(url.isValid(), error == PE::None);
    QCOMPARE(url.targetOrigin(), origin);
    QCOMPARE(url.userId(), userId);
    QCOMPARE(url.secret(), secret);
    if (url.isValid()) {
        QVERIFY(!url.targetOrigin().contains(secret));
        // The address keeps naming the API it named: /rest/api/ is REST 3.0, the same webhook.
        const bool v3 = input.contains(u"/rest/api/"_s);
        QCOMPARE(url.api(), v3 ? ApiVersion::V3 : ApiVersion::V2);
        const QString prefix = v3 ? u"/rest/api/"_s : u"/rest/"_s;
        QCOMPARE(url.redacted(), origin + prefix + QString::number(userId) + u"/••••/"_s);
        QCOMPARE(url.toString(), origin + prefix + QString::number(userId) + u'/' + secret + u'/');
        // The full form parses back to the same webhook, naming the same API.
        QCOMPARE(WebhookUrl::parse(url.toString()), url);
        QCOMPARE(WebhookUrl::parse(url.toString()).api(), url.api());
        QCOMPARE(url.withApi(ApiVersion::V2), url.withApi(ApiVersion::V3));
    }
}

void TestWebhookUrl::errorTextNeverEchoesInput()
{
    QFETCH(QString, input);
    QFETCH(PE, error);
    const QString text = WebhookUrl::errorText(error);
    QCOMPARE(text.isEmpty(), error == PE::None);
    if (!input.trimmed().isEmpty()) {
        QVERIFY(!text.contains(input.trimmed()));
        QVERIFY(!text.contains(u"abc"_s));
        QVERIFY(!text.contains(u"h.example"_s));
    }
}

void TestWebhookUrl::methodUrlKeepsSecretVerbatim()
{
    const WebhookUrl url = WebhookUrl::parse(u"https://h.example:8443/rest/5/a%2Fb9x/"_s);
    QVERIFY(url.isValid());
    QCOMPARE(url.methodUrl(u"crm.deal.list"_s).toEncoded(),
             QByteArray("https://h.example:8443/rest/5/a%2Fb9x/crm.deal.list"));
    const WebhookUrl plain = WebhookUrl::parse(u"https://h.example/rest/1/k3y/"_s);
    QCOMPARE(plain.methodUrl(u"user.current"_s).toString(), u"https://h.example/rest/1/k3y/user.current"_s);
    QCOMPARE(plain.host(), u"h.example"_s);
    QCOMPARE(plain.port(), -1);
    QVERIFY(!WebhookUrl().methodUrl(u"x"_s).isValid());
    // One webhook, both protocols: the API is chosen per call, whichever the address named.
    QCOMPARE(plain.methodUrl(u"tasks.task.get"_s, ApiVersion::V3).toString(),
             u"https://h.example/rest/api/1/k3y/tasks.task.get"_s);
    const WebhookUrl v3 = WebhookUrl::parse(u"https://h.example/rest/api/1/k3y/"_s);
    QCOMPARE(v3.api(), ApiVersion::V3);
    QCOMPARE(v3.methodUrl(u"user.current"_s).toString(), u"https://h.example/rest/1/k3y/user.current"_s);
    QCOMPARE(v3.methodUrl(u"tasks.task.get"_s, ApiVersion::V3).toString(),
             u"https://h.example/rest/api/1/k3y/tasks.task.get"_s);
}

void TestWebhookUrl::fromParts_data()
{
    QTest::addColumn<QString>("b24Url");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<PE>("error");
    QTest::addColumn<QString>("full");

    QTest::newRow("ok") << u"https://h.example"_s << 1LL << u"abc"_s << PE::None
                        << u"https://h.example/rest/1/abc/"_s;
    QTest::newRow("path ignored") << u"https://h.example:8443/x"_s << 9LL << u"abc"_s << PE::None
                                  << u"https://h.example:8443/rest/9/abc/"_s;
    QTest::newRow("http") << u"http://h.example"_s << 1LL << u"abc"_s << PE::NotHttps << QString();
    QTest::newRow("empty url") << QString() << 1LL << u"abc"_s << PE::Empty << QString();
    QTest::newRow("empty secret") << u"https://h.example"_s << 1LL << QString() << PE::Empty << QString();
    QTest::newRow("negative id") << u"https://h.example"_s << -1LL << u"abc"_s << PE::UserIdNotNumeric
                                 << QString();
    QTest::newRow("slash in secret") << u"https://h.example"_s << 1LL << u"a/b"_s << PE::MalformedPath
                                     << QString();
    QTest::newRow("garbage") << u"::"_s << 1LL << u"abc"_s << PE::NotAUrl << QString();
}

void TestWebhookUrl::fromParts()
{
    QFETCH(QString, b24Url);
    QFETCH(qint64, userId);
    QFETCH(QString, secret);
    QFETCH(PE, error);
    QFETCH(QString, full);
    PE actual = PE::Empty;
    const WebhookUrl url = WebhookUrl::fromParts(b24Url, userId, secret, &actual);
    QCOMPARE(actual, error);
    QCOMPARE(url.toString(), full);
}

void TestWebhookUrl::errorCodesAreDistinct()
{
    const QList<PE> all{PE::Empty, PE::NotAUrl, PE::NotHttps, PE::MalformedPath, PE::UserIdNotNumeric};
    QStringList codes;
    for (PE e : all) {
        QVERIFY(WebhookUrl::errorCode(e).startsWith(u"WEBHOOK_URL_"_s));
        QVERIFY(!codes.contains(WebhookUrl::errorCode(e)));
        codes << WebhookUrl::errorCode(e);
    }
    QCOMPARE(WebhookUrl::errorCode(PE::NotHttps), u"WEBHOOK_URL_NOT_HTTPS"_s);
    QVERIFY(WebhookUrl::errorCode(PE::None).isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookUrl)
#include "tst_webhookurl.moc"
