#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QFile;

namespace b24 {

// "12500 rows  2310 rows/s  ETA 0:41" on stderr, at most a few times a second: redrawn in place
// on a terminal, one line per update otherwise (--progress into a log).
class ProgressReporter
{
    Q_DECLARE_TR_FUNCTIONS(b24::ProgressReporter)

public:
    ProgressReporter(bool enabled, bool terminal);
    void update(qint64 rows, qint64 total); // total -1: unknown
    void finish(qint64 rows, qint64 total);
    static QString format(qint64 rows, qint64 total, qint64 elapsedMs);

private:
    void print(const QString &line, bool last);

    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1;
    bool m_enabled;
    bool m_terminal;
};

} // namespace b24
