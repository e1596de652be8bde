#include "core/apidocs/docscatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

// The generator's compact keys (resources/catalog/generate_catalog.py).
QList<SpecParam> readParams(const QJsonArray &array)
{
    QList<SpecParam> params;
    params.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        SpecParam p;
        p.name = o.value("n"_L1).toString();
        p.type = o.value("t"_L1).toString();
        p.description = o.value("d"_L1).toString();
        p.ref = o.value("ref"_L1).toString();
        p.required = o.value("r"_L1).toInt() == 1;
        for (const QJsonValue &v : o.value("v"_L1).toArray()) {
            const QJsonObject item = v.toObject();
            p.values.append({item.value("v"_L1).toVariant().toString(), item.value("t"_L1).toString()});
        }
        params.append(p);
    }
    return params;
}

MethodSpec readMethod(const QJsonObject &o)
{
    MethodSpec m;
    m.name = o.value("m"_L1).toString();
    m.scope = o.value("s"_L1).toString();
    m.kind = o.value("k"_L1).toString();
    m.title = o.value("t"_L1).toString();
    m.page = o.value("p"_L1).toString();
    m.deprecated = o.value("x"_L1).toInt() == 1;
    m.restV3 = MethodSpec::isRestV3Page(m.title, m.page);
    m.params = readParams(o.value("a"_L1).toArray());
    const QJsonObject defs = o.value("f"_L1).toObject();
    for (auto it = defs.begin(); it != defs.end(); ++it)
        m.defs.append({it.key(), readParams(it.value().toArray())});
    m.requestExample = o.value("q"_L1).toObject();
    m.resultExample = o.value("e"_L1);
    return m;
}

// Levenshtein distance, two rows.
int distance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const DocsCatalog &DocsCatalog::shipped()
{
    static const DocsCatalog catalog = [] {
        QFile file(u":/catalog/methods.catalog"_s);
        if (!file.open(QIODevice::ReadOnly))
            return DocsCatalog();
        return fromData(file.readAll()).value_or(DocsCatalog());
    }();
    return catalog;
}

std::optional<DocsCatalog> DocsCatalog::fromData(const QByteArray &compressed, QString *error)
{
    const QByteArray json = qUncompress(compressed);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (json.isEmpty() || !document.isObject() || !document.object().value("methods"_L1).isArray()) {
        if (error)
            *error = json.isEmpty() ? u"the catalog is not compressed data"_s
                                    : u"the catalog is not a method list: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    DocsCatalog catalog;
    catalog.m_commit = document.object().value("commit"_L1).toString();
    const QJsonArray methods = document.object().value("methods"_L1).toArray();
    catalog.m_methods.reserve(methods.size());
    for (const QJsonValue &value : methods)
        catalog.m_methods.append(readMethod(value.toObject()));
    std::sort(catalog.m_methods.begin(), catalog.m_methods.end(),
              [](const MethodSpec &a, const MethodSpec &b) { return a.name < b.name; });
    for (qsizetype i = 0; i < catalog.m_methods.size(); ++i)
        catalog.m_index.insert(catalog.m_methods[i].name.toLower(), i);
    return catalog;
}

const MethodSpec *DocsCatalog::find(const QString &method) const
{
    const auto found = m_index.constFind(method.trimmed().toLower());
    return found == m_index.cend() ? nullptr : &m_methods[*found];
}

QStringList DocsCatalog::scopes() const
{
    QSet<QString> seen;
    QStringList scopes;
    for (const MethodSpec &m : m_methods) {
        if (!m.scope.isEmpty() && !seen.contains(m.scope)) {
            seen.insert(m.scope);
            scopes.append(m.scope);
        }
    }
    scopes.sort();
    return scopes;
}

QList<const MethodSpec *> DocsCatalog::search(const QString &text, const QString &scope) const
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    const QString lower = text.trimmed().toLower();
    QList<const MethodSpec *> first;
    QList<const MethodSpec *> rest;
    for (const MethodSpec &m : m_methods) {
        if (!scope.isEmpty() && m.scope.compare(scope, Qt::CaseInsensitive) != 0)
            continue;
        const QString name = m.name.toLower();
        const QString title = m.title.toLower();
        const bool all = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return name.contains(word) || title.contains(word);
        });
        if (!all)
            continue;
        (!lower.isEmpty() && name.startsWith(lower) ? first : rest).append(&m);
    }
    return first + rest;
}

QStringList DocsCatalog::nearest(const QString &method, int count) const
{
    const QString wanted = method.trimmed().toLower();
    QList<QPair<int, const MethodSpec *>> scored;
    scored.reserve(m_methods.size());
    for (const MethodSpec &m : m_methods)
        scored.append({distance(wanted, m.name.toLower()), &m});
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (qsizetype i = 0; i < scored.size() && names.size() < count; ++i)
        names.append(scored[i].second->name);
    return names;
}

} // namespace b24
