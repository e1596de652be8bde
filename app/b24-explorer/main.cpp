// B24 Explorer: composes the stores, the demo portal and the window; all behaviour lives in ui/ and
// core/. (The screenshot tool composes the same window with scratch stores: tests/screenshots.)
#include "app/common/demoportal.h"
#include "app/common/tlsexit.h"
#include "b24version.h"
#include "core/i18n/b24i18n.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/savedrequeststore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/main/mainwindow.h"
#include "ui/main/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

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
    const QCommandLineOption demoIfNone(
        u"demo-if-no-portal"_s,
        QApplication::translate("main", "Open the demo portal at once when no portal is saved yet."));
    parser.addOption(demo);
    parser.addOption(demoIfNone);
    parser.process(app);

    QSettings settings;
    b24::MemorySecretStore session;
    b24::KeychainSecretStore keychain;
    b24::ProfileStore profiles(&settings, &keychain, &session);
    b24::HistoryStore history(b24::HistoryStore::defaultFilePath());
    // The sandbox portal with sample data, started when the user asks for the demo.
    b24::DemoPortal demoPortal;
    b24::SavedRequestStore saved(b24::SavedRequestStore::defaultFilePath());
    b24::ExplorerServices services;
    services.settings = &settings;
    services.keychain = &keychain;
    services.session = &session;
    services.profiles = &profiles;
    services.history = &history;
    services.saved = &saved;
    services.demo = &demoPortal;

    b24::MainWindow window(services);
    window.show();
    if (parser.isSet(demo) || (parser.isSet(demoIfNone) && profiles.profiles().isEmpty()))
        window.session()->openDemo();
    return QApplication::exec();
}
