#include "core/export/csvwriter.h"

#include <QDir>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QByteArray kLineEnd = "\r\n"_ba;
const QByteArray kBom = "\xEF\xBB\xBF"_ba;
constexpr qsizetype kBlock = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice *device, const ColumnSet &columns, const CsvOptions &options)
    : RowWriter(device)
    , m_columns(columns)
    , m_options(options)
    , m_encoder(&m_columns, options)
{}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::needsFormulaGuard(const QString &text)
{
    return CsvRowEncoder::needsFormulaGuard(text);
}

QString CsvWriter::encodeCell(const QString &text, QChar delimiter, bool formulaGuard)
{
    QByteArray bytes;
    CsvRowEncoder::appendCell(&bytes, text, delimiter, formulaGuard);
    return QString::fromUtf8(bytes);
}

bool CsvWriter::writeHeader()
{
    if (m_options.byteOrderMark && !put(kBom))
        return false;
    if (!m_options.header || m_columns.count() == 0)
        return true;
    QByteArray line;
    m_encoder.encodeHeader(&line);
    return put(line) && put(kLineEnd);
}

bool CsvWriter::encodeRow(const QJsonValue &row)
{
    const qsizetype cells = m_encoder.encode(row, &m_line);
    if (!m_columns.isChosen())
        return spoolLine(cells);
    if (!m_started) {
        m_started = true;
        if (!writeHeader())
            return false;
    }
    return put(m_line) && put(kLineEnd);
}

bool CsvWriter::spoolLine(qsizetype cellCount)
{
    if (m_segments.isEmpty() || m_segments.constLast().cells != cellCount)
        m_segments.append({m_spooled, cellCount});
    m_spoolBuffer.append(m_line);
    m_spoolBuffer.append(kLineEnd);
    m_spooled += m_line.size() + kLineEnd.size();
    return m_spoolBuffer.size() < kBlock || flushSpool();
}

bool CsvWriter::flushSpool()
{
    if (!m_spool) {
        m_spool = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/b24-export-XXXXXX.spool"_s);
        if (!m_spool->open())
            return fail(
                u"cannot create a spool file in %1: %2"_s.arg(QDir::tempPath(), m_spool->errorString()));
        // Unlinked at once while the handle stays open: nothing is left behind, even after a crash.
        QFile::remove(m_spool->fileName());
    }
    if (m_spool->write(m_spoolBuffer) != m_spoolBuffer.size())
        return fail(u"cannot write the spool file: %1"_s.arg(m_spool->errorString()));
    m_spoolBuffer.resize(0);
    return true;
}

bool CsvWriter::copySpool(qint64 length)
{
    QByteArray block;
    while (length > 0) {
        block = m_spool->read(qMin<qint64>(length, kBlock));
        if (block.isEmpty())
            return fail(u"cannot read the spool file: %1"_s.arg(m_spool->errorString()));
        length -= block.size();
        if (!put(block))
            return false;
    }
    return true;
}

bool CsvWriter::padSpool(qint64 length, qsizetype cells)
{
    // Rows encoded before a later column appeared get empty trailing cells. A line ends at the
    // first CR outside quotes: an unquoted cell never holds CR, and "" inside quotes toggles twice.
    QByteArray padding;
    for (qsizetype i = qMax<qsizetype>(cells, 1); i < m_columns.count(); ++i)
        padding.append(QStringView(&m_options.delimiter, 1).toUtf8());
    bool quoted = false;
    QByteArray block;
    while (length > 0) {
        block = m_spool->read(qMin<qint64>(length, kBlock));
        if (block.isEmpty())
            return fail(u"cannot read the spool file: %1"_s.arg(m_spool->errorString()));
        length -= block.size();
        qsizetype from = 0;
        for (qsizetype i = 0; i < block.size(); ++i) {
            const char c = block.at(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\r' && !quoted) {
                if (!put(block.sliced(from, i - from)) || !put(padding))
                    return false;
                from = i;
            }
        }
        if (!put(block.sliced(from)))
            return false;
    }
    return true;
}

bool CsvWriter::replaySpool()
{
    if (!m_spoolBuffer.isEmpty() && !flushSpool())
        return false;
    if (!m_spool->flush() || !m_spool->seek(0))
        return fail(u"cannot read the spool file: %1"_s.arg(m_spool->errorString()));
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        const qint64 end = i + 1 < m_segments.size() ? m_segments.at(i + 1).offset : m_spooled;
        const bool complete = segment.cells >= m_columns.count();
        if (!(complete ? copySpool(end - segment.offset) : padSpool(end - segment.offset, segment.cells)))
            return false;
    }
    m_spool.reset();
    m_segments.clear();
    return true;
}

bool CsvWriter::encodeEnd()
{
    if (m_started)
        return true;
    m_started = true;
    if (!writeHeader())
        return false;
    return m_segments.isEmpty() || replaySpool();
}

} // namespace b24
