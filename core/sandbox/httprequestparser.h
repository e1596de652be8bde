#pragma once

#include "core/sandbox/httpmessage.h"

#include <QByteArray>

namespace b24 {

struct HttpRequestLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;      // request line + headers (and chunk trailers) -> 431
    qsizetype maxBodyBytes = 64 * 1024 * 1024; // de-chunked body -> 413
};

// Incremental HTTP/1.x request parser: feed() bytes as they arrive, then call next() until it stops
// returning Ready. Handles pipelining, Content-Length and chunked bodies, and enforces size bounds.
// After an Error the parser stays in error; the connection answers errorStatus() and closes.
class HttpRequestParser
{
public:
    using Limits = HttpRequestLimits;
    enum class State
    {
        NeedMore,
        Ready,
        Error
    };

    explicit HttpRequestParser(Limits limits = {});

    void feed(const QByteArray &bytes);
    // Parses the next complete request out of the buffered bytes.
    State next(HttpRequest *request);

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    // Of the last request returned: whether the client wants the connection kept open.
    bool keepAlive() const { return m_keepAlive; }
    // True once per request whose head asked "Expect: 100-continue" and whose body is still due.
    bool takeExpectContinue();
    // Bytes received but not yet consumed by a returned request.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
    // True while a request has started arriving but is not complete (for idle-timeout decisions).
    bool inProgress() const;

private:
    enum class Phase
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers
    };

    State fail(int status, const char *reason);
    bool takeLine(QByteArray *line, qsizetype limit, bool *tooLong);
    State parseHead();
    State parseRequestLine(const QByteArray &line);
    State parseHeaderLine(const QByteArray &line);
    State finishHead();
    State parseBody();
    void resetRequest();
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Phase m_phase = Phase::Head;
    HttpRequest m_current;
    QByteArray m_version;
    qsizetype m_headBytes = 0;
    qsizetype m_remaining = 0; // body or chunk bytes still to read
    bool m_seenRequestLine = false;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace b24
