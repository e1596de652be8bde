#pragma once

#include "core/sandbox/entityschema.h"
#include <QStringList>

namespace b24 {

// Field tables of the legacy CRM entities, built from one catalog of documented fields.
class CrmSchemas
{
public:
    enum Entity
    {
        Lead = 1,
        Deal = 2,
        Contact = 3,
        Company = 4
    };

    // One field of a catalog: `entities` names who has it (L lead, D deal, C contact, M company;
    // "" everyone), flags are letters: R required, O read-only, I immutable, M multiple, X deprecated.
    struct Row
    {
        const char16_t *upper;
        const char16_t *type;
        const char *flags;
        const char16_t *statusType;
        const char *entities;
        const char16_t *title;
    };
    // The catalog's fields that `entity` (a letter, or 0 for all) has.
    static EntitySchema build(const Row *rows, size_t count, char entity = 0);
    template<size_t N>
    static EntitySchema build(const Row (&rows)[N], char entity = 0)
    {
        return build(rows, N, entity);
    }

    // Every documented field of the entity, without user fields.
    static EntitySchema standard(Entity entity);
    // The demo portal's schema: the standard fields plus a few user fields.
    static EntitySchema demo(Entity entity);

    // A user field's descriptor (UF_*), as crm.*.userfield.add creates it.
    static EntitySchema::Field userField(const QString &upper, const QString &type, const QString &label);
    static void setItems(EntitySchema::Field &field, int firstId, const QStringList &values);
};

} // namespace b24
