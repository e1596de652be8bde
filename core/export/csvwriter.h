#pragma once

#include "export/csvoptions.h"
#include "export/rowwriter.h"
#include "table/columnset.h"

#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace b24 {

// RFC 4180 CSV in UTF-8. With chosen columns the rows stream straight to the device. With
// discovered columns the header is only known at the end (a later page may bring a new column),
// so encoded rows go to an unnamed spool file first and finish() writes header + rows, padding
// rows that were encoded before a column appeared; memory stays bounded either way.
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
    bool encodeRow(const QJsonObject &row) override;
    bool encodeEnd() override;

private:
    void appendLine(const QStringList &cells, QString *line) const;
    bool writeHeader();
    bool spoolRow(qsizetype cellCount, const QByteArray &line);
    bool replaySpool();

    ColumnSet m_columns;
    CsvOptions m_options;
    QString m_line; // reused per row
    std::unique_ptr<QTemporaryFile> m_spool;
    bool m_started = false;
};

} // namespace b24
