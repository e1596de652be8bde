#include "core/sandbox/crmproductrowmethods.h"

#include "core/sandbox/crmmethods.h"
#include "core/sandbox/seededrandom.h"

#include <QHash>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr quint64 ProductRowEntity = 102;

struct Product
{
    int id;
    const char16_t *name;
    double price;
};
const Product catalog[] = {{101, u"Лицензия Битрикс24 «Профессиональный»", 24990},
                           {102, u"Внедрение CRM (час)", 3500},
                           {103, u"Support plan, 12 months", 1200},
                           {104, u"Обучение сотрудников", 15000},
                           {105, u"Server hardware", 4999.9}};

// One row as crm.deal.productrows.get shows it (crm.deal.productrows.get.response.json): no
// discount and no tax unless written.
PhpValue productRow(qint64 id, qint64 owner, const QString &ownerType, const PhpValue &given, int sort)
{
    const auto value = [&](const QString &key) { return CrmMethods::param(given, key); };
    const double price = value(u"PRICE"_s).toString().toDouble();
    const PhpValue quantity = value(u"QUANTITY"_s);
    const QString name = value(u"PRODUCT_NAME"_s).toString();
    const PhpValue taxRate = value(u"TAX_RATE"_s);
    PhpValue row = PhpValue::array();
    row.insert(u"ID"_s, QString::number(id));
    row.insert(u"OWNER_ID"_s, QString::number(owner));
    row.insert(u"OWNER_TYPE"_s, ownerType);
    row.insert(u"PRODUCT_ID"_s, PhpValue(value(u"PRODUCT_ID"_s).toInt()));
    row.insert(u"PRODUCT_NAME"_s, name);
    row.insert(u"ORIGINAL_PRODUCT_NAME"_s, name);
    row.insert(u"PRODUCT_DESCRIPTION"_s, PhpValue());
    for (const QString &key : {u"PRICE"_s, u"PRICE_EXCLUSIVE"_s, u"PRICE_NETTO"_s, u"PRICE_BRUTTO"_s})
        row.insert(key, PhpValue(price));
    row.insert(u"PRICE_ACCOUNT"_s, QString::number(price, 'f', 2));
    row.insert(u"QUANTITY"_s, PhpValue(quantity.isNull() ? 1.0 : quantity.toString().toDouble()));
    row.insert(u"DISCOUNT_TYPE_ID"_s, PhpValue(2));
    row.insert(u"DISCOUNT_RATE"_s, PhpValue(0));
    row.insert(u"DISCOUNT_SUM"_s, PhpValue(0));
    row.insert(u"TAX_RATE"_s, taxRate.isNull() ? PhpValue() : PhpValue(taxRate.toString().toDouble()));
    row.insert(u"TAX_INCLUDED"_s, value(u"TAX_INCLUDED"_s).toString() == u"Y" ? u"Y"_s : u"N"_s);
    row.insert(u"CUSTOMIZED"_s, u"Y"_s);
    row.insert(u"MEASURE_CODE"_s, PhpValue(796));
    row.insert(u"MEASURE_NAME"_s, u"шт"_s);
    row.insert(u"SORT"_s, PhpValue(sort));
    row.insert(u"XML_ID"_s, PhpValue());
    row.insert(u"TYPE"_s, PhpValue(1));
    row.insert(u"STORE_ID"_s, PhpValue(0));
    row.insert(u"RESERVE_ID"_s, PhpValue());
    row.insert(u"DATE_RESERVE_END"_s, PhpValue());
    row.insert(u"RESERVE_QUANTITY"_s, PhpValue());
    return row;
}

PhpValue productFields(const Product &p, int quantity)
{
    PhpValue f = PhpValue::array();
    f.insert(u"PRODUCT_ID"_s, QString::number(p.id));
    f.insert(u"PRODUCT_NAME"_s, QString::fromUtf16(p.name));
    f.insert(u"PRICE"_s, QString::number(p.price));
    f.insert(u"QUANTITY"_s, QString::number(quantity));
    return f;
}

struct Owner
{
    QString entity;    // "deal"
    QString table;     // "deals"
    QString ownerType; // "D"
};
} // namespace

PhpValue CrmProductRowMethods::seededRows(quint64 seed, qint64 dealId)
{
    const SeededRandom r(seed, ProductRowEntity, dealId);
    PhpValue rows = PhpValue::array();
    const int count = r.range(1, 4); // 0..3 rows
    for (int i = 0; i < count; ++i) {
        const Product &p = catalog[r.range(2 + i, int(std::size(catalog)))];
        rows.append(productRow(dealId * 4 + i, dealId, u"D"_s, productFields(p, 1 + r.range(10 + i, 5)),
                               (i + 1) * 10));
    }
    return rows;
}

void CrmProductRowMethods::registerIn(MethodRegistry &registry, DataStore &data, quint64 seed)
{
    DataStore *store = &data;
    auto written = std::make_shared<QHash<QString, PhpValue>>(); // "D:12" -> rows
    auto nextId = std::make_shared<qint64>(1'000'000'000);       // above every seeded row ID
    for (const Owner &owner : {Owner{u"deal"_s, u"deals"_s, u"D"_s}, Owner{u"lead"_s, u"leads"_s, u"L"_s}}) {
        const QString prefix = u"crm."_s + owner.entity + u".productrows."_s;
        const auto ownerId = [store, owner](const CallContext &ctx, std::optional<MethodResult> &error) {
            const qint64 id = CrmMethods::param(ctx.params, u"id"_s).toInt();
            if (id <= 0)
                error = MethodResult::failure(QString(), u"The parameter id is invalid or not defined."_s);
            else if (!store->table(owner.table).contains(id))
                error = MethodResult::failure(QString(), u"Not found"_s);
            return id;
        };
        registry.add(prefix + u"get"_s, u"crm"_s, [seed, owner, written, ownerId](const CallContext &ctx) {
            std::optional<MethodResult> error;
            const qint64 id = ownerId(ctx, error);
            if (error)
                return *error;
            const auto it = written->constFind(owner.ownerType + u':' + QString::number(id));
            if (it != written->constEnd())
                return MethodResult::success(it.value());
            return MethodResult::success(owner.ownerType == u"D" ? seededRows(seed, id) : PhpValue::array());
        });
        registry.add(prefix + u"set"_s, u"crm"_s,
                     [store, owner, written, nextId, ownerId](const CallContext &ctx) {
                         std::optional<MethodResult> error;
                         const qint64 id = ownerId(ctx, error);
                         if (error)
                             return *error;
                         const PhpValue given = CrmMethods::param(ctx.params, u"rows"_s);
                         PhpValue rows = PhpValue::array();
                         double total = 0;
                         int sort = 10;
                         for (const auto &e : given.entries()) {
                             const PhpValue row = productRow((*nextId)++, id, owner.ownerType, e.value, sort);
                             total += row.value(u"PRICE"_s).toDouble() * row.value(u"QUANTITY"_s).toDouble();
                             rows.append(row);
                             sort += 10;
                         }
                         written->insert(owner.ownerType + u':' + QString::number(id), rows);
                         PhpValue amount = PhpValue::array();
                         amount.insert(u"OPPORTUNITY"_s, QString::number(total, 'f', 2));
                         store->table(owner.table).update(id, amount);
                         return MethodResult::success(PhpValue(true));
                     });
    }
}

} // namespace b24
