#include "core/sandbox/sandboxserver.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace b24;
using namespace Qt::Literals::StringLiterals;

// Wire formats over real HTTPS: the `.xml` suffix, multipart/form-data bodies (as a browser or
// QHttpMultiPart sends them) and a renamed portal's 302 (reference/b24-rest-protocol.md §1, §2).
class TestWireFormats : public QObject
{
    Q_OBJECT

private slots:
    void xmlSuffix();
    void multipartBody();
    void renamedPortalRedirects();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray location;
    };
    Reply send(const SandboxServer &server, const QString &method, QHttpMultiPart *multipart = nullptr);
    QNetworkAccessManager m_nam;
};

TestWireFormats::Reply TestWireFormats::send(const SandboxServer &server, const QString &method,
                                             QHttpMultiPart *multipart)
{
    QNetworkRequest request{QUrl(server.webhookUrl() + method)};
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QList<QSslCertificate>{server.certificate()});
    request.setSslConfiguration(conf);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Deleted here, not later: a reply left to deleteLater may outlive the test (a leak under ASan).
    const std::unique_ptr<QNetworkReply> reply(multipart ? m_nam.post(request, multipart)
                                                         : m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply r;
    if (!finished.wait(10000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.location = reply->rawHeader("location");
    return r;
}

void TestWireFormats::xmlSuffix()
{
    SandboxServer server{PortalOptions()};
    QVERIFY(server.start());
    const Reply user = send(server, u"user.current.xml"_s);
    QCOMPARE(user.status, 200);
    QVERIFY(user.contentType.startsWith("text/xml"));
    QVERIFY2(user.body.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><response><result><ID>1</ID>"),
             user.body.left(120).constData());
    QVERIFY(user.body.contains("<UF_DEPARTMENT><item>1</item></UF_DEPARTMENT>")); // numeric keys
    QVERIFY(user.body.contains("<time><start>"));
    const Reply error = send(server, u"crm.deal.get.xml?id=999999"_s);
    QCOMPARE(error.status, 400);
    QVERIFY(error.body.contains("<error></error><error_description>Not found</error_description>"));
    QVERIFY(send(server, u"profile.json"_s).contentType.startsWith("application/json"));
}

void TestWireFormats::multipartBody()
{
    SandboxServer server{PortalOptions()};
    QVERIFY(server.start());
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [multipart](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + name + "\""));
        part.setBody(value);
        multipart->append(part);
    };
    field("fields[TITLE]", "Сделка из формы & co");
    field("fields[OPPORTUNITY]", "1500.50");
    QHttpPart file; // a file goes to $_FILES, never into the parameters
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"fields[COMMENTS]\"; filename=\"a.txt\""));
    file.setBody("file content");
    multipart->append(file);
    const Reply added = send(server, u"crm.deal.add"_s, multipart);
    delete multipart;
    QCOMPARE(added.status, 200);
    const int id = QJsonDocument::fromJson(added.body).object().value(u"result"_s).toInt();
    QVERIFY(id > 0);
    const QJsonObject deal =
        QJsonDocument::fromJson(send(server, u"crm.deal.get?id="_s + QString::number(id)).body)
            .object()
            .value(u"result"_s)
            .toObject();
    QCOMPARE(deal.value(u"TITLE"_s).toString(), u"Сделка из формы & co"_s);
    QCOMPARE(deal.value(u"OPPORTUNITY"_s).toString(), u"1500.50"_s);
    QVERIFY(deal.value(u"COMMENTS"_s).isNull());
}

void TestWireFormats::renamedPortalRedirects()
{
    PortalOptions portal;
    portal.renamedTo = u"new.example.com"_s;
    SandboxServer server(portal);
    QVERIFY(server.start());
    const Reply moved = send(server, u"crm.deal.list?start=50"_s);
    QCOMPARE(moved.status, 302);
    const QByteArray path = QUrl(server.webhookUrl()).path().toUtf8();
    QCOMPARE(moved.location, "https://new.example.com" + path + "crm.deal.list?start=50");
    QVERIFY(moved.contentType.startsWith("text/html"));
}

QTEST_GUILESS_MAIN(TestWireFormats)
#include "tst_wireformats.moc"
