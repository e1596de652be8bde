#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace b24 {

class ColumnSet;
struct CsvOptions;

// A streaming sink of JSON rows on a QIODevice (a file, stdout, a socket). Rows are encoded as
// they arrive and written in chunks, so memory stays bounded whatever the row count.
// Call writeRows() as pages arrive, then finish() once; after any failure every call returns
// false and errorString() says why (e.g. "No space left on device").
class RowWriter
{
public:
    enum class Format
    {
        Csv,
        JsonLines,
        JsonArray
    };

    explicit RowWriter(QIODevice *device);
    virtual ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // "csv", "jsonl" (also "ndjson"), "json"; false for anything else.
    static bool parseFormat(const QString &name, Format *format);
    static QString formatName(Format format);

    // A writer for `format`. `columns` chooses and orders CSV columns (discovering when not chosen)
    // and, when chosen, projects JSON rows onto those columns.
    static std::unique_ptr<RowWriter> create(Format format, QIODevice *device, const ColumnSet &columns,
                                             const CsvOptions &csv);

    bool writeRows(const QJsonArray &rows);
    // A row is an object, or any other value (an ID, a string, ...): CSV and JSON Lines write that
    // as its "value" column (RowFlattener::asObject), a JSON array keeps it as it is.
    bool writeRow(const QJsonValue &row);
    bool finish();

    qint64 rowCount() const { return m_rows; }
    qint64 bytesWritten() const { return m_bytes; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

protected:
    virtual bool encodeRow(const QJsonValue &row) = 0;
    virtual bool encodeEnd() { return true; }

    // Appends to the output buffer; hands a full chunk to the device.
    bool put(const QByteArray &bytes);
    bool put(char c);
    bool flushBuffer();
    bool fail(const QString &reason);
    QIODevice *device() const { return m_device; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    bool m_finished = false;
};

} // namespace b24
