#include "ui/request/fieldrowtable.h"

#include "ui/request/jsontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr int FieldColumn = 0;
constexpr int ChoiceColumn = 1;
constexpr int ValueColumn = 2;
constexpr const char *OriginalProperty = "b24OriginalJson";
} // namespace

FieldRowTable::FieldRowTable(const QStringList &choices, bool hasValue, QWidget *parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_hasValue(hasValue)
    , m_table(new QTableWidget(0, hasValue ? 3 : 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList headers{tr("Field"), hasValue ? tr("Operator") : tr("Direction")};
    if (hasValue)
        headers.append(tr("Value"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"addRow"_s);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeRow"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
}

void FieldRowTable::setFieldNames(const QStringList &names)
{
    m_fieldNames = names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn));
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(names);
        combo->setCurrentText(current);
    }
}

int FieldRowTable::rowCount() const
{
    return m_table->rowCount();
}

int FieldRowTable::addRow(const QString &field, const QString &choice, const QJsonValue &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *fieldBox = new QComboBox(m_table);
    fieldBox->setEditable(true); // any key the portal knows, not only those in *.fields
    fieldBox->addItems(m_fieldNames);
    fieldBox->setCurrentText(field);
    m_table->setCellWidget(row, FieldColumn, fieldBox);
    auto *choiceBox = new QComboBox(m_table);
    choiceBox->addItems(m_choices);
    m_table->setCellWidget(row, ChoiceColumn, choiceBox);
    setChoice(row, choice);
    connect(fieldBox, &QComboBox::currentTextChanged, this, &FieldRowTable::changed);
    connect(choiceBox, &QComboBox::currentTextChanged, this, &FieldRowTable::changed);
    if (m_hasValue) {
        auto *edit = new QLineEdit(m_table);
        edit->setText(value.isUndefined() || value.isNull() ? QString() : jsonValueText(value));
        if (!value.isUndefined())
            edit->setProperty(OriginalProperty, value.toVariant());
        m_table->setCellWidget(row, ValueColumn, edit);
        connect(edit, &QLineEdit::textChanged, this, &FieldRowTable::changed);
    }
    emit changed();
    return row;
}

void FieldRowTable::removeRow(int row)
{
    m_table->removeRow(row);
    emit rowRemoved(row);
    emit changed();
}

void FieldRowTable::clear()
{
    m_table->setRowCount(0);
}

QString FieldRowTable::field(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, FieldColumn))->currentText().trimmed();
}

QString FieldRowTable::choice(int row) const
{
    return static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn))->currentText();
}

void FieldRowTable::setChoice(int row, const QString &choice)
{
    auto *box = static_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
    const int index = box->findText(choice);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QString FieldRowTable::valueText(int row) const
{
    if (!m_hasValue)
        return {};
    return static_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn))->text();
}

void FieldRowTable::setValueText(int row, const QString &text)
{
    if (m_hasValue)
        static_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn))->setText(text);
}

QJsonValue FieldRowTable::value(int row) const
{
    if (!m_hasValue)
        return QJsonValue::Undefined;
    const auto *edit = static_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn));
    const QVariant original = edit->property(OriginalProperty);
    if (original.isValid()) {
        const QJsonValue json = QJsonValue::fromVariant(original);
        if (jsonValueText(json) == edit->text())
            return json;
    }
    return edit->text();
}

} // namespace b24
