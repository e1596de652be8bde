#pragma once

#include "core/export/csvoptions.h"
#include "core/export/csvrowencoder.h"
#include "core/export/rowwriter.h"
#include "core/table/columnset.h"

#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace b24 {

// RFC 4180 CSV in UTF-8. With chosen columns the rows stream straight to the device. With
// discovered columns the header is only known at the end (a later page may bring a new column),
// so encoded lines go to an unnamed spool file first and finish() writes the header, then copies
// the spool in large blocks; only the stretches of rows encoded before a column appeared are
// scanned line by line, to pad them. Memory stays bounded either way.
class CsvWriter : public RowWriter
{
public:
    CsvWriter(QIODevice *device, const ColumnSet &columns, const CsvOptions &options = {});
    ~CsvWriter() override;

    const QStringList &columns() const { return m_columns.names(); }

    // One encoded cell: quoted when it holds the delimiter, a quote, CR or LF; guarded when asked.
    static QString encodeCell(const QString &text, QChar delimiter, bool formulaGuard);
    static bool needsFormulaGuard(const QString &text);

protected:
    bool encodeRow(const QJsonValue &row) override;
    bool encodeEnd() override;

private:
    // Rows spooled while the column count was `cells`, starting at spool byte `offset`.
    struct Segment
    {
        qint64 offset;
        qsizetype cells;
    };

    bool writeHeader();
    bool spoolLine(qsizetype cellCount);
    bool flushSpool();
    bool replaySpool();
    bool copySpool(qint64 length);
    bool padSpool(qint64 length, qsizetype cells);

    ColumnSet m_columns;
    CsvOptions m_options;
    CsvRowEncoder m_encoder;
    QByteArray m_line; // reused per row
    std::unique_ptr<QTemporaryFile> m_spool;
    QByteArray m_spoolBuffer;
    qint64 m_spooled = 0; // bytes handed to the spool, buffered or not
    QList<Segment> m_segments;
    bool m_started = false;
};

} // namespace b24
