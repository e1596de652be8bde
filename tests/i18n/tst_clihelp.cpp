// b24-cli's help follows the locale: Russian under LANG=ru_RU.UTF-8, English under C.
#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_data();
    void help();
};

void TestCliHelp::help_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");

    QTest::newRow("ru top") << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s} << u"Коды завершения:"_s
                            << u"Exit codes:"_s;
    QTest::newRow("ru commands") << u"ru_RU.UTF-8"_s << QStringList{u"--help"_s}
                                 << u"проверка вебхука: профиль, права"_s << u"webhook health"_s;
    QTest::newRow("ru list options") << u"ru_RU.UTF-8"_s << QStringList{u"list"_s, u"--help"_s}
                                     << u"Остановиться после N строк."_s << u"Stop after N rows."_s;
    QTest::newRow("ru profile") << u"ru_RU.UTF-8"_s << QStringList{u"profile"_s, u"--help"_s}
                                << u"Управление профилями вебхуков."_s << u"Manage webhook profiles."_s;
    QTest::newRow("C stays English") << u"C"_s << QStringList{u"--help"_s} << u"Exit codes:"_s
                                     << u"Коды завершения:"_s;
}

void TestCliHelp::help()
{
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
    cli.start(QStringLiteral(B24_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(absent), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
