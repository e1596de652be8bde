#include "core/export/csvwriter.h"
#include "core/export/exportfile.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Child mode: start an export to argv[2], write well past the first chunk, tell the parent, and
// hang in the middle of the export until the parent kills us with SIGKILL.
static int runChildExport(const char *path)
{
    ExportFile file(QString::fromLocal8Bit(path));
    if (!file.open())
        return 2;
    CsvWriter writer(file.device(), ColumnSet({u"ID"_s, u"TEXT"_s}));
    for (int i = 0; i < 5000; ++i)
        writer.writeRow(QJsonObject{{u"ID"_s, i}, {u"TEXT"_s, QString(200, u'k')}});
    std::fputs("writing\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

class TestExportFile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void commitReplaces();
    void cancelKeepsPrevious();
    void destroyedWithoutCommitKeepsPrevious();
    void unwritableDirectory();
    void directoryTarget();
    void fullDiskDevice();
    void killedExportLeavesPrevious();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
};

void TestExportFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_target = m_dir->filePath(u"deals.csv"_s);
    writeFile(m_target, "previous export\n"_ba);
}

void TestExportFile::commitReplaces()
{
    ExportFile file(m_target);
    QVERIFY(file.open());
    QVERIFY(file.isAtomic());
    QCOMPARE(file.device()->write("new\n"), 4);
    QCOMPARE(readAll(m_target), "previous export\n"_ba); // not visible before commit
    QVERIFY(file.commit());
    QCOMPARE(readAll(m_target), "new\n"_ba);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"deals.csv"_s});
}

void TestExportFile::cancelKeepsPrevious()
{
    ExportFile file(m_target);
    QVERIFY(file.open());
    file.device()->write(QByteArray(1 << 20, 'x'));
    file.cancel();
    QCOMPARE(readAll(m_target), "previous export\n"_ba);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"deals.csv"_s});
}

void TestExportFile::destroyedWithoutCommitKeepsPrevious()
{
    {
        ExportFile file(m_target);
        QVERIFY(file.open());
        file.device()->write("half a row");
    }
    QCOMPARE(readAll(m_target), "previous export\n"_ba);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"deals.csv"_s});
}

void TestExportFile::unwritableDirectory()
{
    QString target = m_dir->filePath(u"locked/out.csv"_s);
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    QFile::setPermissions(m_dir->filePath(u"locked"_s), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(m_dir->filePath(u"locked/probe"_s));
    if (probe.open(QIODevice::WriteOnly)) {
        // Running as root: permissions do not stop us; /proc refuses new files to everyone.
        probe.close();
        probe.remove();
        target = u"/proc/b24-export-test.csv"_s;
    }
    ExportFile file(target);
    QVERIFY(!file.open());
    QVERIFY2(file.errorString().startsWith(u"cannot write "_s + target + u": "_s),
             qPrintable(file.errorString()));
    QVERIFY(!QFile::exists(target));
}

void TestExportFile::directoryTarget()
{
    ExportFile file(m_dir->path());
    QVERIFY(!file.open());
    QVERIFY2(file.errorString().contains(u"directory"_s), qPrintable(file.errorString()));
}

void TestExportFile::fullDiskDevice()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("/dev/full is not available");
    ExportFile file(u"/dev/full"_s);
    QVERIFY(file.open());
    QVERIFY(!file.isAtomic()); // a device is written directly, never replaced
    CsvWriter writer(file.device(), ColumnSet({u"A"_s}));
    writer.writeRow(QJsonObject{{u"A"_s, u"x"_s}});
    const bool written = writer.finish() && file.commit();
    QVERIFY(!written);
    const QString error = writer.hasFailed() ? writer.errorString() : file.errorString();
    QVERIFY2(error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestExportFile::killedExportLeavesPrevious()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--child-export"_s, m_target});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readAllStandardOutput(), "writing\n"_ba);
    child.kill(); // SIGKILL: no destructor, no cleanup code runs
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(m_target), "previous export\n"_ba);
    // Nothing half-written under the target name, and no stray temporary next to it either
    // (QSaveFile uses an unnamed O_TMPFILE where the file system allows it).
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(files.size() >= 1 && files.first() == u"deals.csv"_s, qPrintable(files.join(u' ')));
    if (files.size() > 1)
        qWarning("a named temporary was left beside the target: %s", qPrintable(files.join(u' ')));
}

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--child-export") == 0) {
        QCoreApplication app(argc, argv);
        return runChildExport(argv[2]);
    }
    QCoreApplication app(argc, argv);
    TestExportFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportfile.moc"
