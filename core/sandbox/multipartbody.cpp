#include "core/sandbox/multipartbody.h"

#include <QList>

namespace b24 {

namespace {
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        if (!part.toLower().startsWith(QByteArray(name + '=')))
            continue;
        QByteArray value = part.mid(name.size() + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}
} // namespace

QByteArray MultipartBody::toFormBody(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return {};
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> pairs;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype start = at + delimiter.size();
        if (body.mid(start, 2) == "--")
            break; // the closing delimiter
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start + 2, next - start - 2); // after the line break
        at = next + 2;
        const qsizetype split = part.indexOf("\r\n\r\n");
        if (split < 0)
            continue;
        QByteArray disposition;
        for (const QByteArray &line : part.left(split).split('\n'))
            if (line.trimmed().toLower().startsWith("content-disposition:"))
                disposition = line.trimmed().mid(20);
        const QByteArray name = parameter(disposition, "name");
        if (name.isEmpty() || disposition.toLower().contains("filename="))
            continue;
        pairs << name.toPercentEncoding("[]") + '=' + part.mid(split + 4).toPercentEncoding();
    }
    return pairs.join('&');
}

} // namespace b24
