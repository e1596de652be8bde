#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// Links between CRM entities: crm.deal.contact.*, crm.company.contact.*, crm.contact.company.*
// ({fields, items.get, items.set, items.delete, add, delete}). A row's own link field (a deal's
// CONTACT_ID, a contact's COMPANY_ID) is its first link until the links are written.
class CrmLinkMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data);
};

} // namespace b24
