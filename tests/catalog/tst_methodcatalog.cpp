#include "core/catalog/methodcatalog.h"
#include "core/catalog/methodscopes.h"
#include "tests/catalog/fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::MethodCatalog;
using b24::MethodScopes;
using Availability = MethodCatalog::Availability;

class TstMethodCatalog : public QObject
{
    Q_OBJECT

    static MethodCatalog fromFixtures()
    {
        MethodCatalog c;
        QString error;
        if (!c.setMethodsAnswer(loadFixture(u"methods.response.json"_s), &error))
            qFatal("methods: %s", qPrintable(error));
        if (!c.setScopeAnswer(loadFixture(u"scope.response.json"_s), &error))
            qFatal("scope: %s", qPrintable(error));
        return c;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesFixtures()
    {
        const MethodCatalog c = fromFixtures();
        QCOMPARE(c.methods().size(), 10);
        QVERIFY(c.hasMethod(u"user.get"_s));
        QVERIFY(c.hasMethod(u"USER.HISTORY.LIST"_s));
        QCOMPARE(c.scopes(), (QStringList{u"department"_s, u"entity"_s, u"log"_s, u"user"_s}));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("portal error") << QByteArray(R"({"error":"NO_AUTH_FOUND"})") << u"NO_AUTH_FOUND"_s;
        QTest::newRow("object result") << QByteArray(R"({"result":{"a":1}})") << u"list of names"_s;
        QTest::newRow("number item") << QByteArray(R"({"result":["a",1]})") << u"non-string"_s;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        QString error;
        MethodCatalog c;
        QVERIFY(!c.setMethodsAnswer(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
        QVERIFY(!c.hasMethods());
    }

    void builtInScopes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("known");
        QTest::newRow("crm") << u"crm.deal.list"_s << u"crm"_s << true;
        QTest::newRow("crm item") << u"crm.item.fields"_s << u"crm"_s << true;
        QTest::newRow("tasks") << u"tasks.task.list"_s << u"task"_s << true;
        QTest::newRow("task") << u"task.elapseditem.getlist"_s << u"task"_s << true;
        QTest::newRow("user") << u"user.get"_s << u"user"_s << true;
        QTest::newRow("userfield longest") << u"user.userfield.list"_s << u"user.userfield"_s << true;
        QTest::newRow("department") << u"department.get"_s << u"department"_s << true;
        QTest::newRow("im") << u"im.message.add"_s << u"im"_s << true;
        QTest::newRow("imbot is not im") << u"imbot.register"_s << u"imbot"_s << true;
        QTest::newRow("disk") << u"disk.folder.getchildren"_s << u"disk"_s << true;
        QTest::newRow("case") << u"CRM.Deal.Get"_s << u"crm"_s << true;
        QTest::newRow("basic methods") << u"methods"_s << QString() << true;
        QTest::newRow("basic profile") << u"profile"_s << QString() << true;
        QTest::newRow("basic batch") << u"batch"_s << QString() << true;
        QTest::newRow("app-only is not basic") << u"event.bind"_s << QString() << false;
        QTest::newRow("unknown") << u"vendor.thing.do"_s << QString() << false;
        QTest::newRow("prefix needs dot") << u"crmx.list"_s << QString() << false;
    }

    void builtInScopes()
    {
        QFETCH(QString, method);
        QFETCH(QString, scope);
        QFETCH(bool, known);
        bool isKnown = !known;
        QCOMPARE(MethodScopes::scopeFor(method, &isKnown), scope);
        QCOMPARE(isKnown, known);
    }

    void badges_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("availability");
        QTest::addColumn<QString>("badge");
        QTest::newRow("listed") << u"user.get"_s << int(Availability::Available) << u"available"_s;
        QTest::newRow("basic") << u"scope"_s << int(Availability::Available) << u"available"_s;
        QTest::newRow("crm missing") << u"crm.deal.list"_s << int(Availability::NeedsScope)
                                     << u"needs scope crm"_s;
        QTest::newRow("task missing")
            << u"tasks.task.list"_s << int(Availability::NeedsScope) << u"needs scope task"_s;
        QTest::newRow("granted but unlisted")
            << u"user.nonexistent"_s << int(Availability::Unknown) << u"unknown"_s;
        QTest::newRow("unknown prefix") << u"vendor.x"_s << int(Availability::Unknown) << u"unknown"_s;
    }

    void badges()
    {
        QFETCH(QString, method);
        QFETCH(int, availability);
        QFETCH(QString, badge);
        const MethodCatalog c = fromFixtures();
        const auto status = c.status(method);
        QCOMPARE(int(status.availability), availability);
        QCOMPARE(status.badge(), badge);
    }

    void scopesOnlyTrustsGrantedScope()
    {
        MethodCatalog c;
        QCOMPARE(c.status(u"crm.deal.list"_s).availability, Availability::Unknown);
        c.setScopes({u"crm"_s});
        QCOMPARE(c.status(u"crm.deal.list"_s).availability, Availability::Available);
        QCOMPARE(c.status(u"user.get"_s).badge(), u"needs scope user"_s);
        c.setScopes({u"crm"_s, u"user_brief"_s});
        QCOMPARE(c.status(u"user.get"_s).availability, Availability::Available);
    }

    void completion()
    {
        const MethodCatalog c = fromFixtures();
        QCOMPARE(c.complete(u"user.h"_s),
                 (QStringList{u"user.history.fields.list"_s, u"user.history.list"_s}));
        // Prefix matches first, then substring matches.
        const QStringList fields = c.complete(u"fields"_s);
        QCOMPARE(fields, (QStringList{u"user.fields"_s, u"user.history.fields.list"_s}));
        QCOMPARE(c.complete(u"user"_s, 3).size(), 3);
    }

    void cacheRoundTrip()
    {
        MethodCatalog c = fromFixtures();
        const QDateTime when = QDateTime::fromString(u"2024-07-26T09:33:52Z"_s, Qt::ISODate);
        c.setFetchedAt(when);
        const QString id = u"3f2a-../evil"_s;
        const QString path = MethodCatalog::cacheFilePath(id);
        QVERIFY2(!path.contains(u"../"_s), qPrintable(path));
        QFile::remove(path);
        QString error;
        QVERIFY2(c.saveToCache(id, &error), qPrintable(error));
        const auto loaded = MethodCatalog::loadFromCache(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->methods(), c.methods());
        QCOMPARE(loaded->scopes(), c.scopes());
        QCOMPARE(loaded->fetchedAt(), when);
        QVERIFY(!MethodCatalog::loadFromCache(u"no-such-profile"_s));
        QVERIFY(QFile::remove(path));
    }
};

QTEST_GUILESS_MAIN(TstMethodCatalog)
#include "tst_methodcatalog.moc"
