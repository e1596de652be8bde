#include "core/b24/batchreference.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace b24;

// The $result[...] syntax, written in one place for the batch editor and the batched list walk.
class TestBatchReference : public QObject
{
    Q_OBJECT

private slots:
    void referencesAnEarlierAnswer();
    void pathsFromEitherSpelling();
    void findsTheKeysReferredTo();
    void setsAParameterInPlace();
};

void TestBatchReference::referencesAnEarlierAnswer()
{
    QCOMPARE(batchResultReference(u"deals"_s, {u"0"_s, u"ID"_s}), u"$result[deals][0][ID]"_s);
    // The chained list walk's reference into a wrapped page (docs/protocol.md §4.5).
    QCOMPARE(batchResultReference(u"cmd_0"_s, {u"items"_s, u"49"_s, u"id"_s}),
             u"$result[cmd_0][items][49][id]"_s);
}

void TestBatchReference::pathsFromEitherSpelling()
{
    QCOMPARE(referencePath(u"[0][ID]"_s), (QStringList{u"0"_s, u"ID"_s}));
    QCOMPARE(referencePath(u"items.0.id"_s), (QStringList{u"items"_s, u"0"_s, u"id"_s}));
}

void TestBatchReference::findsTheKeysReferredTo()
{
    const OrderedJson params =
        QJsonObject{{u"id"_s, u"$result[a][0][ID]"_s}, {u"filter"_s, QJsonObject{{u">ID"_s, u"$NEXT[b]"_s}}}};
    QStringList keys = referencedKeys(params);
    keys.sort();
    QCOMPARE(keys, (QStringList{u"a"_s, u"b"_s}));
}

void TestBatchReference::setsAParameterInPlace()
{
    const OrderedJson params = QJsonObject{{u"select"_s, QJsonArray{u"ID"_s}}};
    QCOMPARE(withParameter(params, u"filter.>ID"_s, u"$result[a][49][ID]"_s).toQJsonObject(),
             (QJsonObject{{u"select"_s, QJsonArray{u"ID"_s}},
                          {u"filter"_s, QJsonObject{{u">ID"_s, u"$result[a][49][ID]"_s}}}}));
}

QTEST_GUILESS_MAIN(TestBatchReference)
#include "tst_batchreference.moc"
