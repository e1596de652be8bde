#include "core/secrets/secretstore.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString SecretStore::webhookKey(const QString &profileId)
{
    return u"profile/"_s + profileId + u"/webhook"_s;
}

void SecretStore::probe(const QObject *context, Callback done)
{
    static const QString probeKey = u"probe/availability"_s;
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    write(probeKey, u"b24-explorer keychain probe"_s, this,
          [this, guard, guarded, done = std::move(done)](const SecretResult &written) {
              if (guarded && !guard)
                  return;
              if (!written.ok()) {
                  if (done)
                      done(written);
                  return;
              }
              remove(probeKey, this, [guard, guarded, done](const SecretResult &removed) {
                  if (done && (!guarded || guard))
                      done(removed);
              });
          });
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
