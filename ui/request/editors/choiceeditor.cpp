#include "ui/request/editors/choiceeditor.h"

#include "ui/request/jsontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ChoiceEditor::ChoiceEditor(const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (spec.isMultiple) {
        m_list = new QListWidget(this);
        m_list->setMaximumHeight(110);
        layout->addWidget(m_list);
        connect(m_list, &QListWidget::itemChanged, this, &FieldEditor::changed);
    } else {
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        layout->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::changed);
    }
    QList<QPair<QString, QString>> items;
    for (const FieldItem &item : spec.items)
        items.append({item.id, item.value});
    setItems(items);
}

QString ChoiceEditor::kind() const
{
    return spec().type == "crm_status"_L1 ? u"status"_s : u"enumeration"_s;
}

void ChoiceEditor::setItems(const QList<QPair<QString, QString>> &items)
{
    const QJsonValue current = value();
    const QSignalBlocker blockCombo(m_combo);
    const QSignalBlocker blockList(m_list);
    if (m_combo) {
        m_combo->clear();
        m_combo->addItem(QString(), QString());
        for (const auto &[code, label] : items)
            m_combo->addItem(label == code ? code : u"%1 — %2"_s.arg(label, code), code);
    } else {
        m_list->clear();
        for (const auto &[code, label] : items) {
            auto *item = new QListWidgetItem(label == code ? code : u"%1 — %2"_s.arg(label, code), m_list);
            item->setData(Qt::UserRole, code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (!current.isUndefined())
        setValue(current);
}

void ChoiceEditor::setStatusItems(const QJsonArray &statuses)
{
    QList<QPair<QString, QString>> items;
    for (const QJsonValue &v : statuses) {
        const QJsonObject o = v.toObject();
        items.append({o.value("STATUS_ID"_L1).toString(), o.value("NAME"_L1).toString()});
    }
    setItems(items);
}

int ChoiceEditor::itemCount() const
{
    return m_combo ? m_combo->count() - 1 : m_list->count();
}

QJsonValue ChoiceEditor::value() const
{
    if (m_combo) {
        // A typed code that is not in the list is sent as typed.
        const int index = m_combo->findText(m_combo->currentText());
        const QString code =
            index >= 0 ? m_combo->itemData(index).toString() : m_combo->currentText().trimmed();
        return code.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(code);
    }
    QJsonArray array;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            array.append(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
}

void ChoiceEditor::setValue(const QJsonValue &value)
{
    if (m_combo) {
        const QString code = jsonScalarText(value);
        const int index = code.isEmpty() ? 0 : m_combo->findData(code);
        if (index >= 0)
            m_combo->setCurrentIndex(index);
        else
            m_combo->setCurrentText(code);
        return;
    }
    QStringList codes;
    for (const QJsonValue &v : value.isArray() ? value.toArray() : QJsonArray{value})
        codes.append(jsonScalarText(v));
    for (const QString &code : codes) {
        bool found = false;
        for (int i = 0; i < m_list->count(); ++i)
            found = found || m_list->item(i)->data(Qt::UserRole).toString() == code;
        if (!found && !code.isEmpty()) {
            auto *item = new QListWidgetItem(code, m_list);
            item->setData(Qt::UserRole, code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

} // namespace b24
