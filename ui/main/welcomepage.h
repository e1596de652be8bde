#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace b24 {

// What the window shows before any portal is open: add a webhook, explore the demo portal, or
// browse the documented API without a portal.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setBusy(const QString &message);
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void demoRequested();
    void addProfileRequested();
    void browseRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_add;
    QPushButton *m_browse;
    QLabel *m_status;
};

} // namespace b24
