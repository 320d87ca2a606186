#pragma once

#include <QElapsedTimer>

#include <chrono>
#include <deque>
#include <functional>

/**
 * Client-side sliding-window rate limiter: at most requestsPerMinute() request starts in
 * any 60-second window and requestsPerHour() in any hour. PostHog throttles each personal
 * API key at 480/minute (burst) and 4800/hour (sustained); the defaults of 420 and 4500
 * leave room for a second tool using the same key.
 *
 * Not a QObject and not thread-safe: owned by one PostHogClient on its thread. The clock
 * can be replaced for tests (milliseconds, monotonic).
 */
class RateLimiter
{
public:
    using Clock = std::function<qint64()>;

    explicit RateLimiter(int requestsPerMinute = 420, Clock clock = {});

    int requestsPerMinute() const { return m_perMinute; }
    int requestsPerHour() const { return m_perHour; }
    /// 0 turns the hourly window off.
    void setRequestsPerHour(int perHour);

    /// Zero when a request may start now (and records it); else how long to wait.
    std::chrono::milliseconds tryAcquire();
    /// How long until tryAcquire() would succeed, without recording anything.
    std::chrono::milliseconds waitTime() const;
    /// The server said "Retry-After": hold every start until then.
    void pauseFor(std::chrono::milliseconds delay);
    /// Starts recorded in the current minute.
    int usedInWindow() const;
    /// Starts recorded in the current hour.
    int usedInHour() const;

private:
    qint64 now() const;
    void expire(qint64 nowMs) const;

    int m_perMinute = 420;
    int m_perHour = 4500;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    qint64 m_pausedUntil = 0;
    mutable std::deque<qint64> m_starts; ///< the last hour's starts, oldest first
};
