#pragma once

#include "connectionsettings.h"
#include "sandboxserver.h"

/// Settings for a client talking to an in-process sandbox: no client-side throttling
/// (tests page a lot over loopback) and no transport retries, so the models' own
/// recovery is what the tests see.
inline ConnectionSettings sandboxSettings(const SandboxServer &server, int maxRetries = 0)
{
    ConnectionSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.projectId = QStringLiteral("@current");
    settings.apiKey = SandboxServer::demoKey();
    settings.maxRetries = maxRetries;
    settings.requestsPerMinute = 1000000;
    settings.timeout = std::chrono::seconds(20);
    return settings;
}
