#include "core/profiles/savedrequeststore.h"

#include "core/b24/redaction.h"
#include "core/profiles/datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

constexpr auto kFormatKey = "b24ExplorerSavedRequests";

// One list of requests as a file: the format's marker, then the requests, redacted.
QByteArray document(const QList<SavedRequest> &requests, bool withPortal)
{
    OrderedJson list = OrderedJson::array();
    for (const SavedRequest &r : requests)
        list.append(r.toJson(withPortal));
    OrderedJson doc = OrderedJson::object();
    doc.insert(QString::fromLatin1(kFormatKey), 1);
    doc.insert(u"requests"_s, list);
    return redact(QString::fromUtf8(doc.toJson(OrderedJson::Format::Indented))).toUtf8();
}

// The requests of such a file; false with *error when it is not one.
bool parseDocument(const QByteArray &json, QList<SavedRequest> *out, QString *error)
{
    QString parseError;
    const OrderedJson doc = OrderedJson::fromJson(json, &parseError);
    const OrderedJson list = doc.value(u"requests"_s);
    if (!parseError.isEmpty() || !doc.value(QString::fromLatin1(kFormatKey)).isNumber() || !list.isArray()) {
        if (error)
            *error = SavedRequestStore::tr("This is not a file of saved requests.");
        return false;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto request = SavedRequest::fromJson(list.at(i), error);
        if (!request)
            return false;
        out->append(*request);
    }
    return true;
}

} // namespace

SavedRequestStore::SavedRequestStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    load();
}

QString SavedRequestStore::defaultFilePath()
{
    return DataPaths::dataFile(u"saved-requests.json"_s);
}

void SavedRequestStore::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QList<SavedRequest> loaded;
    if (parseDocument(file.readAll(), &loaded, nullptr))
        m_requests = loaded;
}

bool SavedRequestStore::save(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document(m_requests, true)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    emit changed();
    return true;
}

QList<SavedRequest> SavedRequestStore::requests(const QString &portal) const
{
    QList<SavedRequest> out;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(out),
                 [&portal](const SavedRequest &r) { return r.portal == portal; });
    std::sort(out.begin(), out.end(), [](const SavedRequest &a, const SavedRequest &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<SavedRequest> SavedRequestStore::request(const QString &id) const
{
    const auto it = std::find_if(m_requests.cbegin(), m_requests.cend(),
                                 [&id](const SavedRequest &r) { return r.id == id; });
    return it == m_requests.cend() ? std::nullopt : std::optional<SavedRequest>(*it);
}

QString SavedRequestStore::add(SavedRequest request, QString *error)
{
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_requests.append(request);
    if (!save(error)) {
        m_requests.removeLast();
        return {};
    }
    return request.id;
}

bool SavedRequestStore::rename(const QString &id, const QString &name, QString *error)
{
    for (SavedRequest &r : m_requests) {
        if (r.id == id && !name.trimmed().isEmpty()) {
            r.name = name.trimmed();
            return save(error);
        }
    }
    if (error)
        *error = tr("No such saved request, or no name.");
    return false;
}

bool SavedRequestStore::remove(const QString &id, QString *error)
{
    const qsizetype removed = m_requests.removeIf([&id](const SavedRequest &r) { return r.id == id; });
    return removed > 0 && save(error);
}

QByteArray SavedRequestStore::exportJson(const QList<SavedRequest> &requests) const
{
    return document(requests, false);
}

int SavedRequestStore::importJson(const QByteArray &json, const QString &portal, QString *error)
{
    QList<SavedRequest> incoming;
    if (!parseDocument(json, &incoming, error))
        return -1;
    const QList<SavedRequest> before = m_requests;
    for (SavedRequest &r : incoming) {
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.portal = portal;
        m_requests.append(r);
    }
    if (!save(error)) {
        m_requests = before;
        return -1;
    }
    return int(incoming.size());
}

} // namespace b24
