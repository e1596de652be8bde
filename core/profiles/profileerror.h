#pragma once

#include "core/profiles/profile.h"
#include "core/secrets/secreterror.h"

namespace b24 {

struct ProfileError
{
    enum class Kind
    {
        None,
        InvalidUrl,   // code: WebhookUrl::errorCode(), message: the rule broken
        InvalidLabel, // empty or already used
        NotFound,     // no profile (or no pending add) with that id
        SecretStore   // the keychain failed: see `secret`; add() keeps the URL pending
    };

    Kind kind = Kind::None;
    QString code;
    QString message; // never contains the secret
    SecretError secret;

    bool isError() const { return kind != Kind::None; }
};

struct ProfileResult
{
    Profile profile;
    ProfileError error;
    // Set when add() could not store the secret: pass it to keepForSession(), retryKeychain() or
    // discardPending(). The URL stays in memory until then.
    QString pendingId;

    bool ok() const { return !error.isError(); }
};

} // namespace b24
