#include "ui/request/valuecheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

ValueKind valueKindForType(const QString &type)
{
    if (type == "integer"_L1 || type == "int"_L1 || type == "user"_L1 || type == "employee"_L1 ||
        type == "crm_category"_L1 ||
        (type.startsWith("crm_"_L1) && type != "crm_status"_L1 && type != "crm_currency"_L1 &&
         type != "crm_multifield"_L1 && type != "crm_entity"_L1))
        return ValueKind::Integer;
    if (type == "double"_L1)
        return ValueKind::Double;
    if (type == "date"_L1)
        return ValueKind::Date;
    if (type == "datetime"_L1)
        return ValueKind::DateTime;
    return ValueKind::Text;
}

QString valueProblem(ValueKind kind, const QString &text)
{
    bool ok = true;
    switch (kind) {
    case ValueKind::Integer:
        text.toLongLong(&ok);
        return ok ? QString()
                  : QCoreApplication::translate("b24::ValueCheck", "\"%1\" is not a whole number").arg(text);
    case ValueKind::Double:
        text.toDouble(&ok);
        return ok ? QString()
                  : QCoreApplication::translate("b24::ValueCheck", "\"%1\" is not a number").arg(text);
    case ValueKind::Date:
        return QDate::fromString(text, Qt::ISODate).isValid()
                   ? QString()
                   : QCoreApplication::translate("b24::ValueCheck", "\"%1\" is not a date (YYYY-MM-DD)")
                         .arg(text);
    case ValueKind::DateTime:
        // A bare date is accepted too: filters on DATE_CREATE often use one.
        return QDateTime::fromString(text, Qt::ISODate).isValid() ||
                       QDate::fromString(text, Qt::ISODate).isValid()
                   ? QString()
                   : QCoreApplication::translate("b24::ValueCheck", "\"%1\" is not a date-time (ISO 8601)")
                         .arg(text);
    case ValueKind::Text:
        break;
    }
    return {};
}

} // namespace b24
