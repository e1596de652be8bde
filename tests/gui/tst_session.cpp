// Session: the hook it opens for a profile is paced by that profile's plan.
#include "core/b24/portallimiter.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/main/session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void profilePlanPacesTheHook_data();
    void profilePlanPacesTheHook();
    void urlWithoutProfileStatesNoPlan();

private:
    QString addProfile(b24::ProfileStore &profiles, const QString &url, const QString &plan);
};

QString TestSession::addProfile(b24::ProfileStore &profiles, const QString &url, const QString &plan)
{
    QString id;
    profiles.add(QString(), url, plan, this,
                 [&](const b24::ProfileResult &result) { id = result.profile.id; });
    return QTest::qWaitFor([&] { return !id.isEmpty(); }, 5000) ? id : QString();
}

void TestSession::profilePlanPacesTheHook_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<bool>("stated");
    QTest::addColumn<int>("burst");
    QTest::addColumn<double>("drain");
    // Each row its own portal: the portal's bucket is shared by every hook of the process.
    QTest::newRow("enterprise") << u"enterprise"_s << true << 250 << 5.0;
    QTest::newRow("Enterprise as typed") << u"Enterprise"_s << true << 250 << 5.0;
    QTest::newRow("standard") << u"standard"_s << true << 50 << 2.0;
    QTest::newRow("none") << QString() << false << 50 << 2.0;
    QTest::newRow("unknown (check could not tell)") << u"unknown"_s << false << 50 << 2.0;
}

void TestSession::profilePlanPacesTheHook()
{
    QFETCH(QString, plan);
    QFETCH(bool, stated);
    QFETCH(int, burst);
    QFETCH(double, drain);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    b24::MemorySecretStore store;
    b24::ProfileStore profiles(&settings, &store, &store);
    const QString host =
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u'(').remove(u')');
    const QString id = addProfile(profiles, u"https://%1.example/rest/9/sessionSecret77/"_s.arg(host), plan);
    QVERIFY(!id.isEmpty());

    b24::Session session(&profiles);
    QSignalSpy opened(&session, &b24::Session::hookChanged);
    session.openProfile(id);
    QVERIFY(opened.count() == 1 || opened.wait(5000));
    b24::B24Hook *hook = session.hook();
    QVERIFY(hook);
    QCOMPARE(hook->options().plan.has_value(), stated);
    QCOMPARE(session.clientOptions().plan, hook->options().plan);
    QCOMPARE(hook->limiter()->burst(), burst);
    QCOMPARE(hook->limiter()->drainPerSecond(), drain);
}

void TestSession::urlWithoutProfileStatesNoPlan()
{
    b24::Session session(nullptr);
    QVERIFY(session.openUrl(u"Ad hoc"_s, u"https://adhoc.example/rest/1/adhocSecret88/"_s));
    QVERIFY(session.hook());
    QVERIFY(!session.hook()->options().plan.has_value());
    QCOMPARE(session.hook()->limiter()->burst(), 50);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
