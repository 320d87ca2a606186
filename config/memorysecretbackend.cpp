#include "memorysecretbackend.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString entry(const QString &service, const QString &name)
{
    return service + u'\n' + name;
}

} // namespace

MemorySecretBackend::MemorySecretBackend(QObject *parent)
    : QObject(parent)
{ }

MemorySecretBackend::~MemorySecretBackend() = default;

void MemorySecretBackend::finish(KeychainCallback done, KeychainResult result)
{
    // Queued like a real keychain, so callers cannot come to rely on synchronous answers.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] {
        if (done)
            done(result);
    });
}

void MemorySecretBackend::read(const QString &service, const QString &name, KeychainCallback done)
{
    ++m_calls;
    KeychainResult result;
    if (m_failure != KeychainResult::Error::None) {
        result.error = m_failure;
        result.message = u"simulated failure"_s;
    } else if (const auto it = m_secrets.constFind(entry(service, name)); it != m_secrets.constEnd()) {
        result.key = it.value();
    } else {
        result.error = KeychainResult::Error::NotFound;
        result.message = u"no such entry"_s;
    }
    finish(std::move(done), std::move(result));
}

void MemorySecretBackend::write(const QString &service, const QString &name, const QString &secret,
                                KeychainCallback done)
{
    ++m_calls;
    KeychainResult result;
    if (m_failure != KeychainResult::Error::None) {
        result.error = m_failure;
        result.message = u"simulated failure"_s;
    } else {
        m_secrets.insert(entry(service, name), secret);
    }
    finish(std::move(done), std::move(result));
}

void MemorySecretBackend::remove(const QString &service, const QString &name, KeychainCallback done)
{
    ++m_calls;
    KeychainResult result;
    if (m_failure != KeychainResult::Error::None) {
        result.error = m_failure;
        result.message = u"simulated failure"_s;
    } else if (m_secrets.remove(entry(service, name)) == 0) {
        result.error = KeychainResult::Error::NotFound;
        result.message = u"no such entry"_s;
    }
    finish(std::move(done), std::move(result));
}

bool MemorySecretBackend::contains(const QString &service, const QString &name) const
{
    return m_secrets.contains(entry(service, name));
}

QString MemorySecretBackend::secret(const QString &service, const QString &name) const
{
    return m_secrets.value(entry(service, name));
}
