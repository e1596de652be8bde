#include "core/sandbox/docsexamples.h"

#include "core/apidocs/docscatalog.h"
#include "core/sandbox/jsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

bool DocsExamples::has(const QString &method)
{
    const MethodSpec *spec = DocsCatalog::shipped().find(method);
    return spec && spec->resultExample.toObject().contains("result"_L1);
}

std::optional<MethodResult> DocsExamples::answer(const QString &method)
{
    const MethodSpec *spec = DocsCatalog::shipped().find(method);
    if (!spec || !spec->resultExample.isObject())
        return std::nullopt;
    const QJsonObject envelope = spec->resultExample.toObject();
    if (!envelope.contains("result"_L1))
        return std::nullopt;
    // The portal's own JSON reader keeps the example's shapes (lists, objects, numbers as written).
    bool ok = false;
    const PhpValue body = JsonReader::parse(QJsonDocument(envelope).toJson(QJsonDocument::Compact), &ok);
    const PhpValue *result = ok ? body.find(u"result"_s) : nullptr;
    if (!result)
        return std::nullopt;
    MethodResult answer = MethodResult::success(*result);
    if (const PhpValue *next = body.find(u"next"_s))
        answer.next = next->toInt();
    if (const PhpValue *total = body.find(u"total"_s))
        answer.total = total->toInt();
    return answer;
}

} // namespace b24
