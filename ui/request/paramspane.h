#pragma once

#include "core/b24/orderedjson.h"
#include "core/catalog/fielddescriptor.h"

#include <QTabWidget>

namespace b24 {

class FieldForm;
class FilterBuilder;
class OrderBuilder;
class RawJsonEditor;
class SelectPicker;

// The parameters of one call: "fields" as a form, "select", "filter" and "order" builders, and
// the whole object as raw JSON. Both views edit one object: a change in a builder rewrites the
// JSON, valid JSON refills the builders. Keys no builder owns (id, entityTypeId ...) live in the
// JSON only and are kept. Keys keep the order written: a builder rewrites only its own key, in its
// place.
class ParamsPane : public QTabWidget
{
    Q_OBJECT
public:
    explicit ParamsPane(QWidget *parent = nullptr);

    void setSpecs(const QList<FieldDescriptor> &specs);
    const QList<FieldDescriptor> &specs() const { return m_specs; }
    // Required fields are enforced for *.add methods only.
    void setMethod(const QString &method);

    OrderedJson params() const { return m_params; }
    void setParams(const OrderedJson &params);
    QStringList validationErrors() const;

    FieldForm *fieldForm() const { return m_form; }
    SelectPicker *selectPicker() const { return m_select; }
    FilterBuilder *filterBuilder() const { return m_filter; }
    OrderBuilder *orderBuilder() const { return m_order; }
    RawJsonEditor *rawEditor() const { return m_raw; }

signals:
    void changed();
    void statusesWanted(const QString &entityId);

private:
    QString keyFor(const QString &name) const; // "filter" or the spelling already used (FILTER)
    // Writes one builder's value under its key (removed when empty), then the JSON tab.
    void builderChanged(const QString &name, const OrderedJson &value);
    void rawEdited(const OrderedJson &object);
    void fillBuilders();

    QList<FieldDescriptor> m_specs;
    OrderedJson m_params = OrderedJson::object();
    FieldForm *m_form;
    SelectPicker *m_select;
    FilterBuilder *m_filter;
    OrderBuilder *m_order;
    RawJsonEditor *m_raw;
    bool m_filling = false;
};

} // namespace b24
