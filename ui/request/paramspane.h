#pragma once

#include "core/apidocs/methodspec.h"
#include "core/b24/apiversion.h"
#include "core/b24/orderedjson.h"
#include "core/catalog/fielddescriptor.h"
#include "core/catalog/openapimethod.h"

#include <QTabWidget>

#include <optional>

namespace b24 {

class FieldForm;
class UrlOpener;
class FilterBuilder;
class OrderBuilder;
class RawJsonEditor;
class SelectPicker;
class V3FilterBuilder;
class V3SelectPicker;

// The parameters of one call: the documented parameters of the method as a form (the shipped
// catalog of the documentation), "fields" as a form, "select", "filter" and "order" builders, and
// the whole object as raw JSON. The portal's *.fields wins over the documentation for "fields": it
// knows the portal's own user fields. Both views edit one object: a change in a builder rewrites the
// JSON, valid JSON refills the builders. Keys no builder owns (id, entityTypeId ...) live in the
// JSON only and are kept. Keys keep the order written: a builder rewrites only its own key, in its
// place.
//
// REST 3.0 (docs/protocol.md §11): setV3Method() shows a method of the portal's OpenAPI document
// (OpenApiCatalog): Parameters is the form generated from its request schema (OpenApiForms), Fields
// the form of its "fields" (add/update), Select a V3SelectPicker over the entity's fields and
// relations (dotted names), Filter a V3FilterBuilder (the array of [field, op, value] and groups),
// Order the OrderBuilder over the sortable fields ({"id": "ASC"} is the same shape in both
// protocols). Only the tabs of parameters the method takes are shown. setApi(ApiVersion::V2)
// brings back the classic builders and the documentation's form for the method last given to
// setMethod(). In both modes the JSON tab is the source of truth: params() is what is sent.
class ParamsPane : public QTabWidget
{
    Q_OBJECT
public:
    explicit ParamsPane(QWidget *parent = nullptr);

    // The portal's *.fields; empty: the documented fields of the method's "fields", if any. In v3
    // mode only remembered (the OpenAPI schema gives the v3 forms) and used again after setApi(V2).
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

    // REST 3.0: shows `method` (copied; the pointer need not outlive the call) and switches to v3.
    // nullptr: a v3 method the document does not describe — every builder shown, no schema.
    // Call it after each setMethod() of a v3 call (setMethod in v3 mode only remembers the name).
    void setV3Method(const OpenApiMethod *method);
    // V2: the classic builders for the method of the last setMethod(); V3: as setV3Method() with the
    // v3 method last given (none: nullptr). The parameters are kept as they are.
    void setApi(ApiVersion api);
    ApiVersion api() const { return m_api; }
    const OpenApiMethod *v3Method() const { return m_v3 ? &*m_v3 : nullptr; }

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
    V3SelectPicker *v3SelectPicker() const { return m_v3Select; }
    V3FilterBuilder *v3FilterBuilder() const { return m_v3Filter; }

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
    void showV3Tabs();
    void updateButtons();

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
    QString m_method; // as last given to setMethod()
    ApiVersion m_api = ApiVersion::V2;
    std::optional<OpenApiMethod> m_v3;
    V3SelectPicker *m_v3Select;
    V3FilterBuilder *m_v3Filter;
};

} // namespace b24
