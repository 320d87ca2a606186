#include "ratelimiter.h"

#include <algorithm>

namespace
{
constexpr qint64 WindowMs = 60 * 1000;
}

RateLimiter::RateLimiter(int requestsPerMinute, Clock clock)
    : m_perMinute(std::max(1, requestsPerMinute))
    , m_clock(std::move(clock))
{
    m_elapsed.start();
}

void RateLimiter::setRequestsPerMinute(int perMinute)
{
    m_perMinute = std::max(1, perMinute);
}

qint64 RateLimiter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void RateLimiter::expire(qint64 nowMs) const
{
    while (!m_starts.empty() && m_starts.front() <= nowMs - WindowMs)
        m_starts.pop_front();
}

std::chrono::milliseconds RateLimiter::waitTime() const
{
    const qint64 nowMs = now();
    expire(nowMs);
    qint64 wait = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (static_cast<int>(m_starts.size()) >= m_perMinute) {
        // The oldest start in the window must fall out first.
        const qint64 index = static_cast<qint64>(m_starts.size()) - m_perMinute;
        wait = std::max(wait, m_starts.at(static_cast<size_t>(index)) + WindowMs - nowMs);
    }
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
    expire(now());
    return static_cast<int>(m_starts.size());
}
