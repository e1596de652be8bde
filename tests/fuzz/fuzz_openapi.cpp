// Fuzz target: the REST 3.0 method catalog read from a portal's OpenAPI document
// (rest.documentation.openapi), which is input like any answer. Invariants: no crash, no endless
// walk on any bytes ($ref cycles, allOf loops, wrong types); a document either gives an error and
// no methods, or methods whose names are found again by find(); every method's forms can be built.

#include "core/catalog/openapicatalog.h"
#include "core/catalog/openapiforms.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = b24::fuzz::bytes(data, size);
    const auto parsed = b24::OpenApiCatalog::parse(input);
    FUZZ_CHECK(parsed.error.isEmpty() || parsed.catalog.isEmpty());
    for (const b24::OpenApiMethod &m : parsed.catalog.methods()) {
        FUZZ_CHECK(parsed.catalog.find(m.name) == &m);
        b24::OpenApiForms::params(m);
        b24::OpenApiForms::fields(m);
        if (m.entity) {
            for (const QString &name : m.entity->selectableNames())
                FUZZ_CHECK(m.entity->field(name) != nullptr);
        }
    }
    const auto scopes = b24::OpenApiCatalog::parseScopeList(b24::OrderedJson::fromJson(input));
    FUZZ_CHECK(scopes.error.isEmpty() || scopes.entries.isEmpty());
    return 0;
}
