#include "core/sandbox/faultinjector.h"

#include "core/sandbox/gatewaypage.h"

namespace b24 {

namespace {

const struct
{
    FaultInjector::Kind kind;
    const char *name;
} kNames[] = {
    {FaultInjector::Kind::QueryLimit503, "503"}, {FaultInjector::Kind::Html502, "html502"},
    {FaultInjector::Kind::Reset, "reset"},       {FaultInjector::Kind::Truncate, "truncate"},
    {FaultInjector::Kind::Slow, "slow"},         {FaultInjector::Kind::NonJson, "nonjson"},
};

HttpResponse textResponse(int status, const char *contentType, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArray("Content-Type"), QByteArray(contentType)});
    r.body = body;
    return r;
}

} // namespace

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed)
{}

QByteArray FaultInjector::name(Kind kind)
{
    for (const auto &n : kNames)
        if (n.kind == kind)
            return n.name;
    return {};
}

FaultInjector::Kind FaultInjector::kindFromName(const QString &name)
{
    for (const auto &n : kNames)
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.kind;
    return Kind::None;
}

bool FaultInjector::parseSpec(const QString &spec, QList<Rule> *rules, QString *error)
{
    QList<Rule> parsed;
    double total = 0;
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return failWith(QStringLiteral("fault \"%1\": expected KIND=PROBABILITY").arg(item));
        const QString kindName = item.left(eq).trimmed();
        const Kind kind = kindFromName(kindName);
        if (kind == Kind::None)
            return failWith(QStringLiteral("unknown fault kind \"%1\" (known: 503, html502, reset, truncate, "
                                           "slow, nonjson)")
                                .arg(kindName));
        bool ok = false;
        const double p = item.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || !(p >= 0 && p <= 1))
            return failWith(
                QStringLiteral("fault \"%1\": probability must be a number from 0 to 1").arg(item));
        for (const Rule &r : parsed)
            if (r.kind == kind)
                return failWith(QStringLiteral("fault \"%1\" given twice").arg(kindName));
        total += p;
        parsed.append({kind, p});
    }
    if (total > 1 + 1e-9)
        return failWith(QStringLiteral("fault probabilities add up to more than 1"));
    if (rules)
        *rules = parsed;
    return true;
}

bool FaultInjector::setSpec(const QString &spec, QString *error)
{
    QList<Rule> parsed;
    if (!parseSpec(spec, &parsed, error))
        return false;
    m_rules = parsed;
    return true;
}

FaultInjector::Kind FaultInjector::decide()
{
    if (m_rules.isEmpty())
        return Kind::None;
    // 53 random bits -> [0, 1); the same on every platform, unlike std::uniform_real_distribution
    const double draw = double(m_random() >> 11) * (1.0 / 9007199254740992.0);
    double cumulative = 0;
    for (const Rule &r : m_rules) {
        cumulative += r.probability;
        if (draw < cumulative)
            return r.kind;
    }
    return Kind::None;
}

bool FaultInjector::replacesResponse(Kind kind)
{
    return kind == Kind::QueryLimit503 || kind == Kind::Html502 || kind == Kind::NonJson;
}

void FaultInjector::apply(Kind kind, HttpReply *reply) const
{
    if (kind == Kind::None)
        return;
    reply->fault = name(kind);
    switch (kind) {
    case Kind::None:
        break;
    case Kind::QueryLimit503:
        reply->response = textResponse(
            503, "application/json; charset=utf-8",
            QByteArrayLiteral(R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})"));
        break;
    case Kind::Html502:
        reply->response = GatewayPage::response(502, "Bad Gateway");
        break;
    case Kind::NonJson:
        reply->response =
            textResponse(200, "text/html; charset=utf-8",
                         QByteArrayLiteral("<br />\n<b>Fatal error</b>:  Allowed memory size "
                                           "exhausted in <b>/home/bitrix/www/bitrix/modules/rest"
                                           "</b> on line <b>42</b><br />\n"));
        break;
    case Kind::Reset:
        reply->delivery = HttpReply::Delivery::ResetMidBody;
        break;
    case Kind::Truncate:
        reply->delivery = HttpReply::Delivery::TruncateBody;
        break;
    case Kind::Slow:
        reply->delayMs += m_slowDelayMs;
        break;
    }
    if (replacesResponse(kind))
        reply->response.logMethod.clear();
}

} // namespace b24
