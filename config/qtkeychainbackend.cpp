#include "qtkeychainbackend.h"

#include "configlogging.h"

#include <QCoreApplication>
#include <QLibrary>
#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

KeychainResult::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainResult::Error::None;
    case QKeychain::EntryNotFound:
        return KeychainResult::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainResult::Error::AccessDenied;
    // NotImplemented means "this platform has no keychain QtKeychain can use": for the
    // user that is the same situation as a missing Secret Service daemon.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainResult::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return KeychainResult::Error::Other;
    }
    return KeychainResult::Error::Other;
}

/// QtKeychain's libsecret path reports an unreachable Secret Service (no session bus, no
/// keyring daemon installed) as OtherError with GLib's D-Bus message; only its KWallet path
/// says NoBackendAvailable. For the user both mean "there is no keychain", so recognise the
/// D-Bus failures by their text (the only information QtKeychain passes on).
bool looksLikeMissingService(const QString &message)
{
    static const QStringList markers = {
        u"Could not connect"_s,                  // no session bus socket
        u"autolaunch"_s,                         // "Cannot autolaunch D-Bus without X11 $DISPLAY"
        u"org.freedesktop.secrets"_s,            // no Secret Service provider on the bus
        u"ServiceUnknown"_s,                     // org.freedesktop.DBus.Error.ServiceUnknown
        u"not provided by any .service files"_s, // the same, as GLib words it
        u"No such interface"_s,                  // a provider without the Secret Service API
        u"D-Bus is not running"_s,
        u"DBus is not running"_s,
    };
    for (const QString &marker : markers) {
        if (message.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// True if libsecret cannot be loaded the way QtKeychain loads it (QLibrary "secret-1",
/// version 0, i.e. libsecret-1.so.0 from the package libsecret-1-0). QtKeychain then falls
/// back to libgnome-keyring, and without that either every job fails with OtherError
/// "Unknown error": for the user a machine without a keychain. Checked once per process.
bool libsecretMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    static const bool missing = [] {
        QLibrary libsecret(u"secret-1"_s, 0);
        const bool loaded = libsecret.load();
        if (!loaded)
            qCInfo(lcConfig) << "libsecret cannot be loaded (package libsecret-1-0):" << libsecret.errorString();
        return !loaded;
    }();
    return missing;
#else
    return false;
#endif
}

/// QtKeychain's own text for "no backend library could be used" (it is not translated here).
bool isNoLibraryError(const QString &message)
{
    return message == u"Unknown error"_s && libsecretMissing();
}

/// Starts `job` and routes its single finished() signal into `done`. The shared flag keeps
/// the "exactly once" promise even if the job is destroyed without finishing (e.g. at
/// application shutdown): then `done` is called with an Other error from the destroyed().
void startJob(QKeychain::Job *job, KeychainCallback done, bool isRead)
{
    // The plain-text fallback would write the key into an ini file: never allowed.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    auto state = std::make_shared<KeychainCallback>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, job, [state, isRead](QKeychain::Job *finished) {
        if (!*state)
            return;
        KeychainResult result;
        result.error = mapError(finished->error());
        if (result.error == KeychainResult::Error::Other
            && (looksLikeMissingService(finished->errorString()) || isNoLibraryError(finished->errorString())))
            result.error = KeychainResult::Error::NoBackend;
        if (result.error == KeychainResult::Error::None) {
            if (isRead)
                result.key = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        } else {
            // QtKeychain's errorString() describes the backend, never the secret.
            result.message = finished->errorString();
            qCInfo(lcConfig) << "keychain job failed:" << KeychainResult::errorName(result.error)
                             << finished->errorString();
        }
        const KeychainCallback callback = std::exchange(*state, KeychainCallback());
        callback(result);
    });
    QObject::connect(job, &QObject::destroyed, job, [state] {
        if (!*state)
            return;
        KeychainResult result;
        result.error = KeychainResult::Error::Other;
        result.message = QCoreApplication::translate("KeychainStore", "The keychain request was cancelled.");
        const KeychainCallback callback = std::exchange(*state, KeychainCallback());
        callback(result);
    });
    // start() may be asynchronous (Secret Service over D-Bus) or finish via a queued
    // call; either way finished() arrives after we return, as SecretBackend requires.
    job->start();
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QObject *parent)
    : QObject(parent)
{ }

QtKeychainBackend::~QtKeychainBackend() = default;

void QtKeychainBackend::read(const QString &service, const QString &name, KeychainCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(name);
    startJob(job, std::move(done), true);
}

void QtKeychainBackend::write(const QString &service, const QString &name, const QString &secret, KeychainCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(name);
    job->setTextData(secret);
    startJob(job, std::move(done), false);
}

void QtKeychainBackend::remove(const QString &service, const QString &name, KeychainCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(name);
    startJob(job, std::move(done), false);
}
