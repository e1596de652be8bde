#pragma once

// Shared by the networked client tests: an in-process sandbox portal over real HTTPS sockets,
// a hook that trusts its certificate, and helpers that run a job to its end without blocking
// the event loop.

#include "core/b24/b24hook.h"
#include "core/b24/batchjob.h"
#include "core/b24/calljob.h"
#include "core/b24/listjob.h"
#include "core/sandbox/httpserver.h"
#include "core/sandbox/portal.h"
#include "core/sandbox/sandboxserver.h"
#include "core/sandbox/selfsignedcertificate.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace b24::test {

inline PortalOptions unlimitedPortal()
{
    PortalOptions options;
    options.plan = PortalOptions::Plan::Unlimited;
    return options;
}

inline ClientOptions trustingOptions(const QSslCertificate &ca)
{
    ClientOptions options;
    options.plan = ClientOptions::Plan::Unlimited;
    options.extraCaCertificates = {ca};
    options.timeoutMs = 20000;
    return options;
}

// Runs one job of the hook to its end (or the timeout) and hands it to `inspect` while alive.
template<typename Job, typename Inspect>
bool runJob(Job *job, Inspect inspect, int timeoutMs = 60000)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &Job::finished, &loop, [&] {
        inspect(job);
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

inline CallResult call(B24Hook &hook, const QString &method,
                       const OrderedJson &params = OrderedJson::object())
{
    CallResult result;
    result.error.code = QStringLiteral("TEST_JOB_DID_NOT_FINISH");
    result.error.kind = ApiError::Kind::Cancelled;
    runJob(hook.callMethod(method, params), [&](CallJob *job) { result = job->result(); });
    return result;
}

// A TLS server with a hand-written answer, for wire shapes the sandbox portal never produces
// (redirects, non-JSON 200, a portal that ignores filters). It records what it received.
class ScriptedServer
{
public:
    explicit ScriptedServer(std::function<HttpResponse(const HttpRequest &)> answer)
        : m_server([this, answer](const HttpRequest &request) {
            m_requests.append(request);
            HttpReply reply;
            reply.response = answer(request);
            return reply;
        })
    {
        m_ok = !m_certificate.isNull() &&
               m_server.listenTls(QHostAddress(QHostAddress::LocalHost), 0, m_certificate.certificate(),
                                  m_certificate.privateKey());
    }

    bool ok() const { return m_ok; }
    QString webhookUrl() const
    {
        return QStringLiteral("https://127.0.0.1:%1/rest/7/scriptedSecret42/").arg(m_server.tlsPort());
    }
    QSslCertificate certificate() const { return m_certificate.certificate(); }
    const QList<HttpRequest> &requests() const { return m_requests; }

    static HttpResponse json(const QByteArray &body, int status = 200)
    {
        HttpResponse response;
        response.status = status;
        response.headers = {{QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json")}};
        response.body = body;
        return response;
    }

private:
    SelfSignedCertificate m_certificate;
    QList<HttpRequest> m_requests;
    HttpServer m_server;
    bool m_ok = false;
};

} // namespace b24::test
