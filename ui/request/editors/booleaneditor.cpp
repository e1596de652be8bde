#include "ui/request/editors/booleaneditor.h"

#include "ui/request/jsontext.h"

#include <QComboBox>
#include <QHBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

BooleanEditor::BooleanEditor(const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_combo->addItem(QString(), QString());
    m_combo->addItem(tr("Yes (Y)"), u"Y"_s);
    m_combo->addItem(tr("No (N)"), u"N"_s);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::changed);
}

QString BooleanEditor::kind() const
{
    return u"boolean"_s;
}

QJsonValue BooleanEditor::value() const
{
    const QString v = m_combo->currentData().toString();
    return v.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v);
}

void BooleanEditor::setValue(const QJsonValue &value)
{
    QString text = jsonScalarText(value).toUpper();
    if (text == "1"_L1)
        text = u"Y"_s;
    else if (text == "0"_L1)
        text = u"N"_s;
    const int index = m_combo->findData(text);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace b24
