// Which language the programs pick from an override, the saved setting and the system locale.
#include "app/common/b24i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestLanguageChoice : public QObject
{
    Q_OBJECT
private slots:
    void choose_data();
    void choose();
    void shippedFilesAreInResources();
};

void TestLanguageChoice::choose_data()
{
    QTest::addColumn<QString>("languageOverride");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");

    const QStringList russian{u"ru-RU"_s, u"ru"_s};
    const QStringList german{u"de-DE"_s, u"de"_s};
    QTest::newRow("system ru") << QString() << QString() << russian << u"ru"_s;
    QTest::newRow("system en-GB") << QString() << QString() << QStringList{u"en-GB"_s} << u"en"_s;
    QTest::newRow("system de falls back to en") << QString() << QString() << german << u"en"_s;
    QTest::newRow("second system language shipped")
        << QString() << QString() << QStringList{u"uk-UA"_s, u"ru-RU"_s} << u"ru"_s;
    QTest::newRow("no system languages") << QString() << QString() << QStringList() << u"en"_s;
    QTest::newRow("saved en beats system ru") << QString() << u"en"_s << russian << u"en"_s;
    QTest::newRow("saved ru beats system de") << QString() << u"ru"_s << german << u"ru"_s;
    QTest::newRow("saved system follows locale") << QString() << u"system"_s << russian << u"ru"_s;
    QTest::newRow("saved unknown follows locale") << QString() << u"fr"_s << russian << u"ru"_s;
    QTest::newRow("override beats saved") << u"en"_s << u"ru"_s << russian << u"en"_s;
    QTest::newRow("override as locale name") << u"ru_RU.UTF-8"_s << QString() << german << u"ru"_s;
    QTest::newRow("override upper case") << u"RU"_s << QString() << german << u"ru"_s;
    QTest::newRow("posix locale name in system list")
        << QString() << QString() << QStringList{u"ru_RU@latin"_s} << u"ru"_s;
}

void TestLanguageChoice::choose()
{
    QFETCH(QString, languageOverride);
    QFETCH(QString, saved);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(b24::chooseLanguage(languageOverride, saved, system), expected);
}

void TestLanguageChoice::shippedFilesAreInResources()
{
    // Russian needs a compiled catalogue; English strings are the source, so b24_en.qm may be tiny.
    for (const QString &language : b24::availableLanguages())
        QVERIFY2(QFile::exists(u":/i18n/b24_"_s + language + u".qm"_s), qPrintable(language));
    QVERIFY(QFile(u":/i18n/b24_ru.qm"_s).size() > 1000);
    QVERIFY(QFile::exists(b24::applicationIconPath()));
    QVERIFY(b24::desktopFileId().startsWith(u"io.github."_s));
}

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
