#include "core/labels/labelcolumns.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

LabelColumns::LabelColumns(const FieldSchema &schema)
{
    for (const FieldDescriptor &field : schema.fields()) {
        m_titles.insert(field.name, field.displayTitle());
        const std::optional<LabelSource> source = LabelSource::of(field);
        if (!source)
            continue;
        m_order.append(field.name);
        m_sources.insert(field.name, *source);
        m_titles.insert(
            labelColumn(field.name),
            QCoreApplication::translate("b24::LabelColumns", "%1 (name)").arg(field.displayTitle()));
    }
}

const LabelSource *LabelColumns::source(const QString &field) const
{
    const auto found = m_sources.constFind(field);
    return found == m_sources.cend() ? nullptr : &*found;
}

QString LabelColumns::title(const QString &column) const
{
    return m_titles.value(column, column);
}

QString LabelColumns::labelColumn(const QString &field)
{
    return field + labelSuffix();
}

QSet<QString> LabelColumns::statusTypes() const
{
    QSet<QString> types;
    for (const LabelSource &source : m_sources)
        if (source.kind == LabelSource::Kind::Status)
            types.insert(source.statusType);
    return types;
}

bool LabelColumns::needs(LabelSource::Kind kind) const
{
    for (const LabelSource &source : m_sources)
        if (source.kind == kind)
            return true;
    return false;
}

QString LabelColumns::idText(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(qint64(value.toDouble()));
    return text;
}

QString LabelColumns::codeOf(const LabelSource &source, const QJsonValue &value)
{
    // A reference of 0 means "none"; pipeline 0 is the default pipeline.
    const QString text = idText(value);
    return source.isReference() && text == "0"_L1 ? QString() : text;
}

void LabelColumns::collectUnknown(const QJsonArray &rows, const NameBook &book, References *out) const
{
    for (const QString &field : m_order) {
        const LabelSource &source = m_sources[field];
        if (!source.isReference())
            continue;
        const QString key = source.bookKey();
        QSet<QString> &ids = (*out)[source.kind];
        const auto note = [&](const QJsonValue &value) {
            const QString id = codeOf(source, value);
            if (!id.isEmpty() && !book.knows(key, id))
                ids.insert(id);
        };
        for (const QJsonValue &row : rows) {
            const QJsonValue value = row.toObject().value(field);
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    note(item);
            } else {
                note(value);
            }
        }
        if (ids.isEmpty())
            out->remove(source.kind);
    }
}

QJsonValue LabelColumns::labelOf(const LabelSource &source, const QJsonValue &value,
                                 const NameBook &book) const
{
    if (value.isArray()) {
        QJsonArray names;
        for (const QJsonValue &item : value.toArray()) {
            const QString id = codeOf(source, item);
            names.append(id.isEmpty() ? QJsonValue() : QJsonValue(book.name(source, id).text));
        }
        return names;
    }
    const QString id = codeOf(source, value);
    return id.isEmpty() ? QJsonValue() : QJsonValue(book.name(source, id).text);
}

QJsonObject LabelColumns::labelled(const QJsonObject &row, const NameBook &book) const
{
    QJsonObject out = row;
    for (const QString &field : m_order) {
        const auto value = row.constFind(field);
        if (value == row.constEnd())
            continue;
        out.insert(labelColumn(field), labelOf(m_sources[field], *value, book));
    }
    return out;
}

QStringList LabelColumns::withLabelColumns(const QStringList &columns) const
{
    QStringList out;
    for (const QString &column : columns) {
        out.append(column);
        if (m_sources.contains(column) && !columns.contains(labelColumn(column)))
            out.append(labelColumn(column));
    }
    return out;
}

} // namespace b24
