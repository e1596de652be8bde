#include "core/sandbox/sandboxcommandline.h"

namespace b24 {

namespace {

struct Flag
{
    const char *name;
    const char *valueName; // nullptr: no value
    const char *help;
};

const Flag kFlags[] = {
    {"listen", "HOST:PORT",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Address to serve HTTPS on (default 127.0.0.1:0 = any free port; IPv6 as [::1]:0).")},
    {"cert-out", "FILE",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Write the certificate it serves (PEM) to FILE, for clients to trust as a CA.")},
    {"seed", "N",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Seed for the generated data, the secret and the fault draws (default 1).")},
    {"data", "SPEC",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Row counts: deals=N,contacts=N,leads=N,companies=N,users=N,tasks=N (unnamed entities "
                       "keep defaults).")},
    {"plan", "PLAN",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "standard|enterprise|unlimited: leaky-bucket limits (50/2, 250/5, none).")},
    {"operating-limit", "SECONDS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Handler time allowed per webhook and method per 10 minutes (default 480).")},
    {"operating-cost", "SECONDS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Virtual handler time charged per call, to drive the operating limit (default 0).")},
    {"page-cost", "MS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Handler time of a full list page (50 default crm.deal.list rows; fewer rows or "
                       "columns cost less): the answer comes that much later and the operating budget is "
                       "charged for it; a request past 60 s is cut off with an HTML 504 (default 0).")},
    {"time-scale", "N",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Run every portal clock N times faster (time, operating buckets, the leaky bucket) "
                       "and every added delay N times shorter (default 1).")},
    {"extra-webhook", "SECRET",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Accept a second webhook of the same owner with this secret (repeatable); its URL is "
                       "printed on the next line. Each webhook has its own operating budget.")},
    {"renamed-to", "HOST",
     QT_TRANSLATE_NOOP(
         "b24::SandboxCommandLine",
         "Act as a renamed portal: answer every request with a 302 to https://HOST and the same "
         "path (HOST may carry a port).")},
    {"latency", "MS", QT_TRANSLATE_NOOP("b24::SandboxCommandLine", "Added to every response.")},
    {"faults", "SPEC",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Per-request fault probabilities, e.g. "
                       "503=0.1,html502=0.05,reset=0.05,truncate=0.02,slow=0.01,nonjson=0.02.")},
    {"slow-delay", "MS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "How late the 'slow' fault answers (default 70000, beyond a client's timeout).")},
    {"scope", "LIST",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Scopes granted to the webhook, comma-separated (default crm,user,task,department).")},
    {"deny", "METHODS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Methods the webhook's user may not use, comma-separated: they answer ACCESS_DENIED, "
                       "as for a user without that permission (e.g. crm.status.list).")},
    {"log", "FILE",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Append one JSON line per HTTP request: time, method, status, bytes, ms, fault.")},
    {"secret", "SECRET",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine", "Webhook secret (default: derived from the seed).")},
    {"user-id", "N", QT_TRANSLATE_NOOP("b24::SandboxCommandLine", "Webhook owner's user id (default 1).")},
    {"plain-port", "PORT",
     QT_TRANSLATE_NOOP(
         "b24::SandboxCommandLine",
         "Also serve plain HTTP on PORT (0 = any free port); the portal answers it as the cloud "
         "answers http://.")},
    {"idle-timeout", "MS",
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Close keep-alive connections idle this long (default 30000).")},
    {"docs-examples", nullptr,
     QT_TRANSLATE_NOOP("b24::SandboxCommandLine",
                       "Answer every documented method the sandbox does not emulate with the documentation's "
                       "example answer, marked by the response header X-Sandbox-Example: true.")},
    {"help", nullptr, QT_TRANSLATE_NOOP("b24::SandboxCommandLine", "Show this help and exit.")},
    {"version", nullptr, QT_TRANSLATE_NOOP("b24::SandboxCommandLine", "Show the version and exit.")},
};

const Flag *findFlag(const QString &name)
{
    for (const Flag &f : kFlags)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

bool toInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool toNonNegative(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0) || v > 1e9)
        return false;
    *out = v;
    return true;
}

} // namespace

bool SandboxCommandLine::fail(const QString &message)
{
    m_error = message;
    return false;
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments)
{
    m_error.clear();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (arg == QLatin1String("-h"))
            arg = QStringLiteral("--help");
        if (!arg.startsWith(QLatin1String("--"))) {
            fail(QStringLiteral("unexpected argument \"%1\" (see --help)").arg(arg));
            return Outcome::Error;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        const Flag *flag = findFlag(name);
        if (!flag) {
            fail(QStringLiteral("unknown option --%1 (see --help)").arg(name));
            return Outcome::Error;
        }
        if (!flag->valueName) {
            if (hasValue) {
                fail(QStringLiteral("--%1 takes no value").arg(name));
                return Outcome::Error;
            }
            if (name == QLatin1String("docs-examples")) {
                m_portal.docsExamples = true;
                continue;
            }
            return name == QLatin1String("help") ? Outcome::Help : Outcome::Version;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size()) {
                fail(QStringLiteral("--%1 needs a value (%2)").arg(name, QLatin1String(flag->valueName)));
                return Outcome::Error;
            }
            value = arguments.at(++i);
        }
        if (!apply(name, value))
            return Outcome::Error;
    }
    return Outcome::Run;
}

bool SandboxCommandLine::apply(const QString &name, const QString &value)
{
    const auto bad = [&](const QString &expected) {
        return fail(QStringLiteral("--%1 %2: expected %3").arg(name, value, expected));
    };
    qint64 n = 0;
    if (name == QLatin1String("listen")) {
        if (!parseListen(value, &m_server.listenAddress, &m_server.port))
            return bad(QStringLiteral("HOST:PORT with an IP address, e.g. 127.0.0.1:0"));
    } else if (name == QLatin1String("cert-out")) {
        m_certOut = value;
    } else if (name == QLatin1String("seed")) {
        bool ok = false;
        m_portal.seed = value.toULongLong(&ok);
        if (!ok)
            return bad(QStringLiteral("a non-negative integer"));
    } else if (name == QLatin1String("data")) {
        QString error;
        if (!parseData(value, &m_portal.data, &error))
            return fail(QStringLiteral("--data: ") + error);
    } else if (name == QLatin1String("plan")) {
        const QString plan = value.toLower();
        if (plan == QLatin1String("standard"))
            m_portal.plan = PortalOptions::Plan::Standard;
        else if (plan == QLatin1String("enterprise"))
            m_portal.plan = PortalOptions::Plan::Enterprise;
        else if (plan == QLatin1String("unlimited"))
            m_portal.plan = PortalOptions::Plan::Unlimited;
        else
            return bad(QStringLiteral("standard, enterprise or unlimited"));
    } else if (name == QLatin1String("operating-limit")) {
        if (!toNonNegative(value, &m_portal.operatingLimitSeconds))
            return bad(QStringLiteral("seconds (a number >= 0)"));
    } else if (name == QLatin1String("operating-cost")) {
        if (!toNonNegative(value, &m_portal.operatingCostSeconds))
            return bad(QStringLiteral("seconds (a number >= 0)"));
    } else if (name == QLatin1String("page-cost")) {
        if (!toNonNegative(value, &m_portal.pageCostMs))
            return bad(QStringLiteral("milliseconds (a number >= 0)"));
    } else if (name == QLatin1String("time-scale")) {
        if (!toNonNegative(value, &m_portal.timeScale) || m_portal.timeScale < 1 ||
            m_portal.timeScale > 10000)
            return bad(QStringLiteral("a factor from 1 to 10000"));
    } else if (name == QLatin1String("renamed-to")) {
        if (value.isEmpty() || value.contains(QLatin1Char('/')) || value.contains(QLatin1Char(' ')))
            return bad(QStringLiteral("a host name, optionally with :port"));
        m_portal.renamedTo = value;
    } else if (name == QLatin1String("extra-webhook")) {
        if (value.isEmpty() || value.contains(QLatin1Char('/')) || value.contains(QLatin1Char(' ')))
            return bad(QStringLiteral("a non-empty secret without '/' or spaces"));
        m_portal.extraSecrets << value;
    } else if (name == QLatin1String("latency") || name == QLatin1String("slow-delay") ||
               name == QLatin1String("idle-timeout")) {
        if (!toInt(value, 0, 24 * 3600 * 1000, &n))
            return bad(QStringLiteral("milliseconds"));
        (name == QLatin1String("latency")      ? m_server.latencyMs
         : name == QLatin1String("slow-delay") ? m_server.slowFaultMs
                                               : m_server.idleTimeoutMs) = int(n);
    } else if (name == QLatin1String("faults")) {
        QString error;
        if (!FaultInjector::parseSpec(value, nullptr, &error))
            return fail(QStringLiteral("--faults: ") + error);
        m_server.faults = value;
    } else if (name == QLatin1String("scope")) {
        m_portal.scopes.clear();
        for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_portal.scopes << s.trimmed();
    } else if (name == QLatin1String("deny")) {
        for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_portal.deniedMethods << s.trimmed().toLower();
    } else if (name == QLatin1String("log")) {
        m_server.logFile = value;
    } else if (name == QLatin1String("secret")) {
        if (value.isEmpty() || value.contains(QLatin1Char('/')))
            return bad(QStringLiteral("a non-empty secret without '/'"));
        m_portal.secret = value;
    } else if (name == QLatin1String("user-id")) {
        if (!toInt(value, 1, 1000000000, &n))
            return bad(QStringLiteral("a positive integer"));
        m_portal.userId = int(n);
    } else if (name == QLatin1String("plain-port")) {
        if (!toInt(value, 0, 65535, &n))
            return bad(QStringLiteral("a port number"));
        m_server.plainPort = int(n);
    }
    return true;
}

bool SandboxCommandLine::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return false; // IPv6 needs brackets
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress parsed(host);
    qint64 n = 0;
    if (parsed.isNull() || !toInt(text.mid(colon + 1), 0, 65535, &n))
        return false;
    *address = parsed;
    *port = quint16(n);
    return true;
}

