#pragma once

#include <QMenu>

class QSettings;

namespace b24 {

// "Language": the system's, or one of the shipped translations. The choice is saved in the
// settings (the key b24::installTranslations() reads) and applies at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QSettings *settings, QWidget *parent = nullptr);

private:
    void choose(const QString &language);

    QSettings *m_settings;
};

} // namespace b24
