// Every message of the shipped .ts files is translated, keeps its placeholders and mnemonics.
// Fails as soon as lupdate brings in a new string that nobody has translated yet.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1)
            context = xml.readElementText();
        else if (name == "message"_L1)
            messages.append(Message{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1});
        else if (messages.isEmpty())
            continue;
        else if (name == "source"_L1)
            messages.last().source = xml.readElementText();
        else if (name == "translation"_L1) {
            messages.last().type = xml.attributes().value("type"_L1).toString();
            if (!messages.last().numerus) // numerus forms follow as child elements
                messages.last().forms = {xml.readElementText()};
        } else if (name == "numerusform"_L1)
            messages.last().forms.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.insert(m.captured());
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(u"&[^&\\s]"_s);
    return pattern.match(QString(text).remove(u"&&"_s)).hasMatch();
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void filesParse_data();
    void filesParse();
    void message_data();
    void message();
};

void TestTranslationFiles::filesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimum");
    QTest::newRow("ru") << u"b24_ru.ts"_s << 100; // every user-visible string
    QTest::newRow("en") << u"b24_en.ts"_s << 1;   // English plural forms only
}

void TestTranslationFiles::filesParse()
{
    QFETCH(QString, file);
    QFETCH(int, minimum);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(B24_TRANSLATIONS_DIR) + u'/' + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() >= minimum, qPrintable(QString::number(messages.size())));
}

void TestTranslationFiles::message_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("forms");
    QTest::addColumn<bool>("numerus");
    for (const QString &language : {u"ru"_s, u"en"_s}) {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(B24_TRANSLATIONS_DIR) + u"/b24_"_s + language + u".ts"_s, &error);
        for (const Message &m : messages) {
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                continue;
            const QString tag = language + u": "_s + m.context + u": "_s + m.source.left(60);
            QTest::newRow(qPrintable(tag)) << language << m.source << m.type << m.forms << m.numerus;
        }
    }
}

void TestTranslationFiles::message()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QStringList, forms);
    QFETCH(bool, numerus);

    QVERIFY2(type != "unfinished"_L1, "not translated yet: run Linguist or edit the .ts file");
    // Russian plurals have three forms (1 строка, 2 строки, 5 строк), English two.
    const int expectedForms = !numerus ? 1 : language == "ru"_L1 ? 3 : 2;
    QCOMPARE(forms.size(), expectedForms);
    for (const QString &form : forms) {
        QVERIFY2(!form.trimmed().isEmpty(), "empty translation");
        QCOMPARE(placeholders(form), placeholders(source));
        if (hasMnemonic(source))
            QVERIFY2(hasMnemonic(form), qPrintable(u"the mnemonic (&) is lost: "_s + form));
    }
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
