#include "profilestore.h"

#include "configlogging.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

// Settings layout (one place, so nothing else spells these strings):
//   profiles/<id>/{name,host,url,projectId,extraCaFile,allowInsecureHttp,color}
//   profiles/lastUsed
//   windowState/<id>/<key>
// There is deliberately no key for the API key: it lives in the OS keychain.
namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString LastUsedKey = u"profiles/lastUsed"_s;
const QString WindowStateGroup = u"windowState"_s;

const QString NameKey = u"name"_s;
const QString HostKey = u"host"_s;
const QString UrlKey = u"url"_s;
const QString ProjectKey = u"projectId"_s;
const QString CaFileKey = u"extraCaFile"_s;
const QString InsecureKey = u"allowInsecureHttp"_s;
const QString ColorKey = u"color"_s;

// QSettings treats '/' as a group separator and '\' specially on some formats.
QString settingsSafe(QString part)
{
    part.replace(u'/', u'_');
    part.replace(u'\\', u'_');
    return part;
}

QString profileGroup(const QString &id)
{
    return ProfilesGroup + u'/' + settingsSafe(id);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
{
    if (settings) {
        m_settings = settings;
    } else {
        m_ownedSettings = std::make_unique<QSettings>(u"GroupDesk"_s, u"GroupDesk"_s);
        m_settings = m_ownedSettings.get();
    }
}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<ConnectionProfile> result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(profile(id));
    std::stable_sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

bool ProfileStore::contains(const QString &id) const
{
    if (id.isEmpty())
        return false;
    return m_settings->contains(profileGroup(id) + u'/' + NameKey);
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return {};

    ConnectionProfile profile;
    m_settings->beginGroup(profileGroup(id));
    profile.id = id;
    profile.name = m_settings->value(NameKey).toString();
    if (!ConnectionProfile::hostKindFromName(m_settings->value(HostKey).toString(), &profile.hostKind)) {
        qCWarning(lcConfig) << "profile" << id << "has an unknown host kind; using US Cloud";
        profile.hostKind = ConnectionProfile::HostKind::UsCloud;
    }
    profile.selfHostedUrl = m_settings->value(UrlKey).toString();
    profile.projectId = m_settings->value(ProjectKey, u"@current"_s).toString();
    profile.extraCaFile = m_settings->value(CaFileKey).toString();
    profile.allowInsecureHttp = m_settings->value(InsecureKey, false).toBool();
    profile.colorTag = m_settings->value(ColorKey).toString();
    m_settings->endGroup();
    return profile;
}

ConnectionProfile ProfileStore::profileByName(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.name == name)
            return p;
    }
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

ConnectionProfile ProfileStore::save(const ConnectionProfile &profile)
{
    ConnectionProfile stored = profile;
    if (stored.id.isEmpty())
        stored.id = ConnectionProfile::create().id;
    stored.id = settingsSafe(stored.id);

    m_settings->beginGroup(profileGroup(stored.id));
    m_settings->setValue(NameKey, stored.name);
    m_settings->setValue(HostKey, ConnectionProfile::hostKindName(stored.hostKind));
    m_settings->setValue(UrlKey, stored.selfHostedUrl);
    m_settings->setValue(ProjectKey, stored.projectId);
    m_settings->setValue(CaFileKey, stored.extraCaFile);
    m_settings->setValue(InsecureKey, stored.allowInsecureHttp);
    m_settings->setValue(ColorKey, stored.colorTag);
    m_settings->endGroup();

    qCDebug(lcConfig) << "saved profile" << stored.id;
    Q_EMIT profilesChanged();
    return stored;
}

bool ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return false;
    m_settings->remove(profileGroup(id));
    m_settings->remove(WindowStateGroup + u'/' + settingsSafe(id));
    if (m_settings->value(LastUsedKey).toString() == id)
        m_settings->remove(LastUsedKey);
    qCDebug(lcConfig) << "removed profile" << id;
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::lastUsedId() const
{
    const QString id = m_settings->value(LastUsedKey).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(LastUsedKey);
    else
        m_settings->setValue(LastUsedKey, id);
}

void ProfileStore::saveWindowState(const QString &profileId, const QString &key, const QByteArray &state)
{
    if (profileId.isEmpty() || key.isEmpty())
        return;
    m_settings->setValue(WindowStateGroup + u'/' + settingsSafe(profileId) + u'/' + settingsSafe(key), state);
}

QByteArray ProfileStore::windowState(const QString &profileId, const QString &key) const
{
    if (profileId.isEmpty() || key.isEmpty())
        return {};
    return m_settings->value(WindowStateGroup + u'/' + settingsSafe(profileId) + u'/' + settingsSafe(key))
        .toByteArray();
}

void ProfileStore::sync()
{
    m_settings->sync();
}
