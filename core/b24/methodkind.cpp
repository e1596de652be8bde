#include "core/b24/methodkind.h"

#include "core/b24/listoptions.h"
#include "core/b24/redaction.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

bool endsWithAny(const QString &method, std::initializer_list<QLatin1String> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&method](QLatin1String s) { return method.endsWith(s, Qt::CaseInsensitive); });
}

} // namespace

bool MethodKind::isList(const QString &method)
{
    const QString name = method.trimmed();
    return findKnownListMethod(name) || endsWithAny(name, {".list"_L1, ".getlist"_L1});
}

bool MethodKind::isWrite(const QString &method)
{
    return endsWithAny(method.trimmed(), {".add"_L1, ".update"_L1, ".delete"_L1, ".set"_L1, ".bind"_L1,
                                          ".unbind"_L1, ".complete"_L1, ".start"_L1, ".send"_L1});
}

QString MethodKind::nameProblem(const QString &method)
{
    // The portal's names: dot-separated words of letters, digits and underscores.
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"_s);
    const QString name = method.trimmed();
    if (name.isEmpty())
        return tr("No method");
    if (pattern.match(name).hasMatch())
        return {};
    // A pasted webhook URL must not show its secret here.
    const QString redacted = redact(name);
    const QString shown = redacted.size() > 40 ? redacted.left(39) + u'…' : redacted;
    return tr("\"%1\" is not a method name: use letters, digits, dots and underscores, e.g. crm.deal.list")
        .arg(shown);
}

QStringList MethodKind::keysNotTaken(const QString &method, const QStringList &keys)
{
    static const QStringList listKeys{u"select"_s, u"filter"_s, u"order"_s, u"start"_s};
    QStringList ignored;
    const bool list = isList(method);
    const bool write = !list && isWrite(method);
    for (const QString &key : keys) {
        const QString lower = key.toLower();
        if ((write && listKeys.contains(lower)) || (list && lower == u"fields"_s))
            ignored.append(key);
    }
    return ignored;
}

} // namespace b24
