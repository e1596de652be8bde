#pragma once

#include "core/b24/callresult.h"
#include "core/b24/internal/hookcontext.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace b24 {

// One HTTP POST to the portal and its answer turned into a CallResult: envelope parsed on any
// status, 3xx surfaced (never followed), TLS and network failures classified, total timeout.
class HttpAttempt : public QObject
{
    Q_OBJECT

public:
    HttpAttempt(HookContextPtr context, const QString &method, const QByteArray &body,
                const QString &requestId, QObject *parent = nullptr);
    ~HttpAttempt() override;

    // REST 3.0: the /rest/api/ address, and the key a write carries (docs/protocol.md §11.6).
    void setApi(ApiVersion api, const QByteArray &idempotencyKey = {});
    void start();
    void cancel();
    const CallResult &result() const { return m_result; }
    qint64 bytesSent() const { return m_body.size(); }
    // The body as it came, before the shown copy was redacted or shortened.
    qint64 bytesReceived() const { return m_bytesReceived; }

signals:
    void finished();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;
    };

    // Parses the envelope on the spot, or on a pool thread for a large body, then finish().
    void onReplyFinished();
    void finish(const Answer &answer);
    void failWith(ApiError::Kind kind, const QString &code, const QString &description);
    QString redirectOrigin() const;

    HookContextPtr m_context;
    QString m_method;
    QByteArray m_body;
    QString m_requestId;
    ApiVersion m_api = ApiVersion::V2;
    QByteArray m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    CallResult m_result;
    qint64 m_bytesReceived = 0;
    QStringList m_sslErrors;
    bool m_timedOut = false;
    bool m_cancelled = false;
};

} // namespace b24
