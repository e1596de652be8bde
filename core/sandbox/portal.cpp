#include "sandbox/portal.h"

#include "sandbox/datastore.h"

#include <QDateTime>

namespace b24 {

class PortalPrivate
{
public:
    PortalOptions options;
    DataStore data;
    std::function<qint64()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    bool stopped = false;
};

Portal::Portal(const PortalOptions &options)
    : d(std::make_unique<PortalPrivate>())
{
    d->options = options;
    if (d->options.secret.isEmpty()) {
        // Deterministic per seed, shaped like a real webhook code (16 lower-case letters/digits).
        quint64 x = options.seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
        const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 16; ++i) {
            x ^= x >> 29;
            x *= 0xBF58476D1CE4E5B9ULL;
            x ^= x >> 32;
            d->options.secret += QLatin1Char(alphabet[x % 36]);
        }
    }
}

Portal::~Portal() = default;

HttpResponse Portal::handle(const HttpRequest &)
{
    HttpResponse r;
    r.status = 404;
    r.headers = {{"content-type", "application/json; charset=utf-8"}};
    r.body = R"({"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"})";
    return r;
}

QString Portal::secret() const
{
    return d->options.secret;
}

int Portal::userId() const
{
    return d->options.userId;
}

QString Portal::webhookPath() const
{
    return QStringLiteral("/rest/%1/%2/").arg(userId()).arg(secret());
}

const PortalOptions &Portal::options() const
{
    return d->options;
}

void Portal::setClock(std::function<qint64()> nowMs)
{
    d->clock = std::move(nowMs);
}

void Portal::setPortalStopped(bool stopped)
{
    d->stopped = stopped;
}

DataStore &Portal::data()
{
    return d->data;
}

} // namespace b24
