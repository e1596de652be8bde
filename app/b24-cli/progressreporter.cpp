#include "app/b24-cli/progressreporter.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ProgressReporter::ProgressReporter(bool enabled, bool terminal)
    : m_enabled(enabled)
    , m_terminal(terminal)
{
    m_clock.start();
}

QString ProgressReporter::format(qint64 rows, qint64 total, qint64 elapsedMs)
{
    const double seconds = qMax<qint64>(elapsedMs, 1) / 1000.0;
    const double rate = rows / seconds;
    QString line = total >= 0 ? tr("%1/%2 rows").arg(rows).arg(total) : tr("%1 rows").arg(rows);
    line += tr("  %1 rows/s").arg(qRound64(rate));
    if (total > rows && rate > 0) {
        const qint64 eta = qRound64((total - rows) / rate);
        line += tr("  ETA %1:%2").arg(eta / 60).arg(eta % 60, 2, 10, QChar(u'0'));
    }
    return line;
}

void ProgressReporter::print(const QString &line, bool last)
{
    const QByteArray bytes = line.toUtf8();
    if (m_terminal)
        std::fprintf(stderr, "\r\033[K%s%s", bytes.constData(), last ? "\n" : "");
    else
        std::fprintf(stderr, "%s\n", bytes.constData());
    std::fflush(stderr);
}

void ProgressReporter::update(qint64 rows, qint64 total)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_lastPrintMs >= 0 && now - m_lastPrintMs < (m_terminal ? 200 : 1000))
        return;
    m_lastPrintMs = now;
    print(format(rows, total, now), false);
}

void ProgressReporter::finish(qint64 rows, qint64 total)
{
    if (m_enabled)
        print(format(rows, total, m_clock.elapsed()), true);
}

} // namespace b24
