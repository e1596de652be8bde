#include "ui/request/editors/multifieldeditor.h"

#include "ui/request/jsontext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {
constexpr int TypeColumn = 0;
constexpr int ValueColumn = 1;
} // namespace

MultiFieldEditor::MultiFieldEditor(const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_table(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(120);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add value"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &FieldEditor::changed);
}

QString MultiFieldEditor::kind() const
{
    return u"multifield"_s;
}

QStringList MultiFieldEditor::valueTypes(const QString &fieldName)
{
    // The portal's VALUE_TYPE codes per multi-field (crm.enum.fields / crm-contact-update docs).
    if (fieldName == "PHONE"_L1)
        return {u"WORK"_s, u"MOBILE"_s, u"FAX"_s, u"HOME"_s, u"PAGER"_s, u"MAILING"_s, u"OTHER"_s};
    if (fieldName == "EMAIL"_L1)
        return {u"WORK"_s, u"HOME"_s, u"MAILING"_s, u"OTHER"_s};
    if (fieldName == "WEB"_L1)
        return {u"WORK"_s, u"HOME"_s, u"FACEBOOK"_s, u"VK"_s, u"LIVEJOURNAL"_s, u"TWITTER"_s, u"OTHER"_s};
    if (fieldName == "IM"_L1)
        return {u"TELEGRAM"_s, u"WHATSAPP"_s, u"SKYPE"_s, u"VIBER"_s, u"VK"_s, u"IMOL"_s, u"OTHER"_s};
    return {u"WORK"_s, u"OTHER"_s};
}

int MultiFieldEditor::rowCount() const
{
    return m_table->rowCount();
}

void MultiFieldEditor::addRow(const QString &valueType, const QString &text, const QString &id)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *type = new QComboBox(m_table);
    type->setEditable(true);
    type->addItems(valueTypes(spec().name));
    if (!valueType.isEmpty())
        type->setCurrentText(valueType);
    m_table->setCellWidget(row, TypeColumn, type);
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    m_table->setItem(row, ValueColumn, item);
    connect(type, &QComboBox::currentTextChanged, this, &FieldEditor::changed);
    emit changed();
}

QJsonValue MultiFieldEditor::value() const
{
    QJsonArray array;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, ValueColumn);
        const auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
        const QString text = item ? item->text().trimmed() : QString();
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (text.isEmpty() && id.isEmpty())
            continue;
        QJsonObject entry{{u"VALUE"_s, text}, {u"VALUE_TYPE"_s, type ? type->currentText() : QString()}};
        if (!id.isEmpty())
            entry.insert(u"ID"_s, id); // an empty VALUE with an ID removes that value on update
        array.append(entry);
    }
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
}

void MultiFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        addRow(o.value("VALUE_TYPE"_L1).toString(), jsonScalarText(o.value("VALUE"_L1)),
               jsonScalarText(o.value("ID"_L1)));
    }
}

} // namespace b24
