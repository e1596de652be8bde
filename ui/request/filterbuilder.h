#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/fielddescriptor.h"

#include <QWidget>

namespace b24 {

class FieldRowTable;

// The "filter" parameter: rows of (field, Bitrix prefix operator, value) -> {">=DATE_CREATE": ..,
// "@STAGE_ID": [..]}. IN / NOT IN take a comma-separated list. Entries it cannot show as a row
// (nested logic groups) are kept and sent back unchanged, in their place among the rows.
class FilterBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBuilder(QWidget *parent = nullptr);

    // The operators the portal knows, longest first (so ">=" is matched before ">").
    static QStringList operators();
    // Splits a filter key into its prefix operator ("" = equals) and field name.
    static void splitKey(const QString &key, QString *op, QString *field);

    void setSpecs(const QList<FieldDescriptor> &specs);
    int conditionCount() const;
    // op: one of operators() or "=" (equals, sent without prefix).
    void addCondition(const QString &field, const QString &op, const QJsonValue &value);
    void clear();

    OrderedJson filter() const;
    void setFilter(const OrderedJson &filter);
    QStringList validationErrors() const;

    FieldRowTable *rows() const { return m_rows; }

signals:
    void changed();

private:
    static bool isListOperator(const QString &op);

    QList<FieldDescriptor> m_specs;
    // An entry with no row form and the number of rows that came before it.
    struct Kept
    {
        int rowsBefore;
        QString key;
        OrderedJson value;
    };

    FieldRowTable *m_rows;
    QList<Kept> m_unmanaged;
};

} // namespace b24
