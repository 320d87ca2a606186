#pragma once

#include <deque>
#include <QElapsedTimer>

#include <chrono>
#include <functional>

/**
 * Client-side sliding-window rate limiter: at most requestsPerMinute() request starts in
 * any 60-second window. PostHog throttles at 480/minute per personal API key, so the
 * default of 420 leaves room for a second tool using the same key.
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
    void setRequestsPerMinute(int perMinute);

    /// Zero when a request may start now (and records it); else how long to wait.
    std::chrono::milliseconds tryAcquire();
    /// How long until tryAcquire() would succeed, without recording anything.
    std::chrono::milliseconds waitTime() const;
    /// The server said "Retry-After": hold every start until then.
    void pauseFor(std::chrono::milliseconds delay);
    /// Starts recorded in the current window.
    int usedInWindow() const;

private:
    qint64 now() const;
    void expire(qint64 nowMs) const;

    int m_perMinute = 420;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    qint64 m_pausedUntil = 0;
    mutable std::deque<qint64> m_starts;
};
