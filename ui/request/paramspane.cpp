#include "ui/request/paramspane.h"

#include "core/apidocs/docscatalog.h"
#include "core/b24/methodkind.h"
#include "core/catalog/openapiforms.h"
#include "core/catalog/specschema.h"
#include "ui/common/urlopener.h"
#include "ui/request/fieldform.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/orderbuilder.h"
#include "ui/request/rawjsoneditor.h"
#include "ui/request/selectpicker.h"
#include "ui/request/v3filterbuilder.h"
#include "ui/request/v3selectpicker.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ParamsPane::ParamsPane(QWidget *parent)
    : QTabWidget(parent)
    , m_form(new FieldForm(this))
    , m_select(new SelectPicker(this))
    , m_filter(new FilterBuilder(this))
    , m_order(new OrderBuilder(this))
    , m_raw(new RawJsonEditor(this))
    , m_paramForm(new FieldForm(this))
    , m_opener(UrlOpener::desktop())
    , m_v3Select(new V3SelectPicker(this))
    , m_v3Filter(new V3FilterBuilder(this))
{
    m_paramForm->setObjectName(u"paramForm"_s);
    addTab(m_paramForm, tr("Parameters"));
    addTab(m_form, tr("Fields"));
    addTab(m_select, tr("Select"));
    addTab(m_v3Select, tr("Select"));
    addTab(m_filter, tr("Filter"));
    addTab(m_v3Filter, tr("Filter"));
    addTab(m_order, tr("Order"));
    addTab(m_raw, tr("JSON"));
    connect(m_form, &FieldForm::changed, this, [this] { builderChanged(u"fields"_s, m_form->values()); });
    connect(m_select, &SelectPicker::changed, this, [this] {
        builderChanged(u"select"_s, OrderedJson(QJsonArray::fromStringList(m_select->selected())));
    });
    connect(m_filter, &FilterBuilder::changed, this,
            [this] { builderChanged(u"filter"_s, m_filter->filter()); });
    connect(m_order, &OrderBuilder::changed, this, [this] { builderChanged(u"order"_s, m_order->order()); });
    connect(m_v3Select, &V3SelectPicker::changed, this, [this] {
        builderChanged(u"select"_s, OrderedJson(QJsonArray::fromStringList(m_v3Select->selected())));
    });
    connect(m_v3Filter, &V3FilterBuilder::changed, this,
            [this] { builderChanged(u"filter"_s, m_v3Filter->filter()); });
    connect(m_raw, &RawJsonEditor::edited, this, &ParamsPane::rawEdited);
    connect(m_raw, &RawJsonEditor::validityChanged, this, &ParamsPane::changed);
    connect(m_form, &FieldForm::statusesWanted, this, &ParamsPane::statusesWanted);
    connect(m_paramForm, &FieldForm::changed, this, &ParamsPane::paramFormChanged);

    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    auto *example = new QPushButton(tr("Fill example"), corner);
    example->setObjectName(u"fillExample"_s);
    auto *docs = new QPushButton(tr("Docs"), corner);
    docs->setObjectName(u"openDocs"_s);
    cornerLayout->addWidget(example);
    cornerLayout->addWidget(docs);
    setCornerWidget(corner);
    m_example = example;
    m_docs = docs;
    connect(example, &QPushButton::clicked, this, &ParamsPane::fillExample);
    connect(docs, &QPushButton::clicked, this, &ParamsPane::openDocs);
    setMethod({});
}

void ParamsPane::setSpecs(const QList<FieldDescriptor> &specs)
{
    m_portalSpecs = specs;
    if (m_api == ApiVersion::V3)
        return; // the classic *.fields: kept for a switch back to v2
    m_specs = specs.isEmpty() && m_spec ? SpecSchema::fieldsParam(*m_spec) : specs;
    m_form->setRequireMandatory(m_add && !m_portalSpecs.isEmpty());
    QStringList names;
    for (const FieldDescriptor &spec : specs)
        names.append(spec.name);
    m_filling = true;
    m_form->setSpecs(specs);
    m_select->setFieldNames(names);
    m_filter->setSpecs(specs);
    m_order->setFieldNames(names);
    m_filling = false;
    fillBuilders();
    showTabs();
}

