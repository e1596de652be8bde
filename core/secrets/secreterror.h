#pragma once

#include <QString>

namespace b24 {

// The outcome of one SecretStore operation. `message` is the backend's own text (never the secret).
struct SecretError
{
    enum class Kind
    {
        None,
        NotFound,
        Unavailable,
        Denied,
        Other
    };

    Kind kind = Kind::None;
    QString message;
    int backendCode = 0;

    bool isError() const { return kind != Kind::None; }
    // "NotFound", "Unavailable", ... (stable, for logs and tests).
    static QString kindName(Kind kind);
    // A plain-language sentence for the user, followed by the backend's message.
    QString toString() const;
};

struct SecretResult
{
    SecretError error;
    QString value; // filled by read() only

    bool ok() const { return !error.isError(); }
};

} // namespace b24