bool SandboxCommandLine::parseData(const QString &text, QHash<QString, int> *counts, QString *error)
{
    static const QStringList kEntities{QStringLiteral("deals"), QStringLiteral("contacts"),
                                       QStringLiteral("leads"), QStringLiteral("companies"),
                                       QStringLiteral("users"), QStringLiteral("tasks")};
    QHash<QString, int> parsed = *counts;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.trimmed().split(QLatin1Char('='));
        qint64 n = 0;
        if (kv.size() != 2 || !kEntities.contains(kv[0].trimmed()) ||
            !toInt(kv[1].trimmed(), 0, 10000000, &n)) {
            *error = QStringLiteral("\"%1\": expected ENTITY=COUNT with ENTITY one of %2")
                         .arg(item, kEntities.join(QStringLiteral(", ")));
            return false;
        }
        parsed.insert(kv[0].trimmed(), int(n));
    }
    *counts = parsed;
    return true;
}

QString SandboxCommandLine::helpText() const
{
    QString text = tr("Usage: b24-sandbox [options]\n"
                      "A local Bitrix24 portal over HTTPS for tests, benchmarks and demos.\n"
                      "The first line on stdout is the webhook URL (https://127.0.0.1:PORT/rest/1/SECRET/);\n"
                      "it runs until SIGINT or SIGTERM.\n\nOptions:\n");
    for (const Flag &f : kFlags) {
        QString left = QStringLiteral("  --") + QLatin1String(f.name);
        if (f.valueName)
            left += QLatin1Char(' ') + QLatin1String(f.valueName);
        text += left.leftJustified(28) + QLatin1Char(' ') + tr(f.help) + QLatin1Char('\n');
    }
    return text;
}

} // namespace b24
