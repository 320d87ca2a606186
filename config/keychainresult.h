#pragma once

#include <QString>

#include <functional>

/**
 * The outcome of one keychain operation. Delivered exactly once per request.
 */
struct KeychainResult
{
    enum class Error
    {
        None,         ///< success
        NotFound,     ///< no key is stored under that name (a normal first-run state)
        NoBackend,    ///< no system keychain service (no D-Bus session, no keyring daemon)
        AccessDenied, ///< the user or the keychain refused access
        Other,        ///< anything else; message() says what
    };

    /// The secret, on a successful read only.
    QString key;
    Error error = Error::None;
    /// One plain sentence for people; empty on success.
    QString message;

    bool ok() const { return error == Error::None; }

    /// Short stable name of the error ("no-backend", ...), for logs and the CLI.
    static QString errorName(Error error);
};

using KeychainCallback = std::function<void(const KeychainResult &)>;
