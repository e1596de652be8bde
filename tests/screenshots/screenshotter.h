#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

class QWidget;

namespace b24 {

class MainWindow;

// Drives the real window through the demo for the README and the screenshot test: the welcome
// page, the documented API without a portal (the method search, a form with its example), the
// demo portal, lists every deal, saves the window in the light and the dark palette, then the
// webhook check, then a REST 3.0 list of tasks in the editor; quits with 0 when every picture was saved (1 on
// failure or after a time-out).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();
    // Saves `widget` (and `popup` over it, when shown) as PNG; false when it could not be written or
    // is a single flat colour.
    static bool save(QWidget *widget, const QString &path, QWidget *popup = nullptr);

private:
    void step(const std::function<void()> &next, int delayMs = 400);
    void browseDocs();
    void listDone();
    void restV3();
    void fail(const QString &why);

    MainWindow *m_window;
    QDir m_dir;
    QTimer m_timeout;
    bool m_listStarted = false;
    bool m_v3Started = false;
};

} // namespace b24
