#pragma once

#include "core/catalog/fielddescriptor.h"

#include <QHash>
#include <QString>

#include <optional>

namespace b24 {

// How the values of one field can be named: from a dictionary the portal keeps (stages, pipelines,
// currencies), from the field's own enumeration items, or by looking the referenced records up
// (users, companies, contacts, leads, deals).
struct LabelSource
{
    enum class Kind
    {
        Status,      // crm_status: crm.status.list by statusType (DEAL_STAGE also holds DEAL_STAGE_{id})
        Category,    // crm_category: crm.category.list
        Currency,    // crm_currency: crm.currency.list
        Enumeration, // enumeration: the descriptor's items
        User,        // user, employee: user.get
        Company,     // crm_company: crm.company.list
        Contact,     // crm_contact: crm.contact.list
        Lead,        // crm_lead: crm.lead.list
        Deal         // crm_deal: crm.deal.list
    };

    Kind kind = Kind::Enumeration;
    QString statusType;            // Status: DEAL_STAGE, SOURCE, STATUS, ...
    QHash<QString, QString> items; // Enumeration: ID -> VALUE
    bool multiple = false;

    // Null when the field's values cannot be named (strings, numbers, unknown reference types).
    static std::optional<LabelSource> of(const FieldDescriptor &field);

    // Records looked up by ID as rows come (not a dictionary read once).
    bool isReference() const { return isReference(kind); }
    static bool isReference(Kind kind);
    // The key its names are kept under in a NameBook: "status:DEAL_STAGE", "user", ...
    QString bookKey() const;
    static QString kindName(Kind kind);
};

} // namespace b24
