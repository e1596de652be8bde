// Fuzz target, differential: the client's PHP bracket encoder (what goes on the wire) against
// the sandbox's parse_str emulation (what the portal reads). The input is a JSON object (seeded
// with the fixtures' request bodies); the portal must read back exactly the parameters sent,
// as PHP sees them: scalars as strings (true/false, numbers in JS form, null as ""), arrays as
// maps indexed 0..n-1, empty containers gone. Keys PHP itself rewrites or cannot express ('['
// or ']' anywhere, '.' or ' ' at the top level, empty keys) are outside the contract and skipped.

#include "core/b24/phpquery.h"
#include "core/sandbox/phpparamparser.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

bool expressible(const QString &key, bool topLevel)
{
    if (key.isEmpty() || key.contains(u'[') || key.contains(u']'))
        return false;
    return !topLevel || !(key.contains(u'.') || key.contains(u' '));
}

// What a scalar becomes on the wire, once decoded from UTF-8 (lone surrogates are lost there).
QString scalarText(const QJsonValue &value)
{
    const QByteArray wire = b24::encodePhpQuery(QJsonObject{{u"k"_s, value}});
    return QString::fromUtf8(QByteArray::fromPercentEncoding(wire.mid(2)));
}

// The expected portal view of `value`; false when something in it is outside the contract.
bool expected(const QJsonValue &value, b24::PhpValue *out, int depth)
{
    if (depth > 32)
        return false;
    if (value.isArray() || value.isObject()) {
        *out = b24::PhpValue::array();
        const QJsonObject object = value.isObject() ? value.toObject() : QJsonObject();
        const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray();
        const qsizetype count = value.isObject() ? object.size() : array.size();
        for (qsizetype i = 0; i < count; ++i) {
            const QString key = value.isObject() ? (object.begin() + i).key() : QString::number(i);
            const QJsonValue child = value.isObject() ? (object.begin() + i).value() : array.at(i);
            if (!expressible(key, false))
                return false;
            b24::PhpValue node;
            if (!expected(child, &node, depth + 1))
                return false;
            if (!node.isArray() || node.size() > 0) // empty containers vanish on the wire
                out->insert(key, node);
        }
        return true;
    }
    *out = b24::PhpValue(scalarText(value));
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(b24::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject params = document.object();
    const QByteArray wire = b24::encodePhpQuery(params);
    const b24::PhpValue portal = b24::PhpParamParser::parse(wire);
    (void)b24::decodePhpQuery(wire);

    b24::PhpValue want = b24::PhpValue::array();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!expressible(it.key(), true))
            return 0;
        b24::PhpValue node;
        if (!expected(it.value(), &node, 0))
            return 0;
        if (!node.isArray() || node.size() > 0)
            want.insert(it.key(), node);
    }
    FUZZ_CHECK(portal == want);
    return 0;
}
