#pragma once

#include "connectionsettings.h"
#include "posthogclient.h"
#include "sandboxserver.h"

#include <QTest>

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

/// True when the sandbox answers groups_types/ with at least one type. A sandbox that does
/// not is a broken build: the integration tests fail at once, saying why, instead of hanging.
inline bool sandboxServesGroupTypes(const SandboxServer &server)
{
    ConnectionSettings settings = sandboxSettings(server);
    settings.timeout = std::chrono::seconds(3);
    PostHogClient client(settings);
    bool done = false;
    bool ok = false;
    client.listGroupTypes(&client, [&done, &ok](const ApiResult<QList<GroupType>> &r) {
        done = true;
        ok = r.ok() && !r.value.isEmpty();
    });
    return QTest::qWaitFor([&done]() { return done; }, 5000) && ok;
}

#define REQUIRE_SANDBOX(server)                                                                                        \
    do {                                                                                                               \
        if (!sandboxServesGroupTypes(server))                                                                          \
            QFAIL("The in-process sandbox does not serve groups_types/.");                                             \
    } while (false)
