#include "app/common/b24i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// "ru-RU", "ru_RU.UTF-8", "RU" -> "ru"
QString primaryLanguage(const QString &tag)
{
    QString code = tag.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(u"[-_.@]"_s));
    return cut < 0 ? code : code.left(cut);
}

// Installs one translator owned by the application; false when the file is missing or empty.
bool installTranslator(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(fileName, directory) && !translator->isEmpty()) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"ru"_s};
}

QString chooseLanguage(const QString &languageOverride, const QString &savedSetting,
                       const QStringList &systemUiLanguages)
{
    const QStringList shipped = availableLanguages();
    for (const QString &explicitChoice : {languageOverride, savedSetting}) {
        const QString code = primaryLanguage(explicitChoice);
        if (shipped.contains(code))
            return code;
    }
    for (const QString &tag : systemUiLanguages) {
        const QString code = primaryLanguage(tag);
        if (shipped.contains(code))
            return code;
    }
    return shipped.first();
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    const QString saved = QSettings().value(QLatin1String(kLanguageSettingsKey)).toString();
    const QString language = chooseLanguage(languageOverride, saved, QLocale::system().uiLanguages());
    QLocale::setDefault(QLocale(language));
    // The source strings are English; b24_en.qm only carries plural forms.
    installTranslator(app, u"b24_"_s + language, u":/i18n"_s);
    // Qt's own strings (standard buttons, dialogs); absent files are fine, English remains.
    installTranslator(app, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString desktopFileId()
{
    return QStringLiteral(B24_APP_ID);
}

QString applicationIconPath()
{
    return u":/icons/b24-explorer-256.png"_s;
}

} // namespace b24
