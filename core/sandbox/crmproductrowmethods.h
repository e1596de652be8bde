#pragma once

#include "core/sandbox/datastore.h"
#include "core/sandbox/methodregistry.h"

namespace b24 {

// crm.{deal,lead}.productrows.get/set. A deal nobody wrote has product rows derived from its seed
// (made when asked, so lists cost nothing more); set replaces them and updates the owner's
// OPPORTUNITY, as the portal recomputes the amount from the rows.
class CrmProductRowMethods
{
public:
    static void registerIn(MethodRegistry &registry, DataStore &data, quint64 seed);
    // The product rows a generated deal starts with.
    static PhpValue seededRows(quint64 seed, qint64 dealId);
};

} // namespace b24
