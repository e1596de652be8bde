#include "core/sandbox/httprequestparser.h"

#include <algorithm>
#include <cctype>

namespace b24 {

namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024;

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

QByteArray trimOws(const QByteArray &s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        --e;
    return s.mid(b, e - b);
}

// Comma-separated list elements of every header called `name`, trimmed and lower-cased.
QList<QByteArray> headerElements(const HttpHeaders &headers, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first != name)
            continue;
        for (const QByteArray &part : h.second.split(','))
            if (const QByteArray t = trimOws(part).toLower(); !t.isEmpty())
                out.append(t);
    }
    return out;
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{}

void HttpRequestParser::feed(const QByteArray &bytes)
{
    compact();
    m_buffer.append(bytes);
}

void HttpRequestParser::compact()
{
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 64 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpRequestParser::takeExpectContinue()
{
    const bool e = m_expectContinue;
    m_expectContinue = false;
    return e;
}

bool HttpRequestParser::inProgress() const
{
    return m_phase != Phase::Head || m_seenRequestLine || m_headBytes > 0 || bufferedBytes() > 0;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    m_keepAlive = false;
    m_expectContinue = false;
    return State::Error;
}

// Takes one line ending in LF (an optional CR before it is dropped). `limit` bounds the line length.
bool HttpRequestParser::takeLine(QByteArray *line, qsizetype limit, bool *tooLong)
{
    *tooLong = false;
    const qsizetype available = m_buffer.size() - m_pos;
    const qsizetype searchLen = std::min(available, limit + 1);
    const qsizetype nl = m_buffer.indexOf('\n', m_pos);
    if (nl < 0 || nl - m_pos >= searchLen) {
        *tooLong = available > limit;
        return false;
    }
    qsizetype end = nl;
    if (end > m_pos && m_buffer[end - 1] == '\r')
        --end;
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = nl + 1;
    return true;
}

HttpRequestParser::State HttpRequestParser::next(HttpRequest *request)
{
    if (m_errorStatus != 0)
        return State::Error;
    const bool inHead = m_phase == Phase::Head;
    State s = inHead ? parseHead() : parseBody();
    if (inHead && s == State::NeedMore && m_phase != Phase::Head)
        s = parseBody(); // the head just ended; the body may already be buffered
    if (s == State::Ready) {
        *request = std::move(m_current);
        resetRequest();
    }
    return s;
}

void HttpRequestParser::resetRequest()
{
    m_current = HttpRequest();
    m_version.clear();
    m_phase = Phase::Head;
    m_headBytes = 0;
    m_remaining = 0;
    m_seenRequestLine = false;
    m_expectContinue = false;
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    for (;;) {
        const qsizetype budget = m_limits.maxHeaderBytes - m_headBytes;
        QByteArray line;
        bool tooLong = false;
        const qsizetype before = m_pos;
        if (!takeLine(&line, std::max<qsizetype>(budget, 0), &tooLong))
            return tooLong ? fail(431, "Request Header Fields Too Large") : State::NeedMore;
        m_headBytes += m_pos - before;
        if (m_headBytes > m_limits.maxHeaderBytes)
            return fail(431, "Request Header Fields Too Large");
        if (line.contains('\r'))
            return fail(400, "Bare CR in request head");
        if (!m_seenRequestLine) {
            if (line.isEmpty())
                continue; // RFC 9112 §2.2: ignore empty lines before the request line
            if (const State s = parseRequestLine(line); s == State::Error)
                return s;
            m_seenRequestLine = true;
            continue;
        }
        if (line.isEmpty())
            return finishHead();
        if (const State s = parseHeaderLine(line); s == State::Error)
            return s;
    }
}

HttpRequestParser::State HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, "Malformed request line");
    for (char c : parts[1]) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return fail(400, "Invalid character in request target");
    }
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1" || version == "HTTP/1.0")
        m_version = version;
    else if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
        return fail(505, "HTTP Version Not Supported");
    else
        return fail(400, "Malformed HTTP version");

    m_current.method = parts[0];
    m_current.target = parts[1];
    QByteArray pathAndQuery = parts[1];
    if (pathAndQuery.startsWith("http://") || pathAndQuery.startsWith("https://")) {
        // absolute-form: drop scheme and authority
        const qsizetype slash = pathAndQuery.indexOf('/', pathAndQuery.indexOf("//") + 2);
        pathAndQuery = slash < 0 ? QByteArray("/") : pathAndQuery.mid(slash);
    } else if (pathAndQuery != "*" && !pathAndQuery.startsWith('/')) {
        return fail(400, "Malformed request target");
    }
    if (const qsizetype hash = pathAndQuery.indexOf('#'); hash >= 0)
        pathAndQuery.truncate(hash);
    const qsizetype q = pathAndQuery.indexOf('?');
    m_current.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    m_current.query = q < 0 ? QByteArray() : pathAndQuery.mid(q + 1);
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line[0] == ' ' || line[0] == '\t')
        return fail(400, "Obsolete header line folding");
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(400, "Malformed header line");
    const QByteArray name = line.left(colon);
    if (!isToken(name))
        return fail(400, "Invalid header name");
    const QByteArray value = trimOws(line.mid(colon + 1));
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(400, "Invalid character in header value");
    }
    m_current.headers.append({name.toLower(), value});
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::finishHead()
{
    const HttpHeaders &headers = m_current.headers;
    int hosts = 0;
    for (const auto &h : headers)
        hosts += h.first == "host" ? 1 : 0;
    if (hosts > 1 || (hosts == 0 && m_version == "HTTP/1.1"))
        return fail(400, "Missing or repeated Host header");

    const QList<QByteArray> connection = headerElements(headers, "connection");
    m_keepAlive = m_version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

    const QList<QByteArray> codings = headerElements(headers, "transfer-encoding");
    bool hasLength = false;
    for (const auto &h : headers)
        hasLength = hasLength || h.first == "content-length";
    if (!codings.isEmpty()) {
        if (hasLength)
            return fail(400, "Both Transfer-Encoding and Content-Length");
        if (codings.size() != 1 || codings.first() != "chunked")
            return fail(501, "Unsupported Transfer-Encoding");
        m_phase = Phase::ChunkSize;
    } else if (hasLength) {
        qint64 length = -1;
        for (const QByteArray &v : headerElements(headers, "content-length")) {
            bool ok = v.size() <= 18;
            for (char c : v)
                ok = ok && c >= '0' && c <= '9';
            const qint64 n = ok ? v.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && n != length))
                return fail(400, "Invalid Content-Length");
            length = n;
        }
        if (length < 0)
            return fail(400, "Invalid Content-Length");
        if (length > m_limits.maxBodyBytes)
            return fail(413, "Content Too Large");
        m_remaining = length;
        m_phase = Phase::FixedBody;
    } else {
        return State::Ready; // no body
    }
    const QList<QByteArray> expect = headerElements(headers, "expect");
    m_expectContinue = expect.contains("100-continue") && (m_phase != Phase::FixedBody || m_remaining > 0) &&
                       m_version == "HTTP/1.1";
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseBody()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Head:
            return State::NeedMore;
        case Phase::FixedBody:
        case Phase::ChunkData: {
            const qsizetype take = std::min(m_remaining, m_buffer.size() - m_pos);
            m_current.body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return State::NeedMore;
            if (m_phase == Phase::FixedBody)
                return State::Ready;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd: {
            QByteArray line;
            bool tooLong = false;
            if (!takeLine(&line, 1, &tooLong))
                return tooLong ? fail(400, "Malformed chunk terminator") : State::NeedMore;
            if (!line.isEmpty())
                return fail(400, "Malformed chunk terminator");
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::ChunkSize: {
            QByteArray line;
            bool tooLong = false;
            if (!takeLine(&line, kMaxChunkSizeLine, &tooLong))
                return tooLong ? fail(400, "Chunk size line too long") : State::NeedMore;
            const qsizetype semi = line.indexOf(';');
            const QByteArray hex = trimOws(semi < 0 ? line : line.left(semi));
            if (hex.isEmpty() || hex.size() > 15)
                return fail(hex.isEmpty() ? 400 : 413, "Invalid chunk size");
            for (char c : hex)
                if (!std::isxdigit(static_cast<unsigned char>(c)))
                    return fail(400, "Invalid chunk size");
            const qint64 size = hex.toLongLong(nullptr, 16);
            if (size > m_limits.maxBodyBytes - m_current.body.size())
                return fail(413, "Content Too Large");
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::Trailers: {
            QByteArray line;
            bool tooLong = false;
            const qsizetype budget = std::max<qsizetype>(m_limits.maxHeaderBytes - m_headBytes, 0);
            const qsizetype before = m_pos;
            if (!takeLine(&line, budget, &tooLong))
                return tooLong ? fail(431, "Request Header Fields Too Large") : State::NeedMore;
            m_headBytes += m_pos - before;
            if (m_headBytes > m_limits.maxHeaderBytes)
                return fail(431, "Request Header Fields Too Large");
            if (line.isEmpty())
                return State::Ready;
            if (line.indexOf(':') <= 0)
                return fail(400, "Malformed trailer");
            break; // trailers are read and dropped
        }
        }
    }
}

} // namespace b24
