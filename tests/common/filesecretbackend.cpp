#include "filesecretbackend.h"

#include "keychainstore.h"

#include <QDir>
#include <QFile>
#include <QTimer>

#include <utility>

FileSecretBackend::FileSecretBackend(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{ }

FileSecretBackend::~FileSecretBackend() = default;

void FileSecretBackend::installFromEnvironment()
{
    const QString directory = qEnvironmentVariable(EnvironmentVariable);
    if (directory.isEmpty())
        return;
    KeychainStore::setDefaultBackendFactory([directory] { return std::make_unique<FileSecretBackend>(directory); });
}

QString FileSecretBackend::pathOf(const QString &service, const QString &name) const
{
    // Entry names hold ':' and '/'; hex keeps each one a single plain file name.
    const QByteArray entry = (service + QLatin1Char('\n') + name).toUtf8().toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(entry));
}

void FileSecretBackend::finish(KeychainCallback done, KeychainResult result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] {
        if (done)
            done(result);
    });
}

void FileSecretBackend::read(const QString &service, const QString &name, KeychainCallback done)
{
    KeychainResult result;
    QFile file(pathOf(service, name));
    if (file.open(QIODevice::ReadOnly)) {
        result.key = QString::fromUtf8(file.readAll());
    } else {
        result.error = KeychainResult::Error::NotFound;
        result.message = QStringLiteral("no such entry");
    }
    finish(std::move(done), std::move(result));
}

void FileSecretBackend::write(const QString &service, const QString &name, const QString &secret, KeychainCallback done)
{
    KeychainResult result;
    QDir().mkpath(m_directory);
    QFile file(pathOf(service, name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(secret.toUtf8()) < 0) {
        result.error = KeychainResult::Error::Other;
        result.message = file.errorString();
    }
    finish(std::move(done), std::move(result));
}

void FileSecretBackend::remove(const QString &service, const QString &name, KeychainCallback done)
{
    KeychainResult result;
    if (!QFile::remove(pathOf(service, name))) {
        result.error = KeychainResult::Error::NotFound;
        result.message = QStringLiteral("no such entry");
    }
    finish(std::move(done), std::move(result));
}
