#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Language selection and translation loading shared by b24-explorer, b24-cli and b24-sandbox.
// QtCore only, so the headless programs can use it.
namespace b24 {

// QSettings key holding the chosen UI language: "en", "ru", or empty / "system" for the system locale.
inline constexpr char kLanguageSettingsKey[] = "ui/language";

// Languages shipped in the resources, as ISO 639-1 codes ("en" first: the source language).
QStringList availableLanguages();

// The language to use. A non-empty override (a command-line or test choice) wins, then the saved
// setting, then the first of the system's UI languages ("ru-RU", "ru", ...) that is shipped; else "en".
QString chooseLanguage(const QString &languageOverride, const QString &savedSetting,
                       const QStringList &systemUiLanguages);

// Picks the language (override, else QSettings kLanguageSettingsKey, else the system locale), installs
// the project's :/i18n/b24_<lang>.qm and Qt's own qtbase_<lang>.qm, sets the default QLocale, and
// returns the language code. Call once, after QCoreApplication's organization/application names are set.
QString installTranslations(QCoreApplication &app, const QString &languageOverride = QString());

// Reverse-DNS application id: the .desktop file, icon and AppStream id share it.
QString desktopFileId();

// The application icon inside the resources (PNG, so no SVG plugin is needed at run time).
QString applicationIconPath();

} // namespace b24
