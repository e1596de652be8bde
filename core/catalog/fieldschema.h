#pragma once

#include "core/catalog/fielddescriptor.h"

#include <QJsonValue>

#include <optional>

namespace b24 {

// The typed schema of one entity, parsed from a *.fields answer: legacy maps keyed by UPPER_NAME
// (crm.deal.fields), crm.item.fields' result.fields keyed camelCase with upperName, and plain
// name -> title maps (user.fields).
class FieldSchema
{
public:
    // Accepts the whole envelope, its result, or result.fields. Fields come sorted by name
    // (a JSON object does not keep the portal's order).
    static std::optional<FieldSchema> parse(const QJsonValue &answer, QString *error = nullptr);

    const QList<FieldDescriptor> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    // Keys are camelCase (crm.item.*): filters and selects then use these names.
    bool usesCamelCase() const { return m_camelCase; }

    // By name or upperName, case-insensitively; nullptr when absent.
    const FieldDescriptor *field(const QString &name) const;
    QList<FieldDescriptor> requiredFields() const;
    QList<FieldDescriptor> userFields() const;

    // "ufCrm44_17218" -> "UF_CRM_44_17218", "stageId" -> "STAGE_ID", "ID" -> "ID".
    static QString toUpperName(const QString &name);

private:
    static FieldDescriptor parseField(const QString &name, const QJsonValue &value);

    QList<FieldDescriptor> m_fields;
    bool m_camelCase = false;
};

} // namespace b24
