// Fuzz target: the order-keeping JSON parser that reads what users type (CLI PARAMS, batch input,
// the batch editor). Invariants: no crash on any bytes; what it accepts it writes back as text that
// it reads again to the same text (keys in the same order), and that Qt's parser reads too.

#include "core/b24/orderedjson.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = b24::fuzz::bytes(data, size);
    QString error;
    const b24::OrderedJson parsed = b24::OrderedJson::fromJson(input, &error);
    FUZZ_CHECK(parsed.isUndefined() != error.isEmpty());
    if (parsed.isUndefined())
        return 0;
    const QByteArray written = parsed.toJson();
    const b24::OrderedJson again = b24::OrderedJson::fromJson(written, &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(again.toJson() == written);
    FUZZ_CHECK(b24::OrderedJson::fromJson(parsed.toJson(b24::OrderedJson::Format::Indented)).toJson() ==
               written);
    if (parsed.isObject() || parsed.isArray()) {
        QJsonParseError qtError;
        QJsonDocument::fromJson(written, &qtError);
        FUZZ_CHECK(qtError.error == QJsonParseError::NoError ||
                   qtError.error == QJsonParseError::DeepNesting);
    }
    return 0;
}
