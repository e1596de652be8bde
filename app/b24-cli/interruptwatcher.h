#pragma once

#include <QObject>

class QSocketNotifier;

namespace b24 {

// Ctrl+C (SIGINT) and SIGTERM during a long command: the first one is handed to the event loop
// as interrupted() so the command can cancel cleanly (discard a half-written export); the
// handler then steps aside, so a second Ctrl+C ends the program at once. This file holds the
// program's only POSIX signal code; one instance at a time.
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