void ParamsPane::setMethod(const QString &method)
{
    m_method = method;
    if (m_api == ApiVersion::V3) {
        // The forms come from the OpenAPI document (setV3Method); the documentation only for Docs.
        const MethodSpec *spec = method.isEmpty() ? nullptr : DocsCatalog::shipped().find(method);
        m_spec = spec ? std::optional<MethodSpec>(*spec) : std::nullopt;
        updateButtons();
        return;
    }
    m_add = method.endsWith(".add"_L1, Qt::CaseInsensitive);
    // Required marks of the documentation are often conditional ("required if is_meeting = Y"):
    // shown, enforced only where the portal itself said so.
    m_form->setRequireMandatory(m_add && !m_portalSpecs.isEmpty());
    m_list = MethodKind::isList(method);
    m_write = !m_list && MethodKind::isWrite(method);
    const MethodSpec *spec = method.isEmpty() ? nullptr : DocsCatalog::shipped().find(method);
    const bool sameSpec = spec && m_spec && spec->name == m_spec->name;
    if (!sameSpec) {
        m_spec = spec ? std::optional<MethodSpec>(*spec) : std::nullopt;
        QList<FieldDescriptor> params = spec ? SpecSchema::params(*spec) : QList<FieldDescriptor>();
        // Keys a builder edits are the builder's, not a second editor's.
        params.removeIf([this](const FieldDescriptor &d) {
            const QString key = d.name.toLower();
            return (key == "fields"_L1 && !m_list) ||
                   ((key == "select"_L1 || key == "filter"_L1 || key == "order"_L1) && !m_write);
        });
        m_filling = true;
        m_paramForm->setSpecs(params);
        m_filling = false;
    }
    updateButtons();
    showTabs();
}

void ParamsPane::updateButtons()
{
    // A documented example is a classic request: not offered for a REST 3.0 call.
    const bool hasExample = m_api == ApiVersion::V2 && m_spec && !m_spec->requestExample.isEmpty();
    m_example->setEnabled(hasExample);
    m_example->setToolTip(hasExample ? tr("Put the documented example request into the parameters")
                                     : tr("The documentation has no example request for this method"));
    m_docs->setEnabled(m_spec && !m_spec->page.isEmpty());
    m_docs->setToolTip(m_docs->isEnabled() ? tr("Open the documentation page of %1").arg(m_spec->name)
                                           : tr("Not a documented method"));
}

void ParamsPane::showTabs()
{
    if (m_api == ApiVersion::V3) {
        showV3Tabs();
        return;
    }
    setTabVisible(indexOf(m_v3Select), false);
    setTabVisible(indexOf(m_v3Filter), false);
    QWidget *was = currentWidget();
    const bool hasParams = m_spec && !m_paramForm->specs().isEmpty();
    // "fields" is offered where the method takes it: any non-list the documentation does not know,
    // or one it documents with "fields", or whose *.fields the portal answered.
    bool takesFields = !m_list;
    if (takesFields && m_spec && m_portalSpecs.isEmpty()) {
        takesFields = std::any_of(m_spec->params.cbegin(), m_spec->params.cend(), [](const SpecParam &p) {
            return p.name.compare("fields"_L1, Qt::CaseInsensitive) == 0;
        });
    }
    setTabVisible(indexOf(m_paramForm), hasParams);
    setTabVisible(indexOf(m_form), takesFields);
    // Only the builders the method reads: select/filter/order mean nothing to a write.
    for (QWidget *builder : {static_cast<QWidget *>(m_select), static_cast<QWidget *>(m_filter),
                             static_cast<QWidget *>(m_order)})
        setTabVisible(indexOf(builder), !m_write);
    // The tab in use went away: the one the method is about, not whatever comes next.
    if (!isTabVisible(indexOf(was)) || (was == m_raw && hasParams && !takesFields && m_write)) {
        QWidget *next = m_list        ? static_cast<QWidget *>(m_filter)
                        : takesFields ? static_cast<QWidget *>(m_form)
                        : hasParams   ? static_cast<QWidget *>(m_paramForm)
                                      : static_cast<QWidget *>(m_raw);
        setCurrentWidget(next);
    }
}

void ParamsPane::setV3Method(const OpenApiMethod *method)
{
    const std::optional<OpenApiMethod> copy = method ? std::optional<OpenApiMethod>(*method) : std::nullopt;
    m_api = ApiVersion::V3;
    m_v3 = copy;
    m_list = m_v3 && m_v3->takes(u"filter"_s);
    m_write = m_v3 ? m_v3->write : false;
    QList<FieldDescriptor> params = m_v3 ? OpenApiForms::params(*m_v3) : QList<FieldDescriptor>();
    // Keys a builder edits are the builder's, not a second editor's.
    params.removeIf([](const FieldDescriptor &d) {
        return QStringList{u"fields"_s, u"select"_s, u"filter"_s, u"order"_s}.contains(d.name.toLower());
    });
    m_specs = m_v3 ? OpenApiForms::fields(*m_v3) : QList<FieldDescriptor>();
    const std::optional<OpenApiEntity> entity = m_v3 ? m_v3->entity : std::nullopt;
    QList<OpenApiField> filterable;
    for (const OpenApiField &f : entity ? entity->fields : QList<OpenApiField>())
        if (!entity->marksFilterable || f.filterable)
            filterable.append(f);
    m_filling = true;
    m_paramForm->setSpecs(params);
    // The document's required marks are the portal's own: enforced when creating.
    m_form->setRequireMandatory(m_v3 && m_v3->name.endsWith(".add"_L1, Qt::CaseInsensitive));
    m_form->setSpecs(m_specs);
    m_v3Select->setEntity(entity);
    m_v3Filter->setFields(filterable);
    m_order->setFieldNames(entity ? entity->sortableNames() : QStringList());
    m_filling = false;
    fillBuilders();
    updateButtons();
    showTabs();
}

