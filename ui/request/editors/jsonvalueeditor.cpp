#include "ui/request/editors/jsonvalueeditor.h"

#include "ui/request/jsontext.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

JsonValueEditor::JsonValueEditor(const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setPlaceholderText(spec.hint.isEmpty() ? tr("%1 (text or JSON)").arg(spec.type) : spec.hint);
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::changed);
}

QString JsonValueEditor::kind() const
{
    return u"json"_s;
}

QJsonValue JsonValueEditor::value() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return text;
}

void JsonValueEditor::setValue(const QJsonValue &value)
{
    m_edit->setText(jsonValueText(value));
}

} // namespace b24
