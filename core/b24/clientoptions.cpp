#include "core/b24/clientoptions.h"

#include "b24version.h"
#include "core/b24/limitersettings.h"
#include "core/b24/retrypolicy.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

int ClientOptions::effectiveBurst() const
{
    if (burst > 0)
        return burst;
    switch (plan.value_or(Plan::Standard)) {
    case Plan::Enterprise:
        return 250;
    case Plan::Unlimited:
        return 1000000;
    case Plan::Standard:
        break;
    }
    return 50;
}

double ClientOptions::effectiveDrainPerSecond() const
{
    if (drainPerSecond > 0)
        return drainPerSecond;
    switch (plan.value_or(Plan::Standard)) {
    case Plan::Enterprise:
        return 5;
    case Plan::Unlimited:
        return 1000000;
    case Plan::Standard:
        break;
    }
    return 2;
}

QString ClientOptions::effectiveUserAgent() const
{
    if (!userAgent.isEmpty())
        return userAgent;
    return u"B24Explorer/"_s + QString::fromLatin1(B24_VERSION_STRING);
}

LimiterSettings ClientOptions::limiterSettings() const
{
    LimiterSettings settings;
    settings.unlimited = plan == Plan::Unlimited && burst <= 0 && drainPerSecond <= 0;
    settings.burst = effectiveBurst();
    settings.drainPerSecond = effectiveDrainPerSecond();
    if (operatingLimitSeconds > 0)
        settings.operatingLimitSeconds = operatingLimitSeconds;
    settings.clock = clock;
    return settings;
}

std::optional<ClientOptions::Plan> ClientOptions::planFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == "standard"_L1)
        return Plan::Standard;
    if (key == "enterprise"_L1)
        return Plan::Enterprise;
    if (key == "unlimited"_L1)
        return Plan::Unlimited;
    return std::nullopt;
}

RetrySettings ClientOptions::retrySettings() const
{
    RetrySettings settings;
    settings.maxAttempts = std::max(1, maxAttempts);
    settings.drainPerSecond = effectiveDrainPerSecond();
    return settings;
}

bool ClientOptions::loadCaFile(const QString &pemPath, QList<QSslCertificate> *certificates, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"Cannot read the CA file: "_s + file.errorString();
        return false;
    }
    const QList<QSslCertificate> loaded = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (loaded.isEmpty()) {
        if (error)
            *error = u"The CA file holds no PEM certificate"_s;
        return false;
    }
    if (certificates)
        certificates->append(loaded);
    return true;
}

} // namespace b24
