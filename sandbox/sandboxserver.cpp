#include "sandboxserver.h"

#include "sandboxstore.h"

#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

using namespace Qt::StringLiterals;

struct SandboxServer::Private
{
    SandboxOptions options;
    std::unique_ptr<SandboxStore> store;
    quint16 port = 0;
    int requestCount = 0;
    QList<QByteArray> log;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    d->store = std::make_unique<SandboxStore>(options);
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    d->port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return d->port;
}

quint16 SandboxServer::port() const { return d->port; }
QUrl SandboxServer::baseUrl() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(d->port)); }
QString SandboxServer::demoKey() { return u"phx_groupdesk_demo_key"_s; }
int SandboxServer::projectId() const { return 1; }
QString SandboxServer::projectName() const { return u"GroupDesk Sandbox"_s; }
void SandboxServer::addApiKey(const QString &, const QStringList &) {}
void SandboxServer::setNextFaults(const QStringList &) {}
void SandboxServer::setMetadataPakDeny(bool deny) { d->options.metadataPakDeny = deny; }
void SandboxServer::setRatePerMinute(int perMinute) { d->options.ratePerMinute = perMinute; }
void SandboxServer::setLatencyMs(int ms) { d->options.latencyMs = ms; }
int SandboxServer::requestCount() const { return d->requestCount; }
QList<QByteArray> SandboxServer::requestLog() const { return d->log; }
SandboxStore *SandboxServer::store() const { return d->store.get(); }

bool SandboxServer::handleRequest(const QHttpServerRequest &, QTcpSocket *)
{
    return false;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    socket->disconnectFromHost();
}
