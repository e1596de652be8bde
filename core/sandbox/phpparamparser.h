#pragma once

#include "core/sandbox/phpvalue.h"

#include <QByteArray>

namespace b24 {

// PHP parse_str(): "a[b][]=1&c=2" -> ['a' => ['b' => ['1']], 'c' => '2'], with PHP's quirks:
// '+' is a space, %XX decoding, top-level '.' and ' ' become '_', an unclosed '[' turns into
// '_', the text after a bracket group that is not "[" is dropped.
class PhpParamParser
{
public:
    static PhpValue parse(const QByteArray &query);
    // Adds one decoded "name=value" pair into an existing array, as parse_str does per pair.
    static void addPair(PhpValue &target, const QString &name, const PhpValue &value);
    static QString urlDecode(QByteArray text);
};

} // namespace b24
