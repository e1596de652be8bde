#include "core/catalog/openapimethod.h"

namespace b24 {

QStringList OpenApiEntity::selectableNames() const
{
    QStringList names;
    for (const OpenApiField &f : fields)
        names.append(f.name);
    for (const OpenApiRelation &r : relations)
        for (const OpenApiField &f : r.fields)
            names.append(f.name);
    return names;
}

QStringList OpenApiEntity::filterableNames() const
{
    QStringList names;
    for (const OpenApiField &f : fields)
        if (!marksFilterable || f.filterable)
            names.append(f.name);
    return names;
}

QStringList OpenApiEntity::sortableNames() const
{
    QStringList names;
    for (const OpenApiField &f : fields)
        if (!marksSortable || f.sortable)
            names.append(f.name);
    return names;
}

const OpenApiField *OpenApiEntity::field(const QString &name) const
{
    for (const OpenApiField &f : fields)
        if (f.name == name)
            return &f;
    for (const OpenApiRelation &r : relations)
        for (const OpenApiField &f : r.fields)
            if (f.name == name)
                return &f;
    return nullptr;
}

const OpenApiRelation *OpenApiEntity::relation(const QString &name) const
{
    for (const OpenApiRelation &r : relations)
        if (r.name == name)
            return &r;
    return nullptr;
}

const OpenApiParam *OpenApiMethod::param(const QString &name) const
{
    for (const OpenApiParam &p : params)
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

} // namespace b24
