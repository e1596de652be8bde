#include "core/secrets/secreterror.h"

using namespace Qt::Literals::StringLiterals;

namespace b24 {

QString SecretError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"None"_s;
    case Kind::NotFound:
        return u"NotFound"_s;
    case Kind::Unavailable:
        return u"Unavailable"_s;
    case Kind::Denied:
        return u"Denied"_s;
    case Kind::Other:
        break;
    }
    return u"Other"_s;
}

QString SecretError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        text = u"The webhook URL is not in the keychain."_s;
        break;
    case Kind::Unavailable:
        text = u"No keychain is reachable (no Secret Service such as gnome-keyring or KWallet on the session "
               u"D-Bus)."_s;
        break;
    case Kind::Denied:
        text = u"The keychain refused access (it may be locked)."_s;
        break;
    case Kind::Other:
        text = u"The keychain reported an error."_s;
        break;
    }
    if (!message.isEmpty())
        text += u" ("_s + message + u')';
    return text;
}

} // namespace b24
