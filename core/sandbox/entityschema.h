#pragma once

#include "core/sandbox/phpvalue.h"

#include <QList>
#include <QString>

namespace b24 {

// Field table of one entity: drives *.fields descriptors (docs/protocol.md §8.1), `select` (`*` vs `UF_*` vs
// multi-fields) and the legacy -> D7 conversion (camelCase keys, native numbers).
class EntitySchema
{
public:
    enum Flag
    {
        Required = 1,
        ReadOnly = 2,
        Immutable = 4,
        Multiple = 8,
        Dynamic = 16, // user field (UF_*)
        Deprecated = 32
    };

    struct Field
    {
        QString upper;
        QString type;
        QString title;
        int flags = 0;
        QString statusType;
        PhpValue items; // enumeration options [{ID, VALUE}]
        PhpValue settings;
        QString camel; // D7 key; derived from upper when empty
        // User fields: their form and filter labels when they differ from title (the list label).
        QString formLabel;
        QString filterLabel;
    };

    void add(Field field);
    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &upper) const;
    Field *field(const QString &upper);
    bool remove(const QString &upper);
    const Field *fieldByCamel(const QString &camel) const;

    // Legacy crm.*.fields map (UPPER keys) or crm.item.fields map (camelCase + upperName).
    PhpValue legacyDescriptors() const;
    PhpValue d7Descriptors() const;
    // Legacy row (UPPER keys, numeric strings) -> D7 item (camelCase, native numbers, fm list).
    PhpValue toD7(const PhpValue &legacyRow) const;
    // Inverse for writes: camelCase field names in crm.item.add/update -> UPPER names.
    PhpValue fromD7(const PhpValue &fields) const;

    static QString camelCase(const QString &upper);
    static bool isMultiField(const Field &f) { return f.type == u"crm_multifield"; }

private:
    PhpValue descriptor(const Field &f, bool d7) const;
    static PhpValue nativeValue(const Field &f, const PhpValue &v);

    QList<Field> m_fields;
};

} // namespace b24
