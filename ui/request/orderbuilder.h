#pragma once

#include "core/b24/orderedjson.h"

#include <QWidget>

namespace b24 {

class FieldRowTable;

// The "order" parameter: rows of (field, ASC | DESC) -> {"DATE_CREATE": "DESC", "ID": "ASC"}, in
// the rows' order: the portal sorts by the first key, then by the next.
class OrderBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit OrderBuilder(QWidget *parent = nullptr);

    void setFieldNames(const QStringList &names);
    void addOrder(const QString &field, const QString &direction);
    OrderedJson order() const;
    void setOrder(const OrderedJson &order);

    FieldRowTable *rows() const { return m_rows; }

signals:
    void changed();

private:
    FieldRowTable *m_rows;
};

} // namespace b24
