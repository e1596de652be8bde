// Fuzz target: the envelope parser and, on top of it, the batch result parser. The first byte
// picks the HTTP status (real portal statuses, a redirect and odd ones), the rest is the body.
// Invariants: a result or an error, never both missing; a batch answer maps onto exactly the
// commands sent, in their order, whatever shape the maps come in.

#include "core/b24/batchresult.h"
#include "core/b24/envelopeparser.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<b24::BatchCommand> &namedCommands()
{
    static const QList<b24::BatchCommand> commands{
        {u"cmd_0"_s, u"crm.deal.list"_s, {}},
        {u"cmd_1"_s, u"crm.deal.get"_s, {}},
        {u"get_user"_s, u"user.current"_s, {}},
    };
    return commands;
}

const QList<b24::BatchCommand> &positionalCommands()
{
    static const QList<b24::BatchCommand> commands{
        {QString(), u"crm.deal.add"_s, {}},
        {QString(), u"crm.deal.add"_s, {}},
        {QString(), u"crm.deal.list"_s, {}},
        {QString(), u"server.time"_s, {}},
    };
    return commands;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 200, 200, 200, 201, 204, 301, 302, 400, 401,
                                   403, 404, 405, 429, 500, 502, 503, 504, 0,   999};
    const int status = size > 0 ? statuses[data[0] % std::size(statuses)] : 200;
    const QByteArray body = size > 0 ? b24::fuzz::bytes(data + 1, size - 1) : QByteArray();

    const b24::CallResult outer = b24::parseEnvelope(status, body, u"batch"_s);
    FUZZ_CHECK(outer.httpStatus == status);
    FUZZ_CHECK(outer.ok() || !outer.error.code.isEmpty() || outer.error.isError());
    if (status >= 200 && status < 300 && outer.ok())
        FUZZ_CHECK(!outer.result.isUndefined());

    for (const auto *commands : {&namedCommands(), &positionalCommands()}) {
        const b24::BatchResult batch = b24::parseBatchResult(*commands, outer);
        if (batch.error.isError())
            continue;
        FUZZ_CHECK(batch.items.size() == commands->size());
        for (qsizetype i = 0; i < batch.items.size(); ++i) {
            FUZZ_CHECK(batch.items.at(i).method == commands->at(i).method);
            // A command is either answered (result or error) or explicitly not executed.
            if (batch.items.at(i).ok())
                FUZZ_CHECK(batch.items.at(i).executed);
        }
        FUZZ_CHECK(batch.failedCount() >= 0 && batch.failedCount() <= batch.items.size());
    }
    return 0;
}
