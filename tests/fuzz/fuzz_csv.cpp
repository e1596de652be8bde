// Fuzz target, round trip: rows written by the CSV writer and read back by an independent RFC 4180
// reader come back cell for cell. The first byte picks the delimiter, the BOM, the formula guard
// and whether columns are chosen or discovered; the rest is UTF-8 text cut into rows by 0x1E and
// into cells by 0x1F. A guarded cell reads back with its leading apostrophe, exactly when
// needsFormulaGuard() says so.

#include "core/export/csvwriter.h"
#include "tests/fuzz/csvreader.h"
#include "tests/fuzz/fuzzinput.h"

#include <QBuffer>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    b24::CsvOptions options;
    static const char16_t delimiters[] = {u',', u';', u'\t', u'|'};
    options.delimiter = QChar(delimiters[flags & 3]);
    options.byteOrderMark = flags & 4;
    options.formulaGuard = flags & 8;
    const bool chosen = flags & 16;

    QList<QStringList> rows;
    for (const QByteArray &line : b24::fuzz::bytes(data + 1, size - 1).split('\x1e')) {
        QStringList cells;
        for (const QByteArray &cell : line.split('\x1f'))
            cells << QString::fromUtf8(cell);
        rows << cells;
    }
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    QStringList names;
    for (qsizetype c = 0; c < width; ++c)
        names << u"c"_s + QString::number(c).rightJustified(6, u'0'); // discovery order = sorted order

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        b24::CsvWriter writer(&buffer, chosen ? b24::ColumnSet(names) : b24::ColumnSet(), options);
        for (const QStringList &row : rows) {
            QJsonObject object;
            for (qsizetype c = 0; c < row.size(); ++c)
                object.insert(names.at(c), row.at(c));
            FUZZ_CHECK(writer.writeRow(object));
        }
        FUZZ_CHECK(writer.finish());
        FUZZ_CHECK(writer.rowCount() == rows.size());
    }

    QByteArray bytes = buffer.data();
    const QByteArray bom("\xEF\xBB\xBF");
    FUZZ_CHECK(bytes.startsWith(bom) == options.byteOrderMark);
    if (options.byteOrderMark)
        bytes.remove(0, bom.size());
    QList<QStringList> records;
    FUZZ_CHECK(b24::fuzz::readCsv(QString::fromUtf8(bytes), options.delimiter, &records));
    FUZZ_CHECK(records.size() == rows.size() + 1);
    FUZZ_CHECK(records.constFirst() == names);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &got = records.at(r + 1);
        FUZZ_CHECK(got.size() == width);
        for (qsizetype c = 0; c < width; ++c) {
            const QString sent = c < rows.at(r).size() ? rows.at(r).at(c) : QString();
            const bool guarded = options.formulaGuard && b24::CsvWriter::needsFormulaGuard(sent);
            FUZZ_CHECK(got.at(c) == (guarded ? u'\'' + sent : sent));
        }
    }
    return 0;
}
