#pragma once

#include <QtCore/QStringList>
#include <QtCore/QtGlobal>

/**
 * Knobs of the local PostHog-compatible sandbox server. Everything is deterministic by
 * `seed`, so two servers with equal options serve byte-identical data and faults.
 */
struct SandboxOptions
{
    quint64 seed = 42;
    int groupTypeCount = 3;  ///< 1..5 seeded types (0 organization, 1 company, 2 project, 3 workspace, 4 team)
    int groupsPerType = 250; ///< seeded groups per type (type 0 gets exactly this many)
    enum class ServerVersion
    {
        Newest,
        Older
    } serverVersion = ServerVersion::Newest;
    /// Newest PostHog: 403 "does not support personal API key access" on update_metadata /
    /// set_default_columns / create_detail_dashboard.
    bool metadataPakDeny = false;
    /// Session sign-in (sandboxsessionauth.h): the session cookie's name (PostHog's
    /// SESSION_COOKIE_NAME), its absolute age (SESSION_COOKIE_AGE, 14 days), the 2FA login
    /// timeout (TWO_FACTOR_LOGIN_TIMEOUT) and django-axes' AXES_FAILURE_LIMIT.
    QString sessionCookieName = QStringLiteral("sessionid");
    int sessionAgeSeconds = 14 * 24 * 3600;
    int twoFactorTimeoutSeconds = 600;
    int loginFailureLimit = 30;
    int ratePerMinute = 0; ///< 0 = no throttling; else 429 + Retry-After beyond this per key
    int latencyMs = 0;     ///< added to every response
    /// POST query/ exists (PostHog since 2023); off = an older server answering 404.
    bool queryApi = true;
    /// Query throttle per key (PostHog's ClickHouse burst throttle is 240); 0 = off.
    int queryRatePerMinute = 0;
    QStringList
        faults; ///< "500","502","503","reset","truncate","badjson","html","slow","capture","capture429","cursor","applied502"
    double faultRate = 0.0; ///< probability per request, deterministic by seed
};
