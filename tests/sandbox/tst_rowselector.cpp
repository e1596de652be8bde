#include "core/sandbox/rowselector.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using b24::PhpValue;
using b24::RowSelector;

// RowSelector remembers the last row's keys and shares rows it keeps whole: both shortcuts must
// give the same fields, in row order, as filtering every row key by key.
class TestRowSelector : public QObject
{
    Q_OBJECT
private slots:
    void selects_data();
    void selects();
    void sharesWholeRows();
    void followsChangingKeys();
};

namespace {

PhpValue row(const QStringList &keys)
{
    PhpValue r = PhpValue::array();
    for (const QString &k : keys)
        r.insert(k, k.toLower());
    return r;
}

QStringList keysOf(const PhpValue &v)
{
    QStringList out;
    for (const auto &e : v.entries()) {
        if (e.value.toString() != e.key.toLower())
            return {u"wrong value for "_s + e.key};
        out << e.key;
    }
    return out;
}

PhpValue selectList(const QStringList &names)
{
    PhpValue s = PhpValue::array();
    for (const QString &n : names)
        s.append(n);
    return s;
}

} // namespace

void TestRowSelector::selects_data()
{
    QTest::addColumn<QStringList>("select");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<QStringList>("expected");
    const QStringList keys{u"ID"_s, u"TITLE"_s, u"UF_CRM_X"_s, u"STAGE_ID"_s};
    QTest::newRow("legacy default") << QStringList{} << true
                                    << QStringList{u"ID"_s, u"TITLE"_s, u"STAGE_ID"_s};
    QTest::newRow("legacy star+uf") << QStringList{u"*"_s, u"UF_*"_s} << true << keys;
    QTest::newRow("d7 star") << QStringList{u"*"_s} << false << keys;
    QTest::newRow("subset keeps row order")
        << QStringList{u"stage_id"_s, u"TITLE"_s} << true << QStringList{u"ID"_s, u"TITLE"_s, u"STAGE_ID"_s};
    QTest::newRow("named uf") << QStringList{u"UF_CRM_X"_s} << true << QStringList{u"ID"_s, u"UF_CRM_X"_s};
}

void TestRowSelector::selects()
{
    QFETCH(QStringList, select);
    QFETCH(bool, legacy);
    QFETCH(QStringList, expected);
    const RowSelector selector(selectList(select), nullptr, legacy);
    const PhpValue r = row({u"ID"_s, u"TITLE"_s, u"UF_CRM_X"_s, u"STAGE_ID"_s});
    for (int pass = 0; pass < 3; ++pass) // the second and third rows hit the remembered keys
        QCOMPARE(keysOf(selector.apply(r)), expected);
}

void TestRowSelector::sharesWholeRows()
{
    const RowSelector all(selectList({u"*"_s}), nullptr, true);
    const PhpValue r = row({u"ID"_s, u"TITLE"_s});
    const PhpValue kept = all.apply(r);
    QCOMPARE(&kept.entries(), &r.entries());
    const RowSelector some(selectList({u"ID"_s}), nullptr, true);
    const PhpValue part = some.apply(r);
    QVERIFY(&part.entries() != &r.entries());
    QCOMPARE(keysOf(part), QStringList{u"ID"_s});
    QCOMPARE(keysOf(r), (QStringList{u"ID"_s, u"TITLE"_s})); // the shared row is untouched
    // A row nobody else holds is trimmed where it lies.
    PhpValue own = row({u"ID"_s, u"TITLE"_s, u"NAME"_s});
    const auto *storage = &own.entries();
    const PhpValue trimmed = some.apply(std::move(own));
    QCOMPARE(&trimmed.entries(), storage);
    QCOMPARE(keysOf(trimmed), QStringList{u"ID"_s});
}

void TestRowSelector::followsChangingKeys()
{
    const RowSelector selector(PhpValue(), nullptr, true); // legacy default: no UF_*
    const PhpValue a = row({u"ID"_s, u"TITLE"_s});
    const PhpValue b = row({u"ID"_s, u"UF_A"_s, u"TITLE"_s});
    const PhpValue c = row({u"ID"_s, u"NAME"_s});
    QCOMPARE(keysOf(selector.apply(a)), (QStringList{u"ID"_s, u"TITLE"_s}));
    QCOMPARE(keysOf(selector.apply(b)), (QStringList{u"ID"_s, u"TITLE"_s}));
    QCOMPARE(keysOf(selector.apply(c)), (QStringList{u"ID"_s, u"NAME"_s}));
    QCOMPARE(keysOf(selector.apply(a)), (QStringList{u"ID"_s, u"TITLE"_s}));
}

QTEST_GUILESS_MAIN(TestRowSelector)
#include "tst_rowselector.moc"