void ParamsPane::setApi(ApiVersion api)
{
    if (api == ApiVersion::V3) {
        setV3Method(v3Method());
        return;
    }
    if (m_api == ApiVersion::V2)
        return;
    m_api = ApiVersion::V2;
    m_spec.reset(); // the classic form of the method is built again
    setMethod(m_method);
    setSpecs(m_portalSpecs);
}

void ParamsPane::showV3Tabs()
{
    QWidget *was = currentWidget();
    // Unknown to the document: every builder, the portal judges.
    auto takes = [this](const QString &name) { return !m_v3 || m_v3->takes(name); };
    setTabVisible(indexOf(m_paramForm), !m_paramForm->specs().isEmpty());
    setTabVisible(indexOf(m_form), m_v3 && m_v3->takes(u"fields"_s));
    setTabVisible(indexOf(m_select), false);
    setTabVisible(indexOf(m_filter), false);
    setTabVisible(indexOf(m_v3Select), takes(u"select"_s));
    setTabVisible(indexOf(m_v3Filter), takes(u"filter"_s));
    setTabVisible(indexOf(m_order), takes(u"order"_s));
    if (isTabVisible(indexOf(was)))
        return;
    for (QWidget *next : {static_cast<QWidget *>(m_v3Filter), static_cast<QWidget *>(m_form),
                          static_cast<QWidget *>(m_paramForm), static_cast<QWidget *>(m_raw)}) {
        if (isTabVisible(indexOf(next))) {
            setCurrentWidget(next);
            return;
        }
    }
}

void ParamsPane::fillExample()
{
    if (m_spec && !m_spec->requestExample.isEmpty())
        setParams(OrderedJson(m_spec->requestExample));
}

void ParamsPane::openDocs()
{
    if (!m_spec || m_spec->page.isEmpty())
        return;
    const bool russian = QLocale().language() == QLocale::Russian;
    m_opener->open(QUrl(m_spec->pageUrl(russian)));
}

void ParamsPane::setParams(const OrderedJson &params)
{
    m_params = params.isObject() ? params : OrderedJson::object();
    m_raw->setObject(m_params);
    fillBuilders();
    emit changed();
}

QString ParamsPane::keyFor(const QString &name) const
{
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        if (m_params.keyAt(i).compare(name, Qt::CaseInsensitive) == 0)
            return m_params.keyAt(i);
    }
    return name;
}

void ParamsPane::fillBuilders()
{
    m_filling = true;
    m_paramForm->setValues(m_params);
    m_form->setValues(m_params.value(keyFor(u"fields"_s)));
    QStringList select;
    const OrderedJson selected = m_params.value(keyFor(u"select"_s));
    for (qsizetype i = 0; i < selected.size() && selected.isArray(); ++i)
        select.append(selected.at(i).toString());
    if (m_api == ApiVersion::V3) {
        m_v3Select->setSelected(select);
        m_v3Filter->setFilter(m_params.value(keyFor(u"filter"_s)));
    } else {
        m_select->setSelected(select);
        m_filter->setFilter(m_params.value(keyFor(u"filter"_s)));
    }
    m_order->setOrder(m_params.value(keyFor(u"order"_s)));
    m_filling = false;
}

void ParamsPane::builderChanged(const QString &name, const OrderedJson &value)
{
    if (m_filling)
        return;
    const QString key = keyFor(name);
    if (value.isEmpty())
        m_params.remove(key);
    else
        m_params.insert(key, value);
    m_raw->setObject(m_params);
    emit changed();
}

void ParamsPane::paramFormChanged()
{
    if (m_filling)
        return;
    const OrderedJson values = m_paramForm->values();
    for (const FieldDescriptor &spec : m_paramForm->specs()) {
        const QString key = keyFor(spec.name);
        if (values.contains(spec.name))
            m_params.insert(key, values.value(spec.name));
        else
            m_params.remove(key);
    }
    m_raw->setObject(m_params);
    emit changed();
}

void ParamsPane::rawEdited(const OrderedJson &object)
{
    m_params = object;
    fillBuilders();
    emit changed();
}

QStringList ParamsPane::validationErrors() const
{
    QStringList errors;
    if (!m_raw->errorText().isEmpty())
        errors.append(m_raw->errorText());
    errors += m_paramForm->validationErrors();
    errors += m_form->validationErrors();
    errors += m_api == ApiVersion::V3 ? m_v3Filter->validationErrors() : m_filter->validationErrors();
    return errors;
}

} // namespace b24
