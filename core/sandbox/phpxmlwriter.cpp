#include "core/sandbox/phpxmlwriter.h"

namespace b24 {

namespace {
QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#039;")).toUtf8();
}

QByteArray tagName(const QString &key)
{
    bool numeric = false;
    key.toLongLong(&numeric);
    return numeric ? QByteArrayLiteral("item") : key.toUtf8();
}
} // namespace

QByteArray PhpXmlWriter::write(const PhpValue &envelope)
{
    QByteArray out = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><response>");
    writeValue(out, envelope);
    out += QByteArrayLiteral("</response>");
    return out;
}

void PhpXmlWriter::writeValue(QByteArray &out, const PhpValue &value)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        return;
    case PhpValue::Type::Bool:
        out += value.isTruthy() ? QByteArrayLiteral("1") : QByteArray(); // PHP's (string)true / false
        return;
    case PhpValue::Type::Double:
        out += QByteArray::number(value.toDouble(), 'g', 14);
        return;
    case PhpValue::Type::Array:
    case PhpValue::Type::Object:
        for (const auto &e : value.entries()) {
            const QByteArray tag = tagName(e.key);
            out += '<' + tag + '>';
            writeValue(out, e.value);
            out += "</" + tag + '>';
        }
        return;
    default:
        out += escaped(value.toString());
    }
}

} // namespace b24
