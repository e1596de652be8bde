#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace b24 {

// What the parameter form needs to know about one field, read from a *.fields descriptor.
struct FieldSpec
{
    QString name;  // the key to send (TITLE, PHONE, entityTypeId ...)
    QString type;  // the portal's type code (string, crm_status, crm_multifield ...)
    QString label; // human label: formLabel/listLabel for user fields, else title
    bool required = false;
    bool readOnly = false;
    bool immutable = false; // settable only on create
    bool multiple = false;
    QString statusType;                   // crm_status: the crm.status.list ENTITY_ID
    QList<QPair<QString, QString>> items; // enumeration: (ID, VALUE)

    static FieldSpec fromDescriptor(const QString &name, const QJsonObject &descriptor);
    // The result map of a *.fields call; crm.item.fields' {"fields": {...}} wrapper is accepted.
    static QList<FieldSpec> listFromFields(const QJsonObject &fields);
};

} // namespace b24
