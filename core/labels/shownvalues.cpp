#include "core/labels/shownvalues.h"

#include "core/table/rowflattener.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ShownValues::ShownValues(LabelColumns columns, NameBook names, Mode mode)
    : m_columns(std::move(columns))
    , m_names(std::move(names))
    , m_mode(mode)
{}

bool ShownValues::isNamed(const QString &column) const
{
    return m_mode != Mode::Codes && m_columns.source(column);
}

QString ShownValues::one(const LabelSource &source, const QJsonValue &value) const
{
    const QString code = LabelColumns::codeOf(source, value);
    if (code.isEmpty())
        return RowFlattener::cellText(value);
    const NameBook::Name name = m_names.name(source, code);
    if (!name.named || m_mode == Mode::Codes)
        return code;
    return m_mode == Mode::Both ? name.text + u" ("_s + code + u')' : name.text;
}

QString ShownValues::text(const QString &column, const QJsonValue &value) const
{
    const LabelSource *source = m_columns.source(column);
    if (!source || m_mode == Mode::Codes)
        return RowFlattener::cellText(value);
    if (!value.isArray())
        return one(*source, value);
    QStringList parts;
    for (const QJsonValue &item : value.toArray())
        parts.append(one(*source, item));
    return parts.join(u", "_s);
}

QString ShownValues::toolTip(const QString &column, const QJsonValue &value) const
{
    const LabelSource *source = m_columns.source(column);
    if (!source)
        return {};
    const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList lines;
    for (const QJsonValue &item : values) {
        const QString code = LabelColumns::codeOf(*source, item);
        if (code.isEmpty())
            continue;
        const NameBook::Name name = m_names.name(*source, code);
        lines.append(
            name.named
                ? u"%1 = %2"_s.arg(code, name.text)
                : QCoreApplication::translate("b24::ShownValues", "%1: no name (%2)").arg(code, name.why));
    }
    return lines.join(u'\n');
}

QJsonObject ShownValues::shownRow(const QJsonObject &row) const
{
    if (m_mode == Mode::Codes)
        return row;
    QJsonObject out = row;
    for (const QString &field : m_columns.fields()) {
        const auto value = row.constFind(field);
        if (value != row.constEnd() && !value->isNull())
            out.insert(field, text(field, *value));
    }
    return out;
}

QString ShownValues::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Names:
        return u"names"_s;
    case Mode::Codes:
        return u"codes"_s;
    case Mode::Both:
        return u"both"_s;
    }
    return {};
}

ShownValues::Mode ShownValues::modeFromName(const QString &name, Mode fallback)
{
    for (const Mode mode : {Mode::Names, Mode::Codes, Mode::Both})
        if (modeName(mode) == name)
            return mode;
    return fallback;
}

} // namespace b24
