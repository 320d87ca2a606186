#pragma once

#include "connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

/**
 * Connection profiles and per-profile UI state, persisted in QSettings.
 *
 * Never stores an API key (those live in the OS keychain, see KeychainStore); only the
 * key's name is derivable from the profile (ConnectionProfile::keychainKey()).
 *
 * Ownership: a QSettings passed in stays owned by the caller and must outlive the store;
 * without one the store owns a QSettings for organisation/application "GroupDesk".
 * Threading: GUI thread only, like the QSettings it wraps.
 */
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// Every saved profile, sorted by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    bool contains(const QString &id) const;
    /// The profile with this id, or a default-constructed one (empty id) when unknown.
    ConnectionProfile profile(const QString &id) const;
    /// The profile with this name (case-sensitive first, then case-insensitive), or empty id.
    ConnectionProfile profileByName(const QString &name) const;

    /// Inserts or replaces by id (an empty id gets a fresh one). Returns the stored profile.
    ConnectionProfile save(const ConnectionProfile &profile);
    /// Removes the profile and its window state. The keychain entry is the caller's
    /// business (KeychainStore::deleteKey) because that is asynchronous.
    bool remove(const QString &id);

    /// The profile the app opened last; empty when none or when it was removed.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    /// Opaque UI state (geometry, splitter, header state, ...) stored per profile, so
    /// switching profiles keeps each profile's own layout.
    void saveWindowState(const QString &profileId, const QString &key, const QByteArray &state);
    QByteArray windowState(const QString &profileId, const QString &key) const;

    /// Writes pending changes to disk (QSettings also does this on its own later).
    void sync();

    QSettings *settings() const { return m_settings; }

Q_SIGNALS:
    /// A profile was saved or removed.
    void profilesChanged();

private:
    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
};
