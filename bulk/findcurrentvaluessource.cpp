#include "findcurrentvaluessource.h"

#include "posthogclient.h"

#include <QTimer>

#include <cmath>

namespace {
bool stopsEverything(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Unauthenticated || kind == ApiError::Kind::MissingScope
           || kind == ApiError::Kind::Forbidden || kind == ApiError::Kind::InsecureUrl || kind == ApiError::Kind::Tls;
}
} // namespace

FindCurrentValuesSource::FindCurrentValuesSource(PostHogClient *client, QObject *parent)
    : CurrentValuesSource(parent)
    , m_client(client)
{ }

FindCurrentValuesSource::~FindCurrentValuesSource()
{
    if (m_client)
        m_client->cancelAll(this);
}

void FindCurrentValuesSource::start(int typeIndex, const QStringList &keys)
{
    m_typeIndex = typeIndex;
    m_keys = keys;
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_attempts.clear();
    m_values = CurrentValues();
    m_running = true;
    // Asynchronous even for an empty list: finished() never comes inside start().
    QTimer::singleShot(0, this, [this] { pump(); });
}

void FindCurrentValuesSource::cancel()
{
    if (!m_running)
        return;
    if (m_client)
        m_client->cancelAll(this);
    m_values.error = ApiError(ApiError::Kind::Cancelled, tr("Reading the current values was cancelled."));
    m_inFlight = 0;
    conclude();
}

std::chrono::seconds FindCurrentValuesSource::estimate(int keyCount) const
{
    const int perMinute = m_client ? std::max(1, m_client->settings().requestsPerMinute) : 420;
    return std::chrono::seconds(static_cast<qint64>(std::ceil(keyCount * 60.0 / perMinute)));
}

QString FindCurrentValuesSource::describe(int keyCount) const
{
    return tr("Reading the current values of %n group(s) one by one with groups/find: about %1 at this key's "
              "request budget.",
              nullptr, keyCount)
        .arg(durationText(estimate(keyCount)));
}

QString FindCurrentValuesSource::durationText(std::chrono::seconds duration)
{
    const qint64 seconds = duration.count();
    if (seconds < 90)
        return tr("%n second(s)", nullptr, static_cast<int>(seconds));
    if (seconds < qint64{90} * 60)
        return tr("%n minute(s)", nullptr, static_cast<int>((seconds + 30) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 30) / 60);
}

void FindCurrentValuesSource::pump()
{
    if (!m_running)
        return;
    if (!m_client) {
        m_values.error = ApiError(ApiError::Kind::Cancelled, tr("The connection was closed."));
        conclude();
        return;
    }
    while (m_inFlight < Window && m_next < m_keys.size())
        read(m_keys.at(m_next++));
    if (m_inFlight == 0 && m_next >= m_keys.size())
        conclude();
}

void FindCurrentValuesSource::read(const QString &key)
{
    ++m_inFlight;
    m_client->findGroup(m_typeIndex, key, this, [this, key](const ApiResult<Group> &result) {
        --m_inFlight;
        if (!m_running)
            return;
        const ApiError::Kind kind = result.error.kind();
        if (result.ok()) {
            m_values.groups.insert(key, result.value.properties);
        } else if (kind == ApiError::Kind::NotFound) {
            // No such group: the plan creates it.
        } else if (stopsEverything(kind)) {
            m_values.error = result.error;
            m_client->cancelAll(this);
            m_inFlight = 0;
            conclude();
            return;
        } else if (ApiError::isTransient(kind) && ++m_attempts[key] < Attempts) {
            read(key);
            return;
        } else {
            m_values.unreadable.insert(key, result.error.userMessage());
        }
        ++m_done;
        Q_EMIT progress(m_done, static_cast<int>(m_keys.size()));
        pump();
    });
}

void FindCurrentValuesSource::conclude()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_values);
}
