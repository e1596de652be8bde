// A portal behind a company CA (here: the sandbox's self-signed certificate, trusted by no one):
// the check's advice names the profile's CA file; with the CA file the check passes, the profile
// keeps it (not a secret) and opens with it. TLS verification never turns off: another CA fails.
// The add dialog starts in the masked URL field, moves a URL pasted into Name, and asks before
// saving a webhook the check found not working.
#include "tests/gui/windowfixture.h"
#include "ui/profiles/addprofiledialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/webhookcheckview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCaFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkAdvisesTheCaFileThenTrustsIt();
    void anotherCaIsStillRefused();
    void caFileSetFromManageProfiles();
    void addDialogKeepsTheUrlMasked();
    void saveAfterAFailedCheckAsksFirst();

private:
    QString writePem(const QByteArray &pem, const QString &name);
    bool check(b24::AddProfileDialog &dialog);

    QTemporaryDir m_dir;
    std::unique_ptr<b24::SandboxServer> m_server;
    std::unique_ptr<b24::SandboxServer> m_other;
};

void TestCaFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<b24::SandboxServer>(b24::PortalOptions{});
    m_other = std::make_unique<b24::SandboxServer>(b24::PortalOptions{});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_other->start(&error), qPrintable(error));
}

QString TestCaFile::writePem(const QByteArray &pem, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size())
        return {};
    return file.fileName();
}

bool TestCaFile::check(b24::AddProfileDialog &dialog)
{
    QSignalSpy done(&dialog, &b24::AddProfileDialog::checkFinished);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    if (!done.wait(20000))
        return false;
    return done.first().first().toBool();
}

void TestCaFile::checkAdvisesTheCaFileThenTrustsIt()
{
    b24::test::WindowFixture fixture;
    b24::AddProfileDialog dialog(&fixture.profiles, {});
    dialog.show();
    dialog.urlEdit()->setText(m_server->webhookUrl());
    QVERIFY(!check(dialog));
    const QString report = dialog.checkView()->text();
    QVERIFY2(report.contains(u"CA file"_s) && report.contains(u"Manage profiles"_s), qPrintable(report));
    // The advice is read whole at the dialog's own size, not after widening it.
    QTest::qWait(50);
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1x%2 hfw %3 dialog %4x%5: "_s.arg(label->width())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(dialog.width())
                                    .arg(dialog.height()) +
                                label->text()));
    }

    const QString pem = writePem(m_server->certificatePem(), u"company-ca.pem"_s);
    QVERIFY(!pem.isEmpty());
    dialog.caFileEdit()->setText(pem);
    QVERIFY(check(dialog));
    QSignalSpy added(&dialog, &b24::AddProfileDialog::profileAdded);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(added.wait(10000));
    const QString id = added.first().first().toString();
    QCOMPARE(fixture.profiles.profile(id)->caFile, pem);
    QCOMPARE(fixture.settings.value(u"profiles/%1/caFile"_s.arg(id)).toString(), pem);

    // The window opens the profile with its CA file alone (no trust handed in by the caller).
    b24::MainWindow window(fixture.services());
    window.show();
    QSignalSpy opened(window.session(), &b24::Session::hookChanged);
    window.session()->openProfile(id);
    QVERIFY(opened.count() == 1 || opened.wait(5000));
    window.request()->setMethod(u"profile"_s);
    window.request()->setRunMode(b24::RequestEditor::RunMode::Single);
    const auto summary = b24::test::runAndWait(window);
    QVERIFY2(summary && summary->ok, summary ? qPrintable(summary->status) : "no run");
}

void TestCaFile::anotherCaIsStillRefused()
{
    b24::test::WindowFixture fixture;
    b24::AddProfileDialog dialog(&fixture.profiles, {});
    dialog.show();
    dialog.urlEdit()->setText(m_server->webhookUrl());
    dialog.caFileEdit()->setText(writePem(m_other->certificatePem(), u"other-ca.pem"_s));
    QVERIFY(!check(dialog));
    dialog.caFileEdit()->setText(writePem("not a certificate", u"junk.pem"_s));
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    QVERIFY2(dialog.saveStatus()->text().contains(u"CA file cannot be used"_s),
             qPrintable(dialog.saveStatus()->text()));
}

void TestCaFile::caFileSetFromManageProfiles()
{
    b24::test::WindowFixture fixture;
    const QString id = b24::test::addProfile(fixture.profiles, u"Company"_s, m_server->webhookUrl(), this);
    QVERIFY(!id.isEmpty());
    b24::ProfilesDialog dialog(&fixture.profiles);
    dialog.list()->setCurrentRow(0);
    QVERIFY(!dialog.setCaFileForCurrent(writePem("junk", u"junk2.pem"_s)));
    QVERIFY(fixture.profiles.profile(id)->caFile.isEmpty());
    const QString pem = writePem(m_server->certificatePem(), u"company2.pem"_s);
    QVERIFY(dialog.setCaFileForCurrent(pem));
    QCOMPARE(fixture.profiles.profile(id)->caFile, pem);
    QVERIFY(dialog.list()->item(0)->text().contains(u"CA file"_s));
    // A CA file gone since: the profile does not open, and says why.
    QFile::remove(pem);
    b24::Session session(&fixture.profiles);
    QSignalSpy failed(&session, &b24::Session::failed);
    session.openProfile(id);
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(u"CA file"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!session.hook());
}

void TestCaFile::addDialogKeepsTheUrlMasked()
{
    b24::test::WindowFixture fixture;
    b24::AddProfileDialog dialog(&fixture.profiles, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog.urlEdit()));
    // Pasted into Name anyway: it moves to the masked field.
    dialog.labelEdit()->setFocus();
    QTest::keyClicks(dialog.labelEdit(), u"My portal"_s);
    dialog.labelEdit()->selectAll();
    dialog.labelEdit()->insert(m_server->webhookUrl());
    QVERIFY(dialog.labelEdit()->text().isEmpty());
    QCOMPARE(dialog.urlEdit()->text(), m_server->webhookUrl());
    QVERIFY(dialog.urlEdit()->echoMode() != QLineEdit::Normal);
}

void TestCaFile::saveAfterAFailedCheckAsksFirst()
{
    b24::test::WindowFixture fixture;
    b24::AddProfileDialog dialog(&fixture.profiles, {});
    dialog.show();
    dialog.urlEdit()->setText(m_server->webhookUrl()); // untrusted: the check fails
    QVERIFY(!check(dialog));
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QSignalSpy added(&dialog, &b24::AddProfileDialog::profileAdded);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(u"does not work"_s), qPrintable(asked));
    QTest::qWait(50);
    QCOMPARE(added.count(), 0);
    QVERIFY(fixture.profiles.profiles().isEmpty());
}

QTEST_MAIN(TestCaFile)
#include "tst_cafile.moc"
