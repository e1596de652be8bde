#pragma once

#include "sandbox/entityschema.h"

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

    // Every documented field of the entity, without user fields.
    static EntitySchema standard(Entity entity);
    // The demo portal's schema: the standard fields plus a few user fields.
    static EntitySchema demo(Entity entity);

    // A user field's descriptor (UF_*), as crm.*.userfield.add creates it.
    static EntitySchema::Field userField(const QString &upper, const QString &type, const QString &label);
    static void setItems(EntitySchema::Field &field, int firstId, const QStringList &values);
};

} // namespace b24
