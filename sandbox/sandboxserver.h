#pragma once

#include "sandboxoptions.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtHttpServer/QAbstractHttpServer>

#include <memory>

class QTcpSocket;
class QHttpServerRequest;
class SandboxSessionAuth;
class SandboxStore;
struct SandboxReply;

/**
 * An in-process PostHog-compatible HTTP server (see docs/posthog-api-contract.md) for tests, demos
 * and benchmarks. Binds 127.0.0.1 only. Event driven: run it on the thread of its users.
 */
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Binds 127.0.0.1:port (0 = any free port). Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; ///< http://127.0.0.1:<port>

    static QString demoKey(); ///< "phx_groupdesk_demo_key": every scope
    int projectId() const;    ///< numeric id of the one project; "@current" also works
    QString projectName() const;

    /// Adds a personal API key with the given scopes ("group:read", ...; "*" = all).
    void addApiKey(const QString &key, const QStringList &scopes);
    /// The next N requests get these faults, in order (before any random faults); a queued
    /// `capture` fault waits for the next group write (other requests pass it by).
    void setNextFaults(const QStringList &faults);
    void setMetadataPakDeny(bool deny);
    void setRatePerMinute(int perMinute);
    void setLatencyMs(int ms);
    /// Off: POST query/ answers 404 like a server older than the query API.
    void setQueryApiEnabled(bool enabled);
    /// The query endpoint's own throttle per key (0 = off), instead of the general one.
    void setQueryRatePerMinute(int perMinute);

    int requestCount() const;             ///< requests served so far
    QList<QByteArray> requestLog() const; ///< "METHOD /path?query" per request (no headers, no keys)
    SandboxStore *store() const;          ///< direct data access for tests
    /// Session sign-in state and knobs (accounts, expiry, lockout) for tests and the demo.
    SandboxSessionAuth *sessionAuth() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const SandboxReply &reply, const QString &fault);
    /// `cursorUnreadable`: the fault "cursor", the request's cursor is read as undecodable.
    SandboxReply process(const QHttpServerRequest &request, bool cursorUnreadable);
    QString takeFault(const QHttpServerRequest &request);

    struct Private;
    std::unique_ptr<Private> m_d;
};
