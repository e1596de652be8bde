#pragma once

#include "core/sandbox/phpvalue.h"

#include <QByteArray>

namespace b24 {

// Serialises like Bitrix\Main\Web\Json::encode (PHP json_encode with JSON_HEX_TAG|AMP|APOS|QUOT,
// without UNESCAPED_SLASHES/UNICODE): "\/", \uXXXX for non-ASCII, [] for empty arrays,
// lists for keys 0..n-1, floats in shortest round-trip form.
class PhpJsonWriter
{
public:
    static QByteArray write(const PhpValue &value);

private:
    class Output;
    static void writeValue(Output &out, const PhpValue &value);
    static void writeString(Output &out, const QString &s);
    static void writeDouble(Output &out, double v);
};

} // namespace b24
