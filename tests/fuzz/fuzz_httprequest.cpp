// Fuzz target: the sandbox's incremental HTTP request parser, as a network service sees it.
// The input is split at an input-chosen point into two feeds (requests arrive in pieces);
// invariants: the parser ends in a state, every error carries a 4xx/5xx status, a ready request
// has a method and a path, and no body exceeds the configured bound.

#include "core/sandbox/httprequestparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    b24::HttpRequestLimits limits;
    limits.maxHeaderBytes = 4096; // small bounds so the fuzzer reaches them
    limits.maxBodyBytes = 8192;
    b24::HttpRequestParser parser(limits);
    const QByteArray input = b24::fuzz::bytes(data, size);
    const qsizetype split =
        input.isEmpty() ? 0 : static_cast<unsigned char>(input.at(0)) % (input.size() + 1);
    int requests = 0;
    for (const QByteArray &piece : {input.left(split), input.mid(split)}) {
        parser.feed(piece);
        for (;;) {
            b24::HttpRequest request;
            const auto state = parser.next(&request);
            if (state == b24::HttpRequestParser::State::Ready) {
                ++requests;
                FUZZ_CHECK(!request.method.isEmpty());
                FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
                FUZZ_CHECK(requests <= input.size()); // progress: each request consumes bytes
                continue;
            }
            if (state == b24::HttpRequestParser::State::Error) {
                FUZZ_CHECK(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
                return 0;
            }
            break;
        }
        FUZZ_CHECK(parser.bufferedBytes() >= 0);
    }
    return 0;
}
