#pragma once

#include "apiresult.h"
#include "projectinfo.h"

#include <QObject>
#include <QPointer>

class PostHogClient;

/**
 * "Test connection": resolves the project, then probes the read scopes one after another
 * (group types, usage metrics, the first group's activity). Started by
 * PostHogClient::checkConnection().
 *
 * Never fails on a missing scope (it lists it, with one how-to-fix sentence); fails only when
 * the key or host is unusable. Every probe runs with the caller's context, so
 * PostHogClient::cancelAll(context) cancels them. `done` is called at most once, and not after
 * the context is gone; the job is a child of the context (or of the client) and deletes itself
 * after calling `done`.
 */
class ConnectionCheckJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheckJob)

public:
    ConnectionCheckJob(PostHogClient *client, QObject *context, ApiCallback<ConnectionCheck> done);

    void start();

private:
    void probeGroupTypes();
    void probeMetrics(int typeIndex);
    void probePropertyDefinitions(int typeIndex);
    void probeFirstGroup(int typeIndex);
    void probeActivity(int typeIndex, const QString &key);
    /// A probe failed: a missing scope joins the how-to-fix sentence, anything else (server
    /// down, timeout...) becomes its own sentence.
    void note(const ApiError &error, const QString &scope, const QString &what);
    /// Errors that make the check itself fail (bad key, unreachable host), not just one scope.
    static bool isFatal(const ApiError &error);
    void fail(const ApiError &error);
    void succeed();

    QPointer<PostHogClient> m_client;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    ApiCallback<ConnectionCheck> m_done;
    ConnectionCheck m_check;
};
