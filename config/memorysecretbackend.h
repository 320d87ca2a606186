#pragma once

#include "secretbackend.h"

#include <QHash>
#include <QObject>

/**
 * An in-memory SecretBackend for tests and `--demo`. Completes asynchronously (queued),
 * like a real keychain, and can simulate a missing or refusing keychain.
 */
class MemorySecretBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretBackend)

public:
    explicit MemorySecretBackend(QObject *parent = nullptr);
    ~MemorySecretBackend() override;

    void read(const QString &service, const QString &name, KeychainCallback done) override;
    void write(const QString &service, const QString &name, const QString &secret, KeychainCallback done) override;
    void remove(const QString &service, const QString &name, KeychainCallback done) override;

    /// Every following call fails with this error (None = behave normally).
    void setFailure(KeychainResult::Error error) { m_failure = error; }
    /// Number of read/write/remove calls so far (to prove retries and the absence of them).
    int callCount() const { return m_calls; }
    /// Direct access for tests.
    bool contains(const QString &service, const QString &name) const;
    QString secret(const QString &service, const QString &name) const;

private:
    void finish(KeychainCallback done, KeychainResult result);

    QHash<QString, QString> m_secrets;
    KeychainResult::Error m_failure = KeychainResult::Error::None;
    int m_calls = 0;
};
