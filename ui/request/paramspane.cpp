#include "request/paramspane.h"

#include "request/fieldform.h"
#include "request/filterbuilder.h"
#include "request/orderbuilder.h"
#include "request/rawjsoneditor.h"
#include "request/selectpicker.h"

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
    connect(m_form, &FieldForm::changed, this, &ParamsPane::builderChanged);
    connect(m_select, &SelectPicker::changed, this, &ParamsPane::builderChanged);
    connect(m_filter, &FilterBuilder::changed, this, &ParamsPane::builderChanged);
    connect(m_order, &OrderBuilder::changed, this, &ParamsPane::builderChanged);
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

void ParamsPane::setParams(const QJsonObject &params)
{
    m_params = params;
    m_raw->setObject(params);
    fillBuilders();
    emit changed();
}

QString ParamsPane::keyFor(const QString &name) const
{
    for (auto it = m_params.begin(); it != m_params.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name;
}

void ParamsPane::fillBuilders()
{
    m_filling = true;
    m_form->setValues(m_params.value(keyFor(u"fields"_s)).toObject());
    QStringList select;
    for (const QJsonValue &v : m_params.value(keyFor(u"select"_s)).toArray())
        select.append(v.toString());
    m_select->setSelected(select);
    m_filter->setFilter(m_params.value(keyFor(u"filter"_s)).toObject());
    m_order->setOrder(m_params.value(keyFor(u"order"_s)).toObject());
    m_filling = false;
}

void ParamsPane::builderChanged()
{
    if (m_filling)
        return;
    const auto put = [this](const QString &name, const QJsonValue &value, bool empty) {
        const QString key = keyFor(name);
        if (empty)
            m_params.remove(key);
        else
            m_params.insert(key, value);
    };
    const QJsonObject fields = m_form->values();
    put(u"fields"_s, fields, fields.isEmpty());
    const QStringList select = m_select->selected();
    put(u"select"_s, QJsonArray::fromStringList(select), select.isEmpty());
    const QJsonObject filter = m_filter->filter();
    put(u"filter"_s, filter, filter.isEmpty());
    const QJsonObject order = m_order->order();
    put(u"order"_s, order, order.isEmpty());
    m_raw->setObject(m_params);
    emit changed();
}

void ParamsPane::rawEdited(const QJsonObject &object)
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
