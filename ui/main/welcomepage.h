#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace b24 {

// What the window shows before any portal is open: add a webhook, or explore the demo portal.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setBusy(const QString &message);
    QPushButton *demoButton() const { return m_demo; }

signals:
    void demoRequested();
    void addProfileRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_add;
    QLabel *m_status;
};

} // namespace b24
