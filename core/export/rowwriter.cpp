#include "core/export/rowwriter.h"

#include "core/export/csvwriter.h"
#include "core/export/jsonwriters.h"
#include "core/table/columnset.h"

#include <QFileDevice>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr qsizetype kChunk = 256 * 1024;
}

RowWriter::RowWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(kChunk + 4096);
}

RowWriter::~RowWriter() = default;

bool RowWriter::parseFormat(const QString &name, Format *format)
{
    const QString key = name.trimmed().toLower();
    if (key == "csv"_L1)
        *format = Format::Csv;
    else if (key == "jsonl"_L1 || key == "ndjson"_L1)
        *format = Format::JsonLines;
    else if (key == "json"_L1)
        *format = Format::JsonArray;
    else
        return false;
    return true;
}

QString RowWriter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"csv"_s;
    case Format::JsonLines:
        return u"jsonl"_s;
    case Format::JsonArray:
        return u"json"_s;
    }
    return {};
}

std::unique_ptr<RowWriter> RowWriter::create(Format format, QIODevice *device, const ColumnSet &columns,
                                             const CsvOptions &csv)
{
    const QStringList chosen = columns.isChosen() ? columns.names() : QStringList();
    switch (format) {
    case Format::Csv:
        return std::make_unique<CsvWriter>(device, columns, csv);
    case Format::JsonLines:
        return std::make_unique<JsonLinesWriter>(device, chosen);
    case Format::JsonArray:
        return std::make_unique<JsonArrayWriter>(device, chosen);
    }
    return nullptr;
}

bool RowWriter::writeRows(const QJsonArray &rows)
{
    for (const QJsonValue &row : rows) {
        if (!writeRow(row))
            return false;
    }
    return true;
}

bool RowWriter::writeRow(const QJsonValue &row)
{
    if (hasFailed())
        return false;
    if (m_finished)
        return fail(u"the export is already finished"_s);
    if (!encodeRow(row))
        return false;
    ++m_rows;
    return true;
}

bool RowWriter::finish()
{
    if (hasFailed())
        return false;
    if (m_finished)
        return true;
    m_finished = true;
    if (!encodeEnd() || !flushBuffer())
        return false;
    // A QFile buffers too: a full disk may only show here.
    if (auto *file = qobject_cast<QFileDevice *>(m_device); file && !file->flush())
        return fail(file->errorString());
    return true;
}

bool RowWriter::put(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    return m_buffer.size() < kChunk || flushBuffer();
}

bool RowWriter::put(char c)
{
    m_buffer.append(c);
    return m_buffer.size() < kChunk || flushBuffer();
}

bool RowWriter::flushBuffer()
{
    if (hasFailed())
        return false;
    qsizetype offset = 0;
    while (offset < m_buffer.size()) {
        const qint64 written = m_device->write(m_buffer.constData() + offset, m_buffer.size() - offset);
        if (written <= 0) {
            const QString reason = m_device->errorString();
            return fail(reason.isEmpty() ? u"write failed"_s : reason);
        }
        offset += written;
        m_bytes += written;
    }
    m_buffer.resize(0); // keeps the capacity for the next chunk
    return true;
}

bool RowWriter::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    return false;
}

} // namespace b24
