#include "core/profiles/profilestore.h"

#include "core/b24/webhookurl.h"
#include "core/secrets/secretstore.h"

#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace b24 {

namespace {

const QString group = u"profiles"_s;

// Runs `done` on the next event-loop turn, only while `context` lives (as SecretStore does).
void post(const QObject *context, const QObject *fallback, std::function<void()> call)
{
    QTimer::singleShot(0, context ? context : fallback, std::move(call));
}

ProfileResult failure(ProfileError::Kind kind, const QString &code, const QString &message)
{
    ProfileResult r;
    r.error = {kind, code, message, {}};
    return r;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, SecretStore *keychain, SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_session(session)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out = m_sessionProfiles.values();
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Profile p;
        p.id = id;
        p.label = m_settings->value(u"label"_s).toString();
        p.portalOrigin = m_settings->value(u"origin"_s).toString();
        p.userId = m_settings->value(u"userId"_s).toLongLong();
        p.plan = m_settings->value(u"plan"_s).toString();
        p.created = QDateTime::fromString(m_settings->value(u"created"_s).toString(), Qt::ISODate);
        m_settings->endGroup();
        out.append(p);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return QString::compare(a.label, b.label, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::profileByLabel(const QString &label) const
{
    for (const Profile &p : profiles()) {
        if (p.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::labelTaken(const QString &label, const QString &exceptId) const
{
    const auto existing = profileByLabel(label);
    if (existing && existing->id != exceptId)
        return true;
    return std::any_of(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return p.profile.id != exceptId && p.profile.label.compare(label, Qt::CaseInsensitive) == 0;
    });
}

void ProfileStore::add(const QString &label, const QString &webhookUrl, const QString &plan,
                       const QObject *context, Callback done)
{
    WebhookUrl::ParseError parseError = WebhookUrl::ParseError::None;
    const WebhookUrl url = WebhookUrl::parse(webhookUrl, &parseError);
    ProfileResult invalid;
    if (!url.isValid()) {
        invalid = failure(ProfileError::Kind::InvalidUrl, WebhookUrl::errorCode(parseError),
                          WebhookUrl::errorText(parseError));
    } else {
        const QString name = label.trimmed().isEmpty() ? url.host() : label.trimmed();
        if (labelTaken(name, {})) {
            invalid = failure(ProfileError::Kind::InvalidLabel, u"PROFILE_LABEL_TAKEN"_s,
                              u"A profile named \"%1\" already exists."_s.arg(name));
        } else {
            Pending pending;
            pending.profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            pending.profile.label = name;
            pending.profile.portalOrigin = url.targetOrigin();
            pending.profile.userId = url.userId();
            pending.profile.plan = plan;
            pending.profile.created = QDateTime::currentDateTimeUtc();
            pending.url = url.toString();
            m_pending.insert(pending.profile.id, pending);
            storeSecret(pending.profile.id, m_keychain, context, std::move(done));
            return;
        }
    }
    post(context, this, [done = std::move(done), invalid] {
        if (done)
            done(invalid);
    });
}

void ProfileStore::storeSecret(const QString &pendingId, SecretStore *store, const QObject *context,
                               Callback done)
{
    const auto it = m_pending.constFind(pendingId);
    if (it == m_pending.constEnd() || !store) {
        const ProfileResult r = failure(ProfileError::Kind::NotFound, u"PROFILE_NOT_FOUND"_s,
                                        u"Nothing is waiting to be saved under this id."_s);
        post(context, this, [done = std::move(done), r] {
            if (done)
                done(r);
        });
        return;
    }
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    const bool persistent = store == m_keychain; // location follows the store used, not its kind
    store->write(
        SecretStore::webhookKey(pendingId), it->url, this,
        [this, pendingId, persistent, guard, guarded, done = std::move(done)](const SecretResult &w) {
            ProfileResult r;
            const auto pending = m_pending.constFind(pendingId);
            if (pending == m_pending.constEnd())
                return; // discarded meanwhile
            r.profile = pending->profile;
            if (!w.ok()) {
                r.error = {ProfileError::Kind::SecretStore,
                           u"KEYCHAIN_"_s + SecretError::kindName(w.error.kind).toUpper(), w.error.toString(),
                           w.error};
                r.pendingId = pendingId;
            } else {
                r.profile.secretLocation =
                    persistent ? Profile::SecretLocation::Keychain : Profile::SecretLocation::Session;
                m_pending.remove(pendingId);
                if (persistent)
                    save(r.profile);
                else
                    m_sessionProfiles.insert(r.profile.id, r.profile);
                emit changed();
            }
            if (done && (!guarded || guard))
                done(r);
        });
}

void ProfileStore::keepForSession(const QString &pendingId, const QObject *context, Callback done)
{
    storeSecret(pendingId, m_session, context, std::move(done));
}

void ProfileStore::retryKeychain(const QString &pendingId, const QObject *context, Callback done)
{
    storeSecret(pendingId, m_keychain, context, std::move(done));
}

void ProfileStore::discardPending(const QString &pendingId)
{
    m_pending.remove(pendingId);
}

void ProfileStore::save(const Profile &p)
{
    m_settings->beginGroup(group);
    m_settings->beginGroup(p.id);
    m_settings->setValue(u"label"_s, p.label);
    m_settings->setValue(u"origin"_s, p.portalOrigin);
    m_settings->setValue(u"userId"_s, p.userId);
    m_settings->setValue(u"plan"_s, p.plan);
    m_settings->setValue(u"created"_s, p.created.toUTC().toString(Qt::ISODate));
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

bool ProfileStore::rename(const QString &id, const QString &label, ProfileError *error)
{
    auto fail = [error](ProfileError::Kind kind, const QString &code, const QString &message) {
        if (error)
            *error = {kind, code, message, {}};
        return false;
    };
    const QString name = label.trimmed();
    auto p = profile(id);
    if (!p)
        return fail(ProfileError::Kind::NotFound, u"PROFILE_NOT_FOUND"_s, u"No such profile."_s);
    if (name.isEmpty())
        return fail(ProfileError::Kind::InvalidLabel, u"PROFILE_LABEL_EMPTY"_s, u"A profile needs a name."_s);
    if (labelTaken(name, id))
        return fail(ProfileError::Kind::InvalidLabel, u"PROFILE_LABEL_TAKEN"_s,
                    u"A profile named \"%1\" already exists."_s.arg(name));
    p->label = name;
    if (p->isSessionOnly())
        m_sessionProfiles.insert(id, *p);
    else
        save(*p);
    emit changed();
    return true;
}

SecretStore *ProfileStore::storeFor(const Profile &profile) const
{
    return profile.isSessionOnly() ? m_session.data() : m_keychain.data();
}

void ProfileStore::remove(const QString &id, const QObject *context, Callback done)
{
    const auto p = profile(id);
    if (!p || !storeFor(*p)) {
        const ProfileResult r =
            failure(ProfileError::Kind::NotFound, u"PROFILE_NOT_FOUND"_s, u"No such profile."_s);
        post(context, this, [done = std::move(done), r] {
            if (done)
                done(r);
        });
        return;
    }
    if (p->isSessionOnly()) {
        m_sessionProfiles.remove(id);
    } else {
        m_settings->remove(group + u'/' + id);
        m_settings->sync();
    }
    emit changed();
    const Profile removed = *p;
    storeFor(removed)->remove(
        SecretStore::webhookKey(id), context, [removed, done = std::move(done)](const SecretResult &s) {
            ProfileResult r;
            r.profile = removed;
            if (!s.ok() && s.error.kind != SecretError::Kind::NotFound)
                r.error = {
                    ProfileError::Kind::SecretStore,
                    u"KEYCHAIN_"_s + SecretError::kindName(s.error.kind).toUpper(),
                    u"The profile is gone, but its webhook URL could not be removed from the keychain: "_s +
                        s.error.toString(),
                    s.error};
            if (done)
                done(r);
        });
}

void ProfileStore::webhookUrl(const QString &id, const QObject *context, UrlCallback done)
{
    const auto p = profile(id);
    SecretStore *store = p ? storeFor(*p) : nullptr;
    if (!store) {
        const SecretError e{SecretError::Kind::NotFound, u"No such profile."_s, 0};
        post(context, this, [done = std::move(done), e] {
            if (done)
                done({}, e);
        });
        return;
    }
    store->read(SecretStore::webhookKey(id), context, [done = std::move(done)](const SecretResult &r) {
        if (done)
            done(r.value, r.error);
    });
}

} // namespace b24
