#include "request/fieldspec.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

FieldSpec FieldSpec::fromDescriptor(const QString &name, const QJsonObject &descriptor)
{
    FieldSpec spec;
    spec.name = name;
    spec.type = descriptor.value("type"_L1).toString();
    spec.required = descriptor.value("isRequired"_L1).toBool();
    spec.readOnly = descriptor.value("isReadOnly"_L1).toBool();
    spec.immutable = descriptor.value("isImmutable"_L1).toBool();
    spec.multiple = descriptor.value("isMultiple"_L1).toBool();
    spec.statusType = descriptor.value("statusType"_L1).toString();
    // User fields carry their code in "title"; the human label is in formLabel/listLabel.
    for (const auto key : {"formLabel"_L1, "listLabel"_L1, "title"_L1, "name"_L1}) {
        const QString text = descriptor.value(key).toString();
        if (!text.isEmpty()) {
            spec.label = text;
            break;
        }
    }
    if (spec.label.isEmpty())
        spec.label = name;
    const QJsonArray items = descriptor.value("items"_L1).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const QJsonValue id = o.value("ID"_L1);
        const QString idText = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        spec.items.append({idText, o.value("VALUE"_L1).toString()});
    }
    return spec;
}

QList<FieldSpec> FieldSpec::listFromFields(const QJsonObject &fields)
{
    QJsonObject map = fields;
    if (map.size() == 1 && map.value("fields"_L1).isObject())
        map = map.value("fields"_L1).toObject();
    QList<FieldSpec> specs;
    // QJsonObject iterates in key order; the portal's order is lost by QJson, so sort ID first.
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isObject())
            specs.append(fromDescriptor(it.key(), it.value().toObject()));
    }
    std::stable_sort(specs.begin(), specs.end(), [](const FieldSpec &a, const FieldSpec &b) {
        const bool aId = a.name.compare("ID"_L1, Qt::CaseInsensitive) == 0;
        const bool bId = b.name.compare("ID"_L1, Qt::CaseInsensitive) == 0;
        return aId && !bId;
    });
    return specs;
}

} // namespace b24
