#pragma once

#include "core/apidocs/methodspec.h"
#include "core/b24/orderedjson.h"
#include "core/catalog/fielddescriptor.h"

#include <QTabWidget>

#include <optional>

namespace b24 {

class FieldForm;
class UrlOpener;
class FilterBuilder;
class OrderBuilder;
class RawJsonEditor;
class SelectPicker;

// The parameters of one call: the documented parameters of the method as a form (the shipped
// catalog of the documentation), "fields" as a form, "select", "filter" and "order" builders, and
// the whole object as raw JSON. The portal's *.fields wins over the documentation for "fields": it
// knows the portal's own user fields. Both views edit one object: a change in a builder rewrites the
// JSON, valid JSON refills the builders. Keys no builder owns (id, entityTypeId ...) live in the
// JSON only and are kept. Keys keep the order written: a builder rewrites only its own key, in its
// place.
class ParamsPane : public QTabWidget
{
    Q_OBJECT
public:
    explicit ParamsPane(QWidget *parent = nullptr);

    // The portal's *.fields; empty: the documented fields of the method's "fields", if any.
    void setSpecs(const QList<FieldDescriptor> &specs);
    const QList<FieldDescriptor> &specs() const { return m_specs; }
    // Required fields are enforced for *.add methods only. The documented method (if it is one)
    // gives the Parameters form, Fill example and Docs.
    void setMethod(const QString &method);
    const MethodSpec *methodSpec() const { return m_spec ? &*m_spec : nullptr; }
    // Replaces the parameters with the documented example request.
    void fillExample();
    // Opens the method's documentation page, Russian or English by the interface language.
    void openDocs();
    // Not owned; the desktop's browser unless set.
    void setUrlOpener(UrlOpener *opener) { m_opener = opener; }

    OrderedJson params() const { return m_params; }
    void setParams(const OrderedJson &params);
    QStringList validationErrors() const;

    FieldForm *fieldForm() const { return m_form; }
    FieldForm *paramForm() const { return m_paramForm; }
    QWidget *exampleButton() const { return m_example; }
    QWidget *docsButton() const { return m_docs; }
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
    void paramFormChanged();
    void showTabs(); // the tabs the method takes

    QList<FieldDescriptor> m_specs;
    OrderedJson m_params = OrderedJson::object();
    FieldForm *m_form;
    SelectPicker *m_select;
    FilterBuilder *m_filter;
    OrderBuilder *m_order;
    RawJsonEditor *m_raw;
    bool m_filling = false;
    std::optional<MethodSpec> m_spec;
    QList<FieldDescriptor> m_portalSpecs;
    FieldForm *m_paramForm;
    QWidget *m_example = nullptr;
    QWidget *m_docs = nullptr;
    UrlOpener *m_opener;
    bool m_add = false;
    bool m_list = false;
    bool m_write = false;
};

} // namespace b24
