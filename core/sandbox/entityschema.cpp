#include "core/sandbox/entityschema.h"

#include <QStringList>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

void EntitySchema::add(Field field)
{
    if (field.camel.isEmpty())
        field.camel = camelCase(field.upper);
    m_fields.append(std::move(field));
}

const EntitySchema::Field *EntitySchema::field(const QString &upper) const
{
    for (const auto &f : m_fields)
        if (f.upper.compare(upper, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

EntitySchema::Field *EntitySchema::field(const QString &upper)
{
    return const_cast<Field *>(std::as_const(*this).field(upper));
}

bool EntitySchema::remove(const QString &upper)
{
    const Field *f = field(upper);
    if (!f)
        return false;
    m_fields.removeAt(f - m_fields.constData());
    return true;
}

const EntitySchema::Field *EntitySchema::fieldByCamel(const QString &camel) const
{
    for (const auto &f : m_fields)
        if (f.camel == camel)
            return &f;
    return nullptr;
}

QString EntitySchema::camelCase(const QString &upper)
{
    const QStringList parts = upper.toLower().split(u'_', Qt::SkipEmptyParts);
    QString out;
    for (const QString &p : parts)
        out += out.isEmpty() ? p : p.left(1).toUpper() + p.mid(1);
    return out;
}

PhpValue EntitySchema::descriptor(const Field &f, bool d7) const
{
    PhpValue d = PhpValue::array();
    d.insert(u"type"_s, f.type);
    d.insert(u"isRequired"_s, bool(f.flags & Required));
    d.insert(u"isReadOnly"_s, bool(f.flags & ReadOnly));
    d.insert(u"isImmutable"_s, bool(f.flags & Immutable));
    d.insert(u"isMultiple"_s, bool(f.flags & Multiple));
    d.insert(u"isDynamic"_s, bool(f.flags & Dynamic));
    if (f.flags & Deprecated)
        d.insert(u"isDeprecated"_s, true);
    if (!f.statusType.isEmpty())
        d.insert(u"statusType"_s, f.statusType);
    if (f.items.isArray())
        d.insert(u"items"_s, f.items);
    if (f.flags & Dynamic) {
        // Legacy maps show the code as title and the human label in the *Label keys.
        d.insert(u"title"_s, d7 ? f.title : f.upper);
        d.insert(u"listLabel"_s, f.title);
        d.insert(u"formLabel"_s, f.formLabel.isEmpty() ? f.title : f.formLabel);
        d.insert(u"filterLabel"_s, f.filterLabel.isEmpty() ? f.title : f.filterLabel);
        d.insert(u"settings"_s, f.settings.isArray() ? f.settings : PhpValue::array());
    } else {
        d.insert(u"title"_s, f.title);
        if (f.settings.isArray())
            d.insert(u"settings"_s, f.settings);
    }
    if (d7)
        d.insert(u"upperName"_s, f.upper);
    return d;
}

PhpValue EntitySchema::legacyDescriptors() const
{
    PhpValue map = PhpValue::array();
    for (const auto &f : m_fields)
        map.insert(f.upper, descriptor(f, false));
    return map;
}

PhpValue EntitySchema::d7Descriptors() const
{
    PhpValue map = PhpValue::array();
    for (const auto &f : m_fields)
        if (!isMultiField(f))
            map.insert(f.camel, descriptor(f, true));
    return map;
}

PhpValue EntitySchema::nativeValue(const Field &f, const PhpValue &v)
{
    if (v.isNull() || v.isArray())
        return v;
    static const QStringList integers{u"integer"_s,      u"int"_s,         u"user"_s,        u"employee"_s,
                                      u"crm_category"_s, u"crm_company"_s, u"crm_contact"_s, u"crm_lead"_s,
                                      u"crm_deal"_s,     u"crm_quote"_s};
    if (integers.contains(f.type))
        return PhpValue(v.toInt());
    if (f.type == u"double")
        return PhpValue(v.toDouble());
    return v;
}

PhpValue EntitySchema::toD7(const PhpValue &legacyRow) const
{
    PhpValue item = PhpValue::array();
    PhpValue fm = PhpValue::array();
    for (const auto &e : legacyRow.entries()) {
        const Field *f = field(e.key);
        if (!f) {
            item.insert(camelCase(e.key), e.value);
            continue;
        }
        if (!isMultiField(*f)) {
            item.insert(f->camel, nativeValue(*f, e.value));
            continue;
        }
        for (const auto &m : e.value.entries()) {
            PhpValue v = PhpValue::array();
            v.insert(u"id"_s, PhpValue(m.value.value(u"ID"_s).toInt()));
            v.insert(u"valueType"_s, m.value.value(u"VALUE_TYPE"_s));
            v.insert(u"value"_s, m.value.value(u"VALUE"_s));
            v.insert(u"typeId"_s, m.value.value(u"TYPE_ID"_s));
            fm.append(v);
        }
    }
    if (fm.size() > 0)
        item.insert(u"fm"_s, fm);
    return item;
}

PhpValue EntitySchema::fromD7(const PhpValue &fields) const
{
    PhpValue out = PhpValue::array();
    for (const auto &e : fields.entries()) {
        const Field *f = fieldByCamel(e.key);
        if (!f)
            f = field(e.key);
        out.insert(f ? f->upper : e.key.toUpper(),
                   e.value.isScalar() ? PhpValue(e.value.toString()) : e.value);
    }
    return out;
}

} // namespace b24
