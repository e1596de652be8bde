// b24-cli's and b24-sandbox's help follow the locale: Russian under LANG=ru_RU.UTF-8, English under C.
#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kCli = QStringLiteral(B24_CLI_PATH);
const QString kSandbox = QStringLiteral(B24_SANDBOX_PATH);
} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
private slots:
    void help_data();
    void help();
};

void TestCliHelp::help_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");

    QTest::newRow("ru top") << kCli << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s} << u"Коды завершения:"_s
                            << u"Exit codes:"_s;
    QTest::newRow("ru commands") << kCli << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s}
                                 << u"проверка вебхука: профиль, права"_s << u"webhook health"_s;
    QTest::newRow("ru list options") << kCli << u"ru_RU.UTF-8"_s << QStringList{u"list"_s, u"--help"_s}
                                     << u"Остановиться после N строк."_s << u"Stop after N rows."_s;
    QTest::newRow("ru profile") << kCli << u"ru_RU.UTF-8"_s << QStringList{u"profile"_s, u"--help"_s}
                                << u"Управление профилями вебхуков."_s << u"Manage webhook profiles."_s;
    QTest::newRow("C stays English") << kCli << u"C"_s << QStringList{u"--help"_s} << u"Exit codes:"_s
                                     << u"Коды завершения:"_s;
    QTest::newRow("sandbox ru") << kSandbox << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s}
                                << u"Права доступа вебхука через запятую"_s
                                << u"Scopes granted to the webhook"_s;
    QTest::newRow("sandbox ru usage") << kSandbox << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s}
                                      << u"Показать эту справку и выйти."_s << u"Usage:"_s;
    QTest::newRow("sandbox C stays English")
        << kSandbox << u"C"_s << QStringList{u"--help"_s} << u"Show this help and exit."_s << u"Параметры:"_s;
}

void TestCliHelp::help()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(QString, absent);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, lang);
    env.insert(u"LC_ALL"_s, lang);
    env.insert(u"HOME"_s, QDir::tempPath()); // no saved language setting from the user
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/b24-clihelp-config"_s);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(program, arguments);
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(absent), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
