// b24-sandbox --docs-examples, through the client over HTTPS: a documented method the sandbox
// does not emulate answers with its documented example, marked by a response header and never
// inside the envelope; emulated methods keep their real behaviour.

#include "tests/support/sandboxfixture.h"

#include "core/apidocs/docscatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;
using namespace b24::test;

namespace {

bool markedAsExample(const CallResult &result)
{
    for (const auto &header : result.headers) {
        if (header.first.compare("x-sandbox-example", Qt::CaseInsensitive) == 0)
            return header.second == "true";
    }
    return false;
}

} // namespace

class TestDocsExamples : public QObject
{
    Q_OBJECT

private slots:
    void documentedMethodsAnswerTheirExample()
    {
        PortalOptions options = unlimitedPortal();
        options.docsExamples = true;
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));

        const MethodSpec *spec = DocsCatalog::shipped().find(u"calendar.event.getbyid"_s);
        QVERIFY(spec && spec->resultExample.isObject());
        const CallResult example = call(*hook, u"calendar.event.getbyid"_s);
        QVERIFY2(example.ok(), qPrintable(example.error.toString()));
        QVERIFY(markedAsExample(example));
        QCOMPARE(example.result, spec->resultExample.toObject().value("result"_L1));
        QVERIFY(!example.envelope().contains("simulator"_L1));

        // An emulated method keeps its real answer, unmarked.
        const CallResult deals = call(*hook, u"crm.deal.list"_s);
        QVERIFY(deals.ok());
        QVERIFY(!markedAsExample(deals));
        QCOMPARE(deals.result.toArray().size(), 50);

        // A method the documentation does not know is still not found.
        const CallResult unknown = call(*hook, u"calendar.nothing.here"_s);
        QCOMPARE(unknown.error.code, u"ERROR_METHOD_NOT_FOUND"_s);
    }

    void withoutTheFlagNothingIsMadeUp()
    {
        SandboxServer server(unlimitedPortal());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto hook =
            B24Hook::fromWebhookUrl(server.webhookUrl(), nullptr, trustingOptions(server.certificate()));
        const CallResult result = call(*hook, u"calendar.event.getbyid"_s);
        QCOMPARE(result.error.code, u"ERROR_METHOD_NOT_FOUND"_s);
        QVERIFY(!markedAsExample(result));
    }
};

QTEST_GUILESS_MAIN(TestDocsExamples)
#include "tst_docsexamples.moc"
