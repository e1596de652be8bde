#include "ui/request/orderbuilder.h"

#include "ui/request/fieldrowtable.h"

#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

OrderBuilder::OrderBuilder(QWidget *parent)
    : QWidget(parent)
    , m_rows(new FieldRowTable({u"ASC"_s, u"DESC"_s}, false, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    connect(m_rows, &FieldRowTable::changed, this, &OrderBuilder::changed);
}

void OrderBuilder::setFieldNames(const QStringList &names)
{
    m_rows->setFieldNames(names);
}

void OrderBuilder::addOrder(const QString &field, const QString &direction)
{
    m_rows->addRow(field, direction.toUpper());
}

OrderedJson OrderBuilder::order() const
{
    OrderedJson result = OrderedJson::object();
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        if (!m_rows->field(row).isEmpty())
            result.insert(m_rows->field(row), m_rows->choice(row));
    }
    return result;
}

void OrderBuilder::setOrder(const OrderedJson &order)
{
    const QSignalBlocker blocker(m_rows);
    m_rows->clear();
    for (qsizetype i = 0; i < order.size() && order.isObject(); ++i)
        m_rows->addRow(order.keyAt(i), order.at(i).toString().toUpper());
}

} // namespace b24
