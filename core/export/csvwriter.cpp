#include "csvwriter.h"

#include <QDataStream>
#include <QDir>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
const QByteArray kLineEnd = "\r\n"_ba;
const QByteArray kBom = "\xEF\xBB\xBF"_ba;
} // namespace

CsvWriter::CsvWriter(QIODevice *device, const ColumnSet &columns, const CsvOptions &options)
    : RowWriter(device)
    , m_columns(columns)
    , m_options(options)
{}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::needsFormulaGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    // A signed number is data, not a formula: keep it a number for the spreadsheet.
    bool isNumber = false;
    text.toDouble(&isNumber);
    return !isNumber;
}

QString CsvWriter::encodeCell(const QString &text, QChar delimiter, bool formulaGuard)
{
    const bool guard = formulaGuard && needsFormulaGuard(text);
    bool quote = false;
    for (const QChar c : text) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return guard ? u'\'' + text : text;
    QString out;
    out.reserve(text.size() + 4);
    out += u'"';
    if (guard)
        out += u'\'';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

void CsvWriter::appendLine(const QStringList &cells, QString *line) const
{
    line->clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            *line += m_options.delimiter;
        *line += encodeCell(cells.at(i), m_options.delimiter, m_options.formulaGuard);
    }
}

bool CsvWriter::writeHeader()
{
    if (m_options.byteOrderMark && !put(kBom))
        return false;
    if (!m_options.header || m_columns.count() == 0)
        return true;
    QString line;
    appendLine(m_columns.names(), &line);
    return put(line.toUtf8()) && put(kLineEnd);
}

bool CsvWriter::encodeRow(const QJsonObject &row)
{
    const QStringList cells = m_columns.place(row);
    appendLine(cells, &m_line);
    const QByteArray bytes = m_line.toUtf8();
    if (!m_columns.isChosen())
        return spoolRow(cells.size(), bytes);
    if (!m_started) {
        m_started = true;
        if (!writeHeader())
            return false;
    }
    return put(bytes) && put(kLineEnd);
}

bool CsvWriter::spoolRow(qsizetype cellCount, const QByteArray &line)
{
    if (!m_spool) {
        m_spool = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/b24-export-XXXXXX.spool"_s);
        if (!m_spool->open())
            return fail(
                u"cannot create a spool file in %1: %2"_s.arg(QDir::tempPath(), m_spool->errorString()));
        // Unlinked at once while the handle stays open: nothing is left behind, even after a crash.
        QFile::remove(m_spool->fileName());
    }
    QDataStream stream(m_spool.get());
    stream << quint32(cellCount) << line;
    if (stream.status() != QDataStream::Ok)
        return fail(u"cannot write the spool file: %1"_s.arg(m_spool->errorString()));
    return true;
}

bool CsvWriter::replaySpool()
{
    if (!m_spool->flush() || !m_spool->seek(0))
        return fail(u"cannot read the spool file: %1"_s.arg(m_spool->errorString()));
    QDataStream stream(m_spool.get());
    const qsizetype total = m_columns.count();
    quint32 cellCount = 0;
    QByteArray line;
    while (!stream.atEnd()) {
        stream >> cellCount >> line;
        if (stream.status() != QDataStream::Ok)
            return fail(u"cannot read the spool file"_s);
        if (!put(line))
            return false;
        // Rows encoded before a later column appeared get empty trailing cells.
        const char delimiter = char(m_options.delimiter.unicode());
        for (qsizetype i = qMax<qsizetype>(cellCount, 1); i < total; ++i) {
            if (!put(delimiter))
                return false;
        }
        if (!put(kLineEnd))
            return false;
    }
    m_spool.reset();
    return true;
}

bool CsvWriter::encodeEnd()
{
    if (m_started)
        return true;
    m_started = true;
    if (!writeHeader())
        return false;
    return !m_spool || replaySpool();
}

} // namespace b24
