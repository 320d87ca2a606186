#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

/**
 * Where and how to reach one PostHog project. A plain value: the client copies it.
 *
 * The API key lives here only in memory; it is never written to settings, logs or
 * command lines (the config layer keeps it in the OS keychain).
 */
struct ConnectionSettings
{
    /// Origin plus optional path prefix for self-hosted servers behind a proxy,
    /// e.g. https://us.posthog.com or https://example.org/posthog. No trailing /api.
    QUrl baseUrl;
    /// Numeric project id, or "@current" (resolved once by PostHogClient::resolveProject()).
    QString projectId = QStringLiteral("@current");
    QString apiKey;
    /// Permit plain http:// to a non-loopback host (self-hosted profiles may opt in).
    bool allowInsecureHttp = false;
    /// Optional PEM file with extra CA certificates (self-hosted with a private CA).
    QString extraCaFile;
    /// Transfer timeout per attempt.
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    /// Retries for safe requests (429, 502/503/504, connection failures of idempotent requests).
    int maxRetries = 4;
    /// Client-side rate limits; PostHog Cloud throttles each personal API key at 480/minute
    /// and 4800/hour (docs/posthog-api-contract.md §5.4). The hourly one applies to *.posthog.com only:
    /// self-hosted servers rarely throttle (their 429s are honoured anyway), and an hour's
    /// wait would stall a large export there for nothing. 0 = no hourly limit.
    int requestsPerMinute = 420;
    int requestsPerHour = 4500;
    /// At most this many requests on the wire at once.
    int maxConcurrentRequests = 4;

    static QUrl usCloud() { return QUrl(QStringLiteral("https://us.posthog.com")); }
    static QUrl euCloud() { return QUrl(QStringLiteral("https://eu.posthog.com")); }

    /// "us", "eu" or a URL; returns an invalid QUrl for anything else.
    static QUrl hostFromString(const QString &text);
    /// Why a server address cannot serve PostHog's private API although it is a valid URL
    /// (the retired app.posthog.com, the *.i.posthog.com ingestion hosts), or empty.
    static QString hostProblem(const QUrl &baseUrl);
    /// Why a key is not a personal API key by its prefix (phc_ project key, phs_ project
    /// secret, pha_ OAuth token), or empty. Unknown prefixes pass: the server decides.
    static QString apiKeyProblem(const QString &key);
};
