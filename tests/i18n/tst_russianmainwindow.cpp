// The explorer window in Russian when the system locale is Russian (ctest sets LANG=ru_RU.UTF-8),
// through the same b24::installTranslations() call the program's main makes.
#include "core/b24/apierror.h"
#include "core/b24/methodkind.h"
#include "core/b24/webhookurl.h"
#include "core/catalog/webhookadvice.h"
#include "core/i18n/b24i18n.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/history/historymodel.h"
#include "ui/main/explorerservices.h"
#include "ui/main/mainwindow.h"
#include "ui/request/valuecheck.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestRussianMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void menusAreRussian_data();
    void menusAreRussian();
    void noEnglishMenuLeft();
    void coreMessagesAreRussian();
    void languageMenuSavesTheChoice();

private:
    QStringList menuTexts() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    b24::MemorySecretStore m_session;
    std::unique_ptr<b24::ProfileStore> m_profiles;
    std::unique_ptr<b24::HistoryStore> m_history;
    std::unique_ptr<b24::MainWindow> m_window;
};

void TestRussianMainWindow::initTestCase()
{
    QVERIFY2(QLocale::system().uiLanguages().join(u',').contains(u"ru"_s),
             "run through ctest, which sets LANG=ru_RU.UTF-8");
    // The saved-language lookup reads the default QSettings: keep it away from the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"b24-explorer-test"_s);
    QCOMPARE(b24::installTranslations(*qApp), u"ru"_s);

    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<b24::ProfileStore>(m_settings.get(), &m_session, &m_session);
    m_history = std::make_unique<b24::HistoryStore>(m_dir.filePath(u"history.jsonl"_s));
    const b24::ExplorerServices services{m_settings.get(), &m_session, &m_session, m_profiles.get(),
                                         m_history.get()};
    m_window = std::make_unique<b24::MainWindow>(services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QStringList TestRussianMainWindow::menuTexts() const
{
    QStringList texts;
    for (QAction *menu : m_window->menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator())
                    texts << action->text();
        }
    }
    return texts;
}

void TestRussianMainWindow::menusAreRussian_data()
{
    // The Russian texts a user sees first: the menus and the portal commands.
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("russian");
    QTest::newRow("File menu") << u"&File"_s << u"&Файл"_s;
    QTest::newRow("Run menu") << u"&Run"_s << u"&Запуск"_s;
    QTest::newRow("Portal menu") << u"&Portal"_s << u"&Портал"_s;
    QTest::newRow("add webhook") << u"&Add webhook…"_s << u"&Добавить вебхук…"_s;
    QTest::newRow("check webhook") << u"&Check webhook"_s << u"&Проверить вебхук"_s;
}

void TestRussianMainWindow::menusAreRussian()
{
    QFETCH(QString, english);
    QFETCH(QString, russian);
    const QStringList texts = menuTexts();
    QVERIFY2(texts.contains(russian), qPrintable(texts.join(u" | "_s)));
    QVERIFY(!texts.contains(english));
}

// What core and the views say in their own words reaches a Russian user in Russian: every
// message here had an English literal shown as it was (the webhook URL rules, for one).
void TestRussianMainWindow::coreMessagesAreRussian()
{
    static const QRegularExpression cyrillic(u"[А-Яа-яЁё]"_s);
    QStringList texts;
    for (auto error : {b24::WebhookUrl::ParseError::Empty, b24::WebhookUrl::ParseError::NotAUrl,
                       b24::WebhookUrl::ParseError::NotHttps, b24::WebhookUrl::ParseError::MalformedPath,
                       b24::WebhookUrl::ParseError::UserIdNotNumeric})
        texts << b24::WebhookUrl::errorText(error);
    texts << b24::MethodKind::nameProblem(u"{\"a\":1}"_s) << b24::MethodKind::nameProblem(QString());
    texts << b24::valueProblem(b24::ValueKind::Double, u"12,5"_s);
    b24::ApiError tls;
    tls.kind = b24::ApiError::Kind::Tls;
    tls.code = u"TLS_ERROR"_s;
    texts << b24::WebhookAdvice::advice(tls);
    texts << b24::HistoryModel::statusText(u"cancelled"_s) << b24::HistoryModel::statusText(u"partial"_s);
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!text.isEmpty(), "no message");
        QVERIFY2(text.contains(cyrillic), qPrintable(u"still English: "_s + text));
    }
}

void TestRussianMainWindow::noEnglishMenuLeft()
{
    // Every menu entry carries Cyrillic, so a string added without a translation shows up here.
    static const QRegularExpression cyrillic(u"[\\x{0400}-\\x{04FF}]"_s);
    for (const QString &text : menuTexts())
        QVERIFY2(text.contains(cyrillic), qPrintable(text));
    QVERIFY(m_window->windowTitle().contains(u"B24 Explorer"_s));
}

void TestRussianMainWindow::languageMenuSavesTheChoice()
{
    auto *menu = m_window->findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->title(), u"&Язык"_s);
    QAction *english = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == "en"_L1)
            english = action;
    QVERIFY(english);
    QVERIFY(!english->isChecked());
    english->trigger();
    QCOMPARE(m_settings->value(QLatin1String(b24::kLanguageSettingsKey)).toString(), u"en"_s);
    QVERIFY(english->isChecked());
    // The notice does not block; it says when the change applies.
    auto *notice = m_window->findChild<QMessageBox *>();
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(u"запуске"_s), qPrintable(notice->text()));
    notice->close();
}

QTEST_MAIN(TestRussianMainWindow)
#include "tst_russianmainwindow.moc"
