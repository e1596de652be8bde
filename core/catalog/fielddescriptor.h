#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace b24 {

// One entry of an enumeration field ("items": [{"ID": "79", "VALUE": "List item #1", "DEF": "N"}]).
struct FieldItem
{
    QString id;
    QString value;
    bool isDefault = false;

    bool operator==(const FieldItem &) const = default;
};

// One field of a *.fields answer, typed. Legacy answers key fields by UPPER_NAME; crm.item.fields keys
// them camelCase and gives the UPPER form in upperName.
struct FieldDescriptor
{
    enum class ValueKind
    {
        String,
        Integer,
        Double,
        Boolean,
        Date,
        DateTime,
        Enumeration, // items
        Status,      // crm_status: values from crm.status.list by statusType
        Reference,   // user, crm_contact, crm_company, crm_entity, ...
        MultiField,  // crm_multifield: PHONE, EMAIL, WEB, IM
        Money,
        File,
        Other
    };

    QString name;      // the key as the portal gave it
    QString upperName; // UPPER_CASE form (equal to name for legacy answers)
    QString type;      // the portal's type string: "integer", "crm_status", "enumeration", ...
    bool isRequired = false;
    bool isReadOnly = false;
    bool isImmutable = false;
    bool isMultiple = false;
    bool isDynamic = false; // a user field (UF_*)
    QString title;
    QString listLabel;
    QString formLabel;
    QString filterLabel;
    QString statusType;
    QList<FieldItem> items;
    QJsonObject settings;
    // From the documentation (SpecSchema): what the parameter means, and the JSON shape of a nested
    // structure as an input hint. Empty for fields a portal described.
    QString description;
    QString hint;

    ValueKind valueKind() const;
    static ValueKind valueKindOf(const QString &type);
    // The best human label: user fields carry their code in `title` and the real name in listLabel.
    QString displayTitle() const;
    // Editable when creating an item (not read-only); editable when updating (neither read-only nor
    // immutable).
    bool isWritableOnAdd() const { return !isReadOnly; }
    bool isWritableOnUpdate() const { return !isReadOnly && !isImmutable; }
};

} // namespace b24
