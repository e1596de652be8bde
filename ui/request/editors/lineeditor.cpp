#include "ui/request/editors/lineeditor.h"

#include "ui/request/jsontext.h"
#include "ui/request/valuecheck.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

LineEditor::LineEditor(Kind kind, const FieldDescriptor &spec, QWidget *parent)
    : FieldEditor(spec, parent)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setClearButtonEnabled(true);
    switch (kind) {
    case Kind::Date:
        m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    case Kind::DateTime:
        m_edit->setPlaceholderText(tr("YYYY-MM-DDThh:mm:ss+03:00"));
        break;
    case Kind::User:
        m_edit->setPlaceholderText(spec.isMultiple ? tr("user IDs, comma-separated") : tr("user ID"));
        break;
    case Kind::Id:
        m_edit->setPlaceholderText(spec.isMultiple ? tr("IDs, comma-separated") : tr("ID"));
        break;
    default:
        if (spec.isMultiple)
            m_edit->setPlaceholderText(tr("comma-separated values"));
        break;
    }
    connect(m_edit, &QLineEdit::textChanged, this, &FieldEditor::changed);
}

QString LineEditor::kind() const
{
    switch (m_kind) {
    case Kind::Text:
        return u"text"_s;
    case Kind::Integer:
        return u"integer"_s;
    case Kind::Double:
        return u"double"_s;
    case Kind::Date:
        return u"date"_s;
    case Kind::DateTime:
        return u"datetime"_s;
    case Kind::Id:
        return u"id"_s;
    case Kind::User:
        return u"user"_s;
    }
    return {};
}

QStringList LineEditor::parts() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    if (!spec().isMultiple)
        return {text};
    QStringList list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        list.append(part.trimmed());
    return list;
}

QString LineEditor::problem(const QString &text) const
{
    switch (m_kind) {
    case Kind::Integer:
    case Kind::Id:
    case Kind::User:
        return valueProblem(ValueKind::Integer, text);
    case Kind::Double:
        return valueProblem(ValueKind::Double, text);
    case Kind::Date:
        return valueProblem(ValueKind::Date, text);
    case Kind::DateTime:
        return valueProblem(ValueKind::DateTime, text);
    case Kind::Text:
        break;
    }
    return {};
}

QJsonValue LineEditor::convert(const QString &text) const
{
    if (!problem(text).isEmpty())
        return QJsonValue::Undefined;
    switch (m_kind) {
    case Kind::Integer:
    case Kind::Id:
    case Kind::User:
        return QJsonValue(text.toLongLong());
    case Kind::Double:
        return QJsonValue(text.toDouble());
    default:
        return QJsonValue(text);
    }
}

QJsonValue LineEditor::value() const
{
    const QStringList list = parts();
    if (list.isEmpty())
        return QJsonValue::Undefined;
    if (!spec().isMultiple)
        return convert(list.first());
    QJsonArray array;
    for (const QString &part : list) {
        const QJsonValue v = convert(part);
        if (v.isUndefined())
            return QJsonValue::Undefined;
        array.append(v);
    }
    return array;
}

void LineEditor::setValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list.append(jsonScalarText(v));
        m_edit->setText(list.join(u", "_s));
    } else {
        m_edit->setText(jsonScalarText(value));
    }
}

QString LineEditor::inputError() const
{
    for (const QString &part : parts()) {
        const QString p = problem(part);
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace b24
