#pragma once

#include "secretbackend.h"

#include <QObject>
#include <QString>

/**
 * A stand-in for the OS keychain in test builds only: one file per entry in a directory the
 * test chooses (outside the HOME it checks for leaked secrets), so programs run as child
 * processes (groupdesk-cli login, then whoami) share what they saved, as the system keychain
 * would let them. Never linked into a shipped program: CI has no Secret Service, and a plain
 * file store would break the rule that secrets live only in the OS keychain.
 *
 * Completes asynchronously (queued), like a real keychain.
 */
class FileSecretBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretBackend)

public:
    /// The variable naming the directory; installFromEnvironment() reads it.
    static constexpr auto EnvironmentVariable = "GROUPDESK_TEST_KEYCHAIN_DIR";

    explicit FileSecretBackend(QString directory, QObject *parent = nullptr);
    ~FileSecretBackend() override;

    void read(const QString &service, const QString &name, KeychainCallback done) override;
    void write(const QString &service, const QString &name, const QString &secret, KeychainCallback done) override;
    void remove(const QString &service, const QString &name, KeychainCallback done) override;

    /// When EnvironmentVariable is set: every KeychainStore made with the default constructor
    /// uses this backend on that directory (KeychainStore::setDefaultBackendFactory()).
    static void installFromEnvironment();

private:
    QString pathOf(const QString &service, const QString &name) const;
    void finish(KeychainCallback done, KeychainResult result);

    QString m_directory;
};
