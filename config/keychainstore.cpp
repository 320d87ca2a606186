#include "keychainstore.h"

#include "configlogging.h"
#include "qtkeychainbackend.h"
#include "secretbackend.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
KeychainStore::BackendFactory &defaultBackendFactory()
{
    static KeychainStore::BackendFactory factory;
    return factory;
}

std::unique_ptr<SecretBackend> makeDefaultBackend()
{
    if (const auto &factory = defaultBackendFactory())
        return factory();
    return std::make_unique<QtKeychainBackend>();
}
} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(makeDefaultBackend(), parent)
{ }

void KeychainStore::setDefaultBackendFactory(BackendFactory factory)
{
    defaultBackendFactory() = std::move(factory);
}

KeychainStore::KeychainStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    Q_ASSERT(m_backend);
}

KeychainStore::~KeychainStore() = default;

QString KeychainStore::noBackendMessage()
{
    return QCoreApplication::translate("KeychainStore",
                                       "No keychain service is available, so the API key cannot be stored "
                                       "safely. Start a Secret Service provider (for example GNOME Keyring or "
                                       "KWallet) to have it remembered.");
}

void KeychainStore::readKey(const ConnectionProfile &profile, QObject *context, KeychainCallback done)
{
    run(Operation::Read, profile.keychainKey(), QString(), context, std::move(done), false);
}

void KeychainStore::writeKey(const ConnectionProfile &profile, const QString &apiKey, QObject *context,
                             KeychainCallback done)
{
    run(Operation::Write, profile.keychainKey(), apiKey, context, std::move(done), false);
}

void KeychainStore::deleteKey(const ConnectionProfile &profile, QObject *context, KeychainCallback done)
{
    run(Operation::Delete, profile.keychainKey(), QString(), context, std::move(done), false);
}

QString KeychainStore::sessionKeychainKey(const ConnectionProfile &profile)
{
    return profile.keychainKey() + u":session"_s;
}

void KeychainStore::readSession(const ConnectionProfile &profile, QObject *context, KeychainCallback done)
{
    run(Operation::Read, sessionKeychainKey(profile), QString(), context, std::move(done), false);
}

void KeychainStore::writeSession(const ConnectionProfile &profile, const QByteArray &cookies, QObject *context,
                                 KeychainCallback done)
{
    run(Operation::Write, sessionKeychainKey(profile), QString::fromLatin1(cookies), context, std::move(done), false);
}

void KeychainStore::deleteSession(const ConnectionProfile &profile, QObject *context, KeychainCallback done)
{
    run(Operation::Delete, sessionKeychainKey(profile), QString(), context, std::move(done), false);
}

void KeychainStore::run(Operation op, const QString &name, const QString &secret, QObject *context,
                        KeychainCallback done, bool isRetry)
{
    // Guard both ends: the caller (context) may be gone, and so may this store.
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    const QPointer<KeychainStore> self(this);

    auto finished = [self, guard, hadContext, op, name, secret, done = std::move(done),
                     isRetry](const KeychainResult &raw) mutable {
        if (hadContext && !guard)
            return; // the receiver is gone: drop silently, as documented
        KeychainResult result = raw;
        if (result.error == KeychainResult::Error::NoBackend && !isRetry && self) {
            // Keyring daemons are often started lazily (D-Bus activation at login): one
            // delayed retry turns most of these into successes without bothering anyone.
            qCInfo(lcConfig) << "no keychain backend yet; retrying in" << self->m_retryDelay.count() << "ms";
            QTimer::singleShot(self->m_retryDelay, self.data(),
                               [self, guard, hadContext, op, name, secret, done = std::move(done)]() mutable {
                                   if (hadContext && !guard)
                                       return;
                                   self->run(op, name, secret, guard.data(), std::move(done), true);
                               });
            return;
        }
        switch (result.error) {
        case KeychainResult::Error::None:
            break;
        case KeychainResult::Error::NotFound:
            if (op == Operation::Delete) {
                // Deleting something that is not there leaves the wanted state.
                result.error = KeychainResult::Error::None;
                result.message.clear();
            } else {
                result.message = QCoreApplication::translate("KeychainStore", "No API key is stored for this profile.");
            }
            break;
        case KeychainResult::Error::NoBackend:
            result.message = noBackendMessage();
            break;
        case KeychainResult::Error::AccessDenied:
            result.message = QCoreApplication::translate("KeychainStore", "Access to the keychain was denied.");
            break;
        case KeychainResult::Error::Other:
            result.message =
                QCoreApplication::translate("KeychainStore", "The keychain reported an error: %1").arg(raw.message);
            break;
        }
        if (op != Operation::Read)
            result.key.clear();
        if (done)
            done(result);
    };

    switch (op) {
    case Operation::Read:
        m_backend->read(QString::fromLatin1(ServiceName), name, std::move(finished));
        break;
    case Operation::Write:
        m_backend->write(QString::fromLatin1(ServiceName), name, secret, std::move(finished));
        break;
    case Operation::Delete:
        m_backend->remove(QString::fromLatin1(ServiceName), name, std::move(finished));
        break;
    }
}
