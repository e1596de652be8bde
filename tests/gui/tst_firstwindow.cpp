// The first window (nothing saved yet): sized for the screen it opens on, centred, with the whole
// welcome text shown.
#include "tests/gui/windowfixture.h"
#include "tests/support/unavailablesecretstore.h"
#include "ui/main/mainwindow.h"
#include "ui/main/welcomepage.h"

#include <QLabel>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestFirstWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensSizedForTheScreen();
    void welcomeTextIsWhole();
    void saysWhenThereIsNoKeychain();
};

void TestFirstWindow::opensSizedForTheScreen()
{
    b24::test::WindowFixture fixture;
    b24::MainWindow window(fixture.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    // It fits the screen, unless the screen is smaller than the window can be (offscreen: 800 x 600).
    const QSize least = window.minimumSizeHint();
    QVERIFY(window.width() <= qMax(available.width(), least.width()));
    QVERIFY(window.height() <= qMax(available.height(), least.height()));
    // Most of the screen, up to the comfortable 1100 x 700 when the screen has room.
    QVERIFY(window.width() >= qMin(1100, available.width() * 3 / 4));
    QVERIFY(window.height() >= qMin(700, available.height() * 3 / 4));
}

void TestFirstWindow::welcomeTextIsWhole()
{
    b24::test::WindowFixture fixture;
    b24::MainWindow window(fixture.services());
    window.resize(600, 400); // smaller than anyone would keep it: the window keeps its minimum
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<b24::WelcomePage *>();
    QVERIFY(welcome && welcome->isVisible());
    QLabel *text = nullptr;
    for (QLabel *label : welcome->findChildren<QLabel *>()) {
        if (label->text().contains(u"/rest/1/"_s))
            text = label;
    }
    QVERIFY(text);
    QVERIFY2(
        text->height() >= text->heightForWidth(text->width()),
        qPrintable(
            u"%1 px high, the text needs %2"_s.arg(text->height()).arg(text->heightForWidth(text->width()))));
}

void TestFirstWindow::saysWhenThereIsNoKeychain()
{
    b24::test::WindowFixture fixture;
    b24::test::UnavailableSecretStore keychain;
    b24::ExplorerServices services = fixture.services();
    services.keychain = &keychain;
    b24::MainWindow window(services);
    window.show();
    QLabel *banner = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((banner = [&]() -> QLabel * {
                                 for (QLabel *label : window.findChildren<QLabel *>()) {
                                     if (label->isVisible() &&
                                         label->text().contains(u"No system keychain"_s))
                                         return label;
                                 }
                                 return nullptr;
                             }()),
                             5000);
    QVERIFY(banner->text().contains(u"org.freedesktop.secrets"_s));
}

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
