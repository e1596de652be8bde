#include "ui/request/fieldform.h"

#include "ui/request/editors/choiceeditor.h"
#include "ui/request/editors/fieldeditor.h"
#include "ui/request/editors/fieldeditorfactory.h"

#include <QFormLayout>
#include <QLabel>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

FieldForm::FieldForm(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setSpecs({});
}

void FieldForm::setSpecs(const QList<FieldDescriptor> &specs)
{
    const OrderedJson previous = values();
    m_specs = specs;
    m_editors.clear();
    m_labels.clear();
    auto *page = new QWidget;
    m_layout = new QFormLayout(page);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (specs.isEmpty())
        m_layout->addRow(new QLabel(tr("No field list for this method: use the raw JSON tab."), page));
    QSet<QString> wanted;
    // What a user fills first: required fields, then by title (not by code: "Name" before "Modified by").
    QList<FieldDescriptor> shown = specs;
    std::stable_sort(shown.begin(), shown.end(), [](const FieldDescriptor &a, const FieldDescriptor &b) {
        if (a.isRequired != b.isRequired)
            return a.isRequired;
        return QString::localeAwareCompare(a.displayTitle(), b.displayTitle()) < 0;
    });
    for (const FieldDescriptor &spec : std::as_const(shown)) {
        FieldEditor *editor = createFieldEditor(spec, page);
        auto *label = new QLabel(page);
        label->setBuddy(editor);
        label->setToolTip(spec.description.isEmpty()
                              ? u"%1 (%2)"_s.arg(spec.name, spec.type)
                              : u"<b>%1</b> (%2)<br>%3"_s.arg(spec.name.toHtmlEscaped(),
                                                              spec.type.toHtmlEscaped(),
                                                              spec.description.toHtmlEscaped()));
        if (!spec.description.isEmpty())
            editor->setToolTip(label->toolTip());
        m_layout->addRow(label, editor);
        m_editors.insert(spec.name, editor);
        m_labels.insert(spec.name, label);
        connect(editor, &FieldEditor::changed, this, [this] {
            refreshMarks();
            emit changed();
        });
        if (spec.type == "crm_status"_L1 && !spec.statusType.isEmpty())
            wanted.insert(spec.statusType);
    }
    setWidget(page);
    showWritableOnly();
    setValues(previous);
    for (const QString &entityId : std::as_const(wanted))
        emit statusesWanted(entityId);
}

FieldEditor *FieldForm::editor(const QString &name) const
{
    return m_editors.value(name);
}

QLabel *FieldForm::label(const QString &name) const
{
    return m_labels.value(name);
}

OrderedJson FieldForm::values() const
{
    const auto edited = [this](const QString &name) -> std::optional<OrderedJson> {
        const FieldEditor *editor = m_editors.value(name);
        if (!editor || editor->spec().isReadOnly)
            return std::nullopt; // no editor: kept as set
        const QJsonValue v = editor->value();
        if (v.isUndefined())
            return OrderedJson();
        // A value not edited since it was set keeps its nested key order.
        const OrderedJson set = m_set.value(name);
        return set.toQJsonValue() == v ? set : OrderedJson(v);
    };
    OrderedJson result = OrderedJson::object();
    for (qsizetype i = 0; i < m_set.size(); ++i) {
        const std::optional<OrderedJson> value = edited(m_set.keyAt(i));
        if (!value)
            result.appendEntry(m_set.keyAt(i), m_set.at(i));
        else if (!value->isUndefined())
            result.insert(m_set.keyAt(i), *value);
    }
    for (const FieldDescriptor &spec : m_specs) {
        if (m_set.contains(spec.name))
            continue;
        const std::optional<OrderedJson> value = edited(spec.name);
        if (value && !value->isUndefined())
            result.insert(spec.name, *value);
    }
    return result;
}

void FieldForm::setValues(const OrderedJson &values)
{
    m_set = values.isObject() ? values : OrderedJson::object();
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const QSignalBlocker blocker(editor);
        editor->setValue(m_set.value(editor->spec().name).toQJsonValue());
    }
    refreshMarks();
}

void FieldForm::setRequireMandatory(bool require)
{
    m_requireMandatory = require;
    showWritableOnly();
    refreshMarks();
}

void FieldForm::showWritableOnly()
{
    // A new item cannot have read-only fields (ID, dates set by the portal): not offered on *.add.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (m_layout && it.value()->spec().isReadOnly)
            m_layout->setRowVisible(it.value(), !m_requireMandatory);
    }
}

QString FieldForm::problemOf(const FieldEditor *editor) const
{
    const QString input = editor->inputError();
    if (!input.isEmpty())
        return input;
    if (m_requireMandatory && editor->spec().isRequired && editor->isEmpty())
        return tr("required");
    return {};
}

QStringList FieldForm::validationErrors() const
{
    QStringList errors;
    for (const FieldDescriptor &spec : m_specs) {
        const QString problem = problemOf(m_editors.value(spec.name));
        if (!problem.isEmpty())
            errors.append(u"%1: %2"_s.arg(spec.name, problem));
    }
    return errors;
}

void FieldForm::refreshMarks()
{
    for (const FieldDescriptor &spec : std::as_const(m_specs)) {
        QLabel *label = m_labels.value(spec.name);
        const QString problem = problemOf(m_editors.value(spec.name));
        QString text = spec.displayTitle().toHtmlEscaped();
        if (spec.isRequired)
            text += u" <b>*</b>"_s;
        if (spec.isReadOnly)
            text = u"<span style=\"color:gray\">%1 %2</span>"_s.arg(text, tr("(read-only)"));
        if (!problem.isEmpty())
            text += u" <span style=\"color:#c0392b\">⚠ %1</span>"_s.arg(problem.toHtmlEscaped());
        label->setText(text);
        label->setProperty("invalid", !problem.isEmpty());
    }
}

void FieldForm::setStatuses(const QString &entityId, const QJsonArray &items)
{
    for (FieldEditor *editor : std::as_const(m_editors)) {
        if (editor->spec().type == "crm_status"_L1 && editor->spec().statusType == entityId) {
            const QSignalBlocker blocker(editor);
            static_cast<ChoiceEditor *>(editor)->setStatusItems(items);
        }
    }
}

} // namespace b24
