// Fuzz target: the webhook URL parser and the redaction function. Whatever the text, parsing
// never crashes, an accepted URL round-trips through its full form, and its redacted form is
// exactly origin + /rest/[api/]{id}/mask/ (the secret cannot survive in it).

#include "core/b24/redaction.h"
#include "core/b24/webhookurl.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(b24::fuzz::bytes(data, size));
    b24::WebhookUrl::ParseError error = b24::WebhookUrl::ParseError::None;
    const b24::WebhookUrl url = b24::WebhookUrl::parse(text, &error);
    (void)b24::redact(text);
    if (!url.isValid()) {
        FUZZ_CHECK(error != b24::WebhookUrl::ParseError::None);
        FUZZ_CHECK(!b24::WebhookUrl::errorText(error).isEmpty());
        return 0;
    }
    FUZZ_CHECK(error == b24::WebhookUrl::ParseError::None);
    FUZZ_CHECK(!url.secret().isEmpty());
    const QString restPath = url.api() == b24::ApiVersion::V3 ? u"/rest/api/"_s : u"/rest/"_s;
    const QString expected =
        url.targetOrigin() + restPath + QString::number(url.userId()) + u'/' + b24::redactionMask() + u'/';
    FUZZ_CHECK(url.redacted() == expected);
    const b24::WebhookUrl again = b24::WebhookUrl::parse(url.toString());
    FUZZ_CHECK(again == url);
    // The full URL, run through the one redaction function (no secret registered), is masked
    // exactly like redacted(): the path pattern alone hides any secret the parser accepts.
    FUZZ_CHECK(b24::redact(url.toString()) == url.redacted());
    return 0;
}
