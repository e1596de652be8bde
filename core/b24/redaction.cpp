#include "core/b24/redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr qsizetype MinimumSecretLength = 6;

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &registry()
{
    static QSet<QString> secrets;
    return secrets;
}

// The forms a secret can take in text: raw, percent-encoded, percent-decoded.
QStringList variants(const QString &secret)
{
    QStringList forms{secret};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    const QString decoded = QUrl::fromPercentEncoding(secret.toUtf8());
    for (const QString &form : {encoded, decoded, encoded.toLower()}) {
        if (!forms.contains(form) && form.size() >= MinimumSecretLength)
            forms << form;
    }
    return forms;
}

const QRegularExpression &pathPattern()
{
    // "/rest/[api/]{digits}/{secret}" with "/", JSON "\/" or "%2F" separators; the secret runs to
    // the next separator, quote, whitespace or query/fragment/parameter delimiter.
    static const QRegularExpression re(
        uR"((?i)((?:\\?/|%2F)rest(?:\\?/|%2F)(?:api(?:\\?/|%2F))?\d+(?:\\?/|%2F))((?:(?!\\?/|%2F)[^\s?#&"'<>,;\]\)\}])+))"_s);
    return re;
}

// With literal "/" separators the secret runs to the next "/" even if it holds "%2F" or ",": a
// secret such as "%2F%2Fabc" would otherwise escape the pattern above entirely.
const QRegularExpression &slashPathPattern()
{
    static const QRegularExpression re(
        uR"((?i)(\\?/rest\\?/(?:api\\?/)?\d+\\?/)((?:(?!\\?/)[^\s?#"'<>])+))"_s);
    return re;
}

} // namespace

QString redactionMask()
{
    return u"••••"_s;
}

QString redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QMutexLocker lock(&registryMutex());
        for (const QString &secret : std::as_const(registry())) {
            for (const QString &form : variants(secret))
                out.replace(form, redactionMask(), Qt::CaseInsensitive);
        }
    }
    out.replace(slashPathPattern(), u"\\1"_s + redactionMask());
    out.replace(pathPattern(), u"\\1"_s + redactionMask());
    return out;
}

void registerSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    QMutexLocker lock(&registryMutex());
    registry().insert(secret);
}

void unregisterSecret(const QString &secret)
{
    QMutexLocker lock(&registryMutex());
    registry().remove(secret);
}

} // namespace b24
