#pragma once

#include "keychainresult.h"

#include <QString>

/**
 * The seam between KeychainStore and a secret storage. Production uses QtKeychainBackend;
 * tests and the demo use MemorySecretBackend.
 *
 * Contract for implementations: every call invokes `done` exactly once, never
 * synchronously from inside the call (callers may still be setting up state), on the
 * thread that made the call. Results carry the raw error; KeychainStore adds the
 * user-facing policy (retry, messages).
 */
class SecretBackend
{
public:
    SecretBackend() = default;
    virtual ~SecretBackend() = default;
    SecretBackend(const SecretBackend &) = delete;
    SecretBackend &operator=(const SecretBackend &) = delete;

    virtual void read(const QString &service, const QString &name, KeychainCallback done) = 0;
    virtual void write(const QString &service, const QString &name, const QString &secret, KeychainCallback done) = 0;
    virtual void remove(const QString &service, const QString &name, KeychainCallback done) = 0;
};
