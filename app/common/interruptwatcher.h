#pragma once

#include <QObject>

class QSocketNotifier;

namespace b24 {

// SIGINT (Ctrl+C) and SIGTERM for b24-cli and b24-sandbox: the first one is handed to the event
// loop as interrupted() so the program can stop cleanly (cancel a list, discard a half-written
// export, close the server); the handler then steps aside, so a second one ends the program at
// once. The programs' only POSIX signal code (a self-pipe); one instance at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // 128 + signal number, the shell's convention: 130 for SIGINT, 143 for SIGTERM.
    static int exitCodeFor(int signalNumber) { return 128 + signalNumber; }

signals:
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace b24
