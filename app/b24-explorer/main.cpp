// B24 Explorer: composes the stores and the window; all behaviour lives in ui/ and core/.
#include "app/common/b24i18n.h"
#include "app/common/tlsexit.h"
#include "b24version.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/main/mainwindow.h"
#include "ui/main/screenshotter.h"
#include "ui/main/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    b24::keepTlsStateUntilExit();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"b24-explorer"_s);
    QApplication::setApplicationName(u"b24-explorer"_s);
    QApplication::setApplicationDisplayName(QStringLiteral(B24_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(B24_VERSION_STRING));
    QApplication::setDesktopFileName(b24::desktopFileId());
    QApplication::setWindowIcon(QIcon(b24::applicationIconPath()));
    b24::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explorer for the Bitrix24 REST API"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  QApplication::translate("main", "Open the demo portal at once."));
    const QCommandLineOption shots(
        u"screenshot-dir"_s, QApplication::translate("main", "Run the demo, save screenshots to DIR, quit."),
        u"DIR"_s);
    const QCommandLineOption demoIfNone(
        u"demo-if-no-portal"_s,
        QApplication::translate("main", "Open the demo portal at once when no portal is saved yet."));
    parser.addOption(demo);
    parser.addOption(demoIfNone);
    parser.addOption(shots);
    parser.process(app);

    const bool screenshots = parser.isSet(shots);
    // Screenshots must not touch the user's settings, history or keychain.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        screenshots ? std::make_unique<QSettings>(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat)
                    : std::make_unique<QSettings>();
    b24::MemorySecretStore session;
    std::unique_ptr<b24::SecretStore> keychain;
    if (screenshots)
        keychain = std::make_unique<b24::MemorySecretStore>();
    else
        keychain = std::make_unique<b24::KeychainSecretStore>();
    b24::ProfileStore profiles(settings.get(), keychain.get(), &session);
    b24::HistoryStore history(screenshots ? scratch.filePath(u"history.jsonl"_s)
                                          : b24::HistoryStore::defaultFilePath());

    b24::ExplorerServices services;
    services.settings = settings.get();
    services.keychain = keychain.get();
    services.session = &session;
    services.profiles = &profiles;
    services.history = &history;

    if (screenshots)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    b24::MainWindow window(services);
    if (screenshots)
        window.resize(1100, 700);
    window.show();

    std::unique_ptr<b24::Screenshotter> shooter;
    if (screenshots) {
        shooter = std::make_unique<b24::Screenshotter>(&window, parser.value(shots));
        shooter->start();
    } else if (parser.isSet(demo) || (parser.isSet(demoIfNone) && profiles.profiles().isEmpty())) {
        window.session()->openDemo();
    }
    return QApplication::exec();
}
