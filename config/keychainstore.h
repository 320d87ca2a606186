#pragma once

#include "connectionprofile.h"
#include "keychainresult.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class SecretBackend;

/**
 * API keys of connection profiles in the OS keychain (service "GroupDesk", entry
 * ConnectionProfile::keychainKey()). Never falls back to plain-text storage.
 *
 * Asynchronous: every call returns at once and invokes `done` exactly once, on the GUI
 * thread, unless `context` was destroyed first (then the callback is dropped silently).
 * Destroying the store cancels pending requests: their callbacks get an Other error, or are
 * dropped when the store dies during a retry delay. Keep the store alive as long as callers.
 * A NoBackend answer is retried once after the retry delay (setRetryDelay()) because keyring daemons are often
 * started lazily at login; a second NoBackend is reported with noBackendMessage().
 * Never shows UI and never logs the key.
 */
class KeychainStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)

public:
    using Result = KeychainResult;
    static constexpr auto ServiceName = "GroupDesk";

    /// Uses the real system keychain (QtKeychainBackend), or what setDefaultBackendFactory() makes.
    explicit KeychainStore(QObject *parent = nullptr);
    /// Uses the given backend (takes ownership), e.g. a MemorySecretBackend.
    explicit KeychainStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~KeychainStore() override;

    void readKey(const ConnectionProfile &profile, QObject *context, KeychainCallback done);
    void writeKey(const ConnectionProfile &profile, const QString &apiKey, QObject *context, KeychainCallback done);
    /// Deleting a key that does not exist succeeds (NotFound is mapped to None).
    void deleteKey(const ConnectionProfile &profile, QObject *context, KeychainCallback done);

    /// The profile's PostHog web-session cookies (PostHogSession::saveCookies()), stored beside
    /// the key under sessionKeychainKey(); the read delivers them in KeychainResult::key.
    void readSession(const ConnectionProfile &profile, QObject *context, KeychainCallback done);
    void writeSession(const ConnectionProfile &profile, const QByteArray &cookies, QObject *context,
                      KeychainCallback done);
    /// Sign-out: deleting a missing entry succeeds.
    void deleteSession(const ConnectionProfile &profile, QObject *context, KeychainCallback done);
    static QString sessionKeychainKey(const ConnectionProfile &profile);

    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    SecretBackend *backend() const { return m_backend.get(); }

    /// Test builds only: the backend the default constructor uses instead of the system
    /// keychain (tests/common/filesecretbackend, for programs run as child processes). No
    /// shipped program calls this; an empty factory restores QtKeychainBackend.
    using BackendFactory = std::function<std::unique_ptr<SecretBackend>()>;
    static void setDefaultBackendFactory(BackendFactory factory);

    /// The plain sentence shown when there is no keychain service at all.
    static QString noBackendMessage();

private:
    enum class Operation
    {
        Read,
        Write,
        Delete,
    };
    void run(Operation op, const QString &name, const QString &secret, QObject *context, KeychainCallback done,
             bool isRetry);

    std::unique_ptr<SecretBackend> m_backend;
    std::chrono::milliseconds m_retryDelay{std::chrono::milliseconds(750)};
};
