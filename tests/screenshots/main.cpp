// b24-screenshots: the explorer's window, composed as b24-explorer composes it but with scratch
// settings, history and secrets, driven through the documented API and the demo portal; saves
// welcome.png, api-search.png, api-catalog.png, list-light.png, list-dark.png and webhook-check.png
// into DIR and quits (0 when all were saved). A test-side tool:
// the shipped explorer carries none of this.
//   b24-screenshots DIR
#include "app/common/demoportal.h"
#include "app/common/tlsexit.h"
#include "core/i18n/b24i18n.h"
#include "core/profiles/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/savedrequeststore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/screenshots/screenshotter.h"
#include "ui/main/explorerservices.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    b24::keepTlsStateUntilExit();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"b24-screenshots"_s);
    b24::installTranslations(app);
    if (QApplication::arguments().size() != 2) {
        QTextStream(stderr) << "usage: b24-screenshots DIR" << Qt::endl;
        return 2;
    }
    // Nothing of the user's: settings, history and secrets live in a scratch folder and memory.
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    b24::MemorySecretStore secrets;
    b24::ProfileStore profiles(&settings, &secrets, &secrets);
    b24::HistoryStore history(scratch.filePath(u"history.jsonl"_s));
    b24::SavedRequestStore saved(scratch.filePath(u"saved-requests.json"_s));
    b24::DemoPortal demo;
    const b24::ExplorerServices services{&settings, &secrets, &secrets, &profiles, &history, &saved, &demo};

    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); // the same pictures on every desktop
    b24::MainWindow window(services);
    window.resize(1100, 700);
    window.show();
    b24::Screenshotter shooter(&window, QApplication::arguments().at(1));
    shooter.start();
    return QApplication::exec();
}
