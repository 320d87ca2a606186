#pragma once

#include "secretbackend.h"

#include <QObject>

/**
 * SecretBackend on top of QtKeychain (Secret Service / KWallet on Linux, Keychain on
 * macOS, Credential Manager on Windows). The insecure plain-text fallback is always off.
 *
 * Each call starts one self-deleting QKeychain job; `done` runs from the job's finished
 * signal, guarded so that it runs exactly once even if the job is destroyed early.
 */
class QtKeychainBackend final : public QObject, public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtKeychainBackend)

public:
    explicit QtKeychainBackend(QObject *parent = nullptr);
    ~QtKeychainBackend() override;

    void read(const QString &service, const QString &name, KeychainCallback done) override;
    void write(const QString &service, const QString &name, const QString &secret, KeychainCallback done) override;
    void remove(const QString &service, const QString &name, KeychainCallback done) override;
};
