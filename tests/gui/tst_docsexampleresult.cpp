// The demo portal answers every documented method: those the sandbox does not emulate with the
// example their documentation shows. The window says so on such a result, and only on such.
#include "tests/gui/windowfixture.h"
#include "ui/request/requesteditor.h"
#include "ui/results/resultview.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestDocsExampleResult : public QObject
{
    Q_OBJECT
private slots:
    void exampleAnswersAreMarked()
    {
        QStandardPaths::setTestModeEnabled(true);
        b24::PortalOptions portal;
        portal.plan = b24::PortalOptions::Plan::Unlimited;
        portal.docsExamples = true;
        b24::SandboxServer server(portal);
        QVERIFY(server.start());
        b24::test::WindowFixture fixture;
        auto window = b24::test::openWindow(fixture.services(), server);
        QVERIFY(window);

        window->request()->setMethod(u"calendar.event.getbyid"_s);
        window->request()->setParams(b24::OrderedJson::fromJson(R"({"id":1265})"));
        const auto example = b24::test::runAndWait(*window);
        QVERIFY(example && example->ok);
        QVERIFY(example->documentationExample);
        QVERIFY2(window->results()->notesText().contains(u"Documentation example"_s),
                 qPrintable(window->results()->notesText()));

        // An emulated method is the portal's own data: no such note.
        window->request()->setMethod(u"crm.deal.get"_s);
        window->request()->setParams(b24::OrderedJson::fromJson(R"({"id":1})"));
        const auto real = b24::test::runAndWait(*window);
        QVERIFY(real && real->ok);
        QVERIFY(!real->documentationExample);
        QVERIFY(!window->results()->notesText().contains(u"Documentation example"_s));
    }
};

QTEST_MAIN(TestDocsExampleResult)
#include "tst_docsexampleresult.moc"
