// b24-bench-csv ROWS COLUMNS OUTPUT [--discover]: builds ROWS JSON rows of COLUMNS fields, hands
// them to CsvWriter in pages of 2500 (as a batched list export delivers them) and writes OUTPUT
// through ExportFile. Prints one JSON line: rows, bytes, seconds, MB/s, peak RSS in MB.
// The row generator is mirrored in csvbench.py so both sides write the same cells. Only the
// writer is timed (building the JSON pages is not), in CPU seconds of this process, so the
// figure holds on a loaded machine; both sides time the same way.
#include "core/export/csvwriter.h"
#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

QString columnName(int column)
{
    return column == 0 ? u"ID"_s : u"FIELD_%1"_s.arg(column);
}

QJsonValue cell(qint64 row, int column)
{
    if (column == 0)
        return double(row);
    if (column % 5 == 1)
        return u"text %1, item %2"_s.arg(row).arg(column); // needs quoting
    if (column % 7 == 3)
        return u"say \"%1\""_s.arg(row); // doubled quotes
    if (column == 4)
        return u"\u041f\u0440\u0438\u0432\u0435\u0442 %1"_s.arg(row % 1000); // Cyrillic
    if (column % 2 == 0)
        return double(row * column % 100000) / 4.0;
    return u"value-%1-%2"_s.arg(row % 9973).arg(column);
}

double cpuSeconds()
{
    timespec now = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

double peakRssMb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: b24-bench-csv ROWS COLUMNS OUTPUT [--discover]\n");
        return 2;
    }
    const qint64 rows = args.at(1).toLongLong();
    const int columns = args.at(2).toInt();
    const bool discover = args.contains(u"--discover"_s);
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names.append(columnName(c));

    b24::ExportFile file(args.at(3));
    if (!file.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    b24::CsvWriter writer(file.device(), discover ? b24::ColumnSet() : b24::ColumnSet(names));
    double seconds = 0;
    QJsonArray page;
    for (qint64 r = 0; r < rows; ++r) {
        QJsonObject row;
        for (int c = 0; c < columns; ++c)
            row.insert(names.at(c), cell(r, c));
        page.append(row);
        if (page.size() == 2500 || r + 1 == rows) {
            const double start = cpuSeconds();
            const bool written = writer.writeRows(page);
            seconds += cpuSeconds() - start;
            if (!written)
                break;
            page = QJsonArray();
        }
    }
    const double start = cpuSeconds();
    if (!writer.finish() || !file.commit()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(writer.hasFailed() ? writer.errorString() : file.errorString()));
        return 1;
    }
    seconds += cpuSeconds() - start;
    const double megabytes = writer.bytesWritten() / 1e6;
    const QJsonObject result{
        {u"tool"_s, discover ? u"b24 CsvWriter (discovered columns)"_s : u"b24 CsvWriter"_s},
        {u"rows"_s, double(rows)},
        {u"bytes"_s, double(writer.bytesWritten())},
        {u"seconds"_s, seconds},
        {u"mbPerSecond"_s, megabytes / seconds},
        {u"peakRssMb"_s, peakRssMb()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
