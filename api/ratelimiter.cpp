#include "ratelimiter.h"

#include <algorithm>

namespace {
constexpr qint64 WindowMs = 60 * qint64(1000);
constexpr qint64 HourMs = 60 * WindowMs;
} // namespace

RateLimiter::RateLimiter(int requestsPerMinute, Clock clock)
    : m_perMinute(std::max(1, requestsPerMinute))
    , m_clock(std::move(clock))
{
    m_elapsed.start();
}

void RateLimiter::setRequestsPerHour(int perHour)
{
    m_perHour = std::max(0, perHour);
}

qint64 RateLimiter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void RateLimiter::expire(qint64 nowMs) const
{
    while (!m_starts.empty() && m_starts.front() <= nowMs - HourMs)
        m_starts.pop_front();
}

std::chrono::milliseconds RateLimiter::waitTime() const
{
    const qint64 nowMs = now();
    expire(nowMs);
    qint64 wait = std::max<qint64>(0, m_pausedUntil - nowMs);
    // Starts are sorted: the minute's starts are the tail after the first one still inside it.
    const auto minuteBegin = std::upper_bound(m_starts.cbegin(), m_starts.cend(), nowMs - WindowMs);
    const auto inMinute = static_cast<qint64>(std::distance(minuteBegin, m_starts.cend()));
    if (inMinute >= m_perMinute) {
        // The oldest start that keeps the minute full must fall out first.
        wait = std::max(wait, *(minuteBegin + (inMinute - m_perMinute)) + WindowMs - nowMs);
    }
    const auto inHour = static_cast<qint64>(m_starts.size());
    if (m_perHour > 0 && inHour >= m_perHour)
        wait = std::max(wait, m_starts.at(static_cast<size_t>(inHour - m_perHour)) + HourMs - nowMs);
    return std::chrono::milliseconds(wait);
}

std::chrono::milliseconds RateLimiter::tryAcquire()
{
    const auto wait = waitTime();
    if (wait.count() > 0)
        return wait;
    m_starts.push_back(now());
    return std::chrono::milliseconds(0);
}

void RateLimiter::pauseFor(std::chrono::milliseconds delay)
{
    m_pausedUntil = std::max(m_pausedUntil, now() + delay.count());
}

int RateLimiter::usedInWindow() const
{
    const qint64 nowMs = now();
    expire(nowMs);
    return static_cast<int>(
        std::distance(std::upper_bound(m_starts.cbegin(), m_starts.cend(), nowMs - WindowMs), m_starts.cend()));
}

int RateLimiter::usedInHour() const
{
    expire(now());
    return static_cast<int>(m_starts.size());
}
