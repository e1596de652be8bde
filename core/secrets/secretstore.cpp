#include "core/secrets/secretstore.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString SecretStore::webhookKey(const QString &profileId)
{
    return u"profile/"_s + profileId + u"/webhook"_s;
}

void SecretStore::deliver(const QObject *context, Callback done, const SecretResult &result)
{
    if (!done)
        return;
    // A null context means "no owner": the store itself then guards the call.
    const QObject *guard = context ? context : this;
    QTimer::singleShot(0, guard, [done = std::move(done), result] { done(result); });
}

} // namespace b24
