#pragma once

#include "currentvaluessource.h"

#include <QHash>
#include <QPointer>

class PostHogClient;

/**
 * One groups/find per key, through the client (its queue, concurrency cap, rate limiter and
 * retry policy). 404 means the group does not exist. A key whose read still fails after the
 * client's retries is tried again a few times on transient errors, then reported as
 * unreadable (the plan marks it invalid); a refused key or scope stops the whole read.
 */
class FindCurrentValuesSource final : public CurrentValuesSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindCurrentValuesSource)

public:
    explicit FindCurrentValuesSource(PostHogClient *client, QObject *parent = nullptr);
    ~FindCurrentValuesSource() override;

    void start(int typeIndex, const QStringList &keys) override;
    void cancel() override;
    std::chrono::seconds estimate(int keyCount) const override;
    Method method() const override { return Method::Find; }
    QString describe(int keyCount) const override;

    /// Reads kept in the client's queue at once; more would only wait there and make
    /// cancel() slower, fewer would leave the concurrency cap idle.
    static constexpr int Window = 16;
    static constexpr int Attempts = 3;

    /// "40 seconds", "24 minutes", "2 h 5 min".
    static QString durationText(std::chrono::seconds duration);

private:
    void pump();
    void read(const QString &key);
    void conclude();

    QPointer<PostHogClient> m_client;
    int m_typeIndex = 0;
    QStringList m_keys;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    bool m_running = false;
    QHash<QString, int> m_attempts;
    CurrentValues m_values;
};
