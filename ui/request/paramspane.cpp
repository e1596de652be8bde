#include "ui/request/paramspane.h"

#include "ui/request/fieldform.h"
#include "ui/request/filterbuilder.h"
#include "ui/request/orderbuilder.h"
#include "ui/request/rawjsoneditor.h"
#include "ui/request/selectpicker.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ParamsPane::ParamsPane(QWidget *parent)
    : QTabWidget(parent)
    , m_form(new FieldForm(this))
    , m_select(new SelectPicker(this))
    , m_filter(new FilterBuilder(this))
    , m_order(new OrderBuilder(this))
    , m_raw(new RawJsonEditor(this))
{
    addTab(m_form, tr("Fields"));
    addTab(m_select, tr("Select"));
    addTab(m_filter, tr("Filter"));
    addTab(m_order, tr("Order"));
    addTab(m_raw, tr("JSON"));
    connect(m_form, &FieldForm::changed, this, [this] { builderChanged(u"fields"_s, m_form->values()); });
    connect(m_select, &SelectPicker::changed, this, [this] {
        builderChanged(u"select"_s, OrderedJson(QJsonArray::fromStringList(m_select->selected())));
    });
    connect(m_filter, &FilterBuilder::changed, this,
            [this] { builderChanged(u"filter"_s, m_filter->filter()); });
    connect(m_order, &OrderBuilder::changed, this, [this] { builderChanged(u"order"_s, m_order->order()); });
    connect(m_raw, &RawJsonEditor::edited, this, &ParamsPane::rawEdited);
    connect(m_raw, &RawJsonEditor::validityChanged, this, &ParamsPane::changed);
    connect(m_form, &FieldForm::statusesWanted, this, &ParamsPane::statusesWanted);
}

void ParamsPane::setSpecs(const QList<FieldDescriptor> &specs)
{
    m_specs = specs;
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
}

void ParamsPane::setMethod(const QString &method)
{
    m_form->setRequireMandatory(method.endsWith(".add"_L1, Qt::CaseInsensitive));
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
    m_form->setValues(m_params.value(keyFor(u"fields"_s)));
    QStringList select;
    const OrderedJson selected = m_params.value(keyFor(u"select"_s));
    for (qsizetype i = 0; i < selected.size() && selected.isArray(); ++i)
        select.append(selected.at(i).toString());
    m_select->setSelected(select);
    m_filter->setFilter(m_params.value(keyFor(u"filter"_s)));
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
    errors += m_form->validationErrors();
    errors += m_filter->validationErrors();
    return errors;
}

} // namespace b24
