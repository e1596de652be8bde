#include "ui/common/languagemenu.h"

#include "app/common/b24i18n.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

LanguageMenu::LanguageMenu(QSettings *settings, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
{
    setObjectName(u"languageMenu"_s);
    setEnabled(m_settings != nullptr);
    const QString saved =
        m_settings ? m_settings->value(QLatin1String(kLanguageSettingsKey)).toString() : QString();
    auto *group = new QActionGroup(this);
    const auto add = [&](const QString &text, const QString &language) {
        QAction *action = addAction(text, this, [this, language] { choose(language); });
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == saved || (language.isEmpty() && saved == "system"_L1));
        group->addAction(action);
    };
    add(tr("System language"), QString());
    addSeparator();
    // Each language in its own name, so a user lost in a foreign UI still finds theirs.
    for (const QString &language : availableLanguages()) {
        QString name = QLocale(language).nativeLanguageName();
        add(name.left(1).toUpper() + name.mid(1), language);
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (!m_settings)
        return;
    m_settings->setValue(QLatin1String(kLanguageSettingsKey), language.isEmpty() ? u"system"_s : language);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language applies the next time B24 Explorer starts."),
                                QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing waits on it
}

} // namespace b24
