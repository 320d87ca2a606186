#include "sandboxserver.h"

#include "sandboxcall.h"
#include "sandboxreply.h"
#include "sandboxrouter.h"
#include "sandboxsessionauth.h"
#include "sandboxstore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcSandbox, "groupdesk.sandbox")

using namespace Qt::StringLiterals;

namespace {
constexpr int ProjectId = 1;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 302:
        return "Found"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

const QByteArray HtmlPage = QByteArrayLiteral(
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    "<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer (sandbox fault \"html\").</p></body></html>");
} // namespace

struct SandboxServer::Private
{
    SandboxOptions options;
    std::unique_ptr<SandboxStore> store;
    std::unique_ptr<SandboxRouter> router;
    std::unique_ptr<SandboxSessionAuth> session;
    QHash<QString, QStringList> keys;
    QStringList nextFaults;
    QRandomGenerator faultRandom;
    QElapsedTimer clock;
    QHash<QString, QList<qint64>> throttleWindows;      ///< per key: ms timestamps within the last minute
    QHash<QString, QList<qint64>> queryThrottleWindows; ///< the same for POST query/
    quint16 port = 0;
    int requestCount = 0;
    QList<QByteArray> log;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_d(std::make_unique<Private>())
{
    m_d->options = options;
    m_d->store = std::make_unique<SandboxStore>(options);
    m_d->router = std::make_unique<SandboxRouter>(m_d->store.get(), ProjectId, projectName());
    m_d->session = std::make_unique<SandboxSessionAuth>(options);
    m_d->router->setQueryApiEnabled(options.queryApi);
    m_d->keys.insert(demoKey(), {u"*"_s});
    m_d->faultRandom.seed(quint32(options.seed ^ (options.seed >> 32)));
    m_d->clock.start();
}

namespace {
/// POST groups/, groups/update_property/ and groups/delete_property/: the writes after which
/// PostHog captures a $groupidentify event (trigger_group_identify).
bool isGroupWrite(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return false;
    const QString path = request.url().path();
    return path.endsWith(u"/groups/"_s) || path.endsWith(u"/groups"_s) || path.contains(u"/groups/update_property"_s)
           || path.contains(u"/groups/delete_property"_s);
}

/// PostHog's non-standard capture failure body (code and detail swapped), sent after the write.
SandboxReply captureFailure(int status)
{
    return SandboxReply::json(status, QJsonObject{{u"code"_s, u"Failed to submit group event."_s},
                                                  {u"detail"_s, u"capture_http_error"_s},
                                                  {u"type"_s, u"capture_http_error"_s}});
}
} // namespace

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    m_d->port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (m_d->port != 0)
        qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return m_d->port;
}

quint16 SandboxServer::port() const
{
    return m_d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_d->port));
}

QString SandboxServer::demoKey()
{
    return u"phx_groupdesk_demo_key"_s;
}

int SandboxServer::projectId() const
{
    return ProjectId;
}

QString SandboxServer::projectName() const
{
    return u"GroupDesk Sandbox"_s;
}

void SandboxServer::addApiKey(const QString &key, const QStringList &scopes)
{
    m_d->keys.insert(key, scopes);
}

void SandboxServer::setNextFaults(const QStringList &faults)
{
    m_d->nextFaults = faults;
}

void SandboxServer::setMetadataPakDeny(bool deny)
{
    m_d->options.metadataPakDeny = deny;
}

void SandboxServer::setRatePerMinute(int perMinute)
{
    m_d->options.ratePerMinute = perMinute;
    m_d->throttleWindows.clear();
}

void SandboxServer::setQueryApiEnabled(bool enabled)
{
    m_d->options.queryApi = enabled;
    m_d->router->setQueryApiEnabled(enabled);
}

void SandboxServer::setQueryRatePerMinute(int perMinute)
{
    m_d->options.queryRatePerMinute = perMinute;
    m_d->queryThrottleWindows.clear();
}

void SandboxServer::setLatencyMs(int ms)
{
    m_d->options.latencyMs = ms;
}

int SandboxServer::requestCount() const
{
    return m_d->requestCount;
}

QList<QByteArray> SandboxServer::requestLog() const
{
    return m_d->log;
}

SandboxStore *SandboxServer::store() const
{
    return m_d->store.get();
}

SandboxSessionAuth *SandboxServer::sessionAuth() const
{
    return m_d->session.get();
}

QString SandboxServer::takeFault(const QHttpServerRequest &request)
{
    if (!m_d->nextFaults.isEmpty()) {
        // A queued capture fault means "the next group write": a read the window happens to send
        // first (an activity refresh) must not use it up, or a test's fault lands nowhere.
        if (m_d->nextFaults.first().startsWith(u"capture"_s) && !isGroupWrite(request))
            return {};
        return m_d->nextFaults.takeFirst();
    }
    if (m_d->options.faultRate > 0.0 && !m_d->options.faults.isEmpty()) {
        // Seeded generator: the same options give the same faults on the same requests.
        const double roll = m_d->faultRandom.generateDouble();
        const int pick = int(m_d->faultRandom.bounded(quint32(m_d->options.faults.size())));
        if (roll < m_d->options.faultRate)
            return m_d->options.faults.at(pick);
    }
    return {};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_d->requestCount;
    QUrlQuery logQuery(request.url());
    logQuery.removeAllQueryItems(u"personal_api_key"_s); // never record keys
    QByteArray line = methodName(request.method()) + ' ' + request.url().path(QUrl::FullyEncoded).toUtf8();
    if (!logQuery.isEmpty())
        line += '?' + logQuery.query(QUrl::FullyEncoded).toUtf8();
    m_d->log.append(line);

    const QString fault = takeFault(request);
    qCDebug(lcSandbox).noquote() << QString::fromUtf8(
        line.left(line.indexOf('?') < 0 ? line.size() : line.indexOf('?')))
                                 << (fault.isEmpty() ? QString() : u"fault "_s + fault);
    SandboxReply reply;
    if (fault == u"500"_s) {
        reply = SandboxReply::serverError();
    } else if (fault == u"502"_s) {
        reply = SandboxReply::error(502, u"server_error"_s, u"bad_gateway"_s, u"Bad gateway."_s);
    } else if (fault == u"503"_s) {
        reply = SandboxReply::error(503, u"server_error"_s, u"database_unavailable"_s,
                                    u"Database is unavailable. Please try again later."_s);
        reply.headers.append({"Retry-After"_ba, "1"_ba});
    } else if (fault == u"html"_s) {
        reply = SandboxReply{502, "text/html; charset=utf-8"_ba, HtmlPage, {}};
    } else {
        // reset / truncate / badjson / slow spoil a response the server really produced (writes happen).
        reply = process(request, fault == u"cursor"_s);
        if (fault.startsWith(u"capture"_s) && reply.status < 300 && isGroupWrite(request))
            reply = captureFailure(fault == u"capture429"_s ? 429 : 502);
        // The request was applied and its answer lost on the way back (a proxy's timeout).
        if (fault == u"applied502"_s)
            reply = SandboxReply::error(502, u"server_error"_s, u"bad_gateway"_s, u"Bad gateway."_s);
    }

    if (m_d->options.latencyMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_d->options.latencyMs, this, [this, guard, reply, fault] {
            if (guard)
                deliver(guard, reply, fault);
        });
    } else {
        deliver(socket, reply, fault);
    }
    return true;
}

SandboxReply SandboxServer::process(const QHttpServerRequest &request, bool cursorUnreadable)
{
    if (std::optional<SandboxReply> signIn = m_d->session->handle(request))
        return *signIn;
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(0) != u"api"_s)
        return SandboxReply::notFound();
    const bool older = m_d->options.serverVersion == SandboxOptions::ServerVersion::Older;
    // Deprecated /api/environments/ alias: the newest PostHog rewrites every route to
    // /api/projects/ (with deprecation headers); older servers only routed groups there.
    const bool environments = parts.at(1) == u"environments"_s;
    if (!environments && parts.at(1) != u"projects"_s)
        return SandboxReply::notFound();
    if (environments && older && parts.value(3) != u"groups"_s)
        return SandboxReply::notFound();

    // Authentication: Bearer header first, then ?personal_api_key= (PostHog tries only the first found).
    QString key;
    const QByteArray authorization = header(request, "Authorization"_ba);
    if (authorization.startsWith("Bearer "))
        key = QString::fromUtf8(authorization.mid(7).trimmed());
    else
        key = QUrlQuery(request.url()).queryItemValue(u"personal_api_key"_s);
    // PostHog tries the key first and the session cookie last (get_authenticators()).
    bool viaSession = false;
    if (key.isEmpty()) {
        const SandboxSessionAuth::ApiAccess access = m_d->session->authenticateApi(request);
        if (access.result == SandboxSessionAuth::ApiAccess::Result::Refused)
            return access.reply;
        viaSession = access.result == SandboxSessionAuth::ApiAccess::Result::Allowed;
    }
    if (!viaSession && (key.isEmpty() || key.startsWith(u"pha_"_s))) {
        SandboxReply reply = SandboxReply::error(401, u"authentication_error"_s, u"not_authenticated"_s,
                                                 u"Authentication credentials were not provided."_s);
        reply.headers.append(
            {"WWW-Authenticate"_ba,
             R"(Bearer resource_metadata="http://127.0.0.1/.well-known/oauth-protected-resource")"_ba});
        return reply;
    }
    if (!viaSession && !m_d->keys.contains(key)) {
        SandboxReply reply =
            SandboxReply::error(401, u"authentication_error"_s, u"authentication_failed"_s,
                                u"Personal API key found in request Authorization header is invalid."_s);
        reply.headers.append(
            {"WWW-Authenticate"_ba,
             R"(Bearer resource_metadata="http://127.0.0.1/.well-known/oauth-protected-resource")"_ba});
        return reply;
    }

    // Throttling is per key, in a sliding one-minute window (PostHog's burst throttle). DRF
    // checks it after authentication and permissions, so the router calls it last.
    // QueryViewSet replaces the general throttles with its own (ClickHouse burst for GroupsQuery).
    // The per-key throttles skip session requests (no key).
    const bool query = parts.value(3) == u"query"_s;
    const auto throttle = [this, key, query]() -> std::optional<SandboxReply> {
        const int rate = query ? m_d->options.queryRatePerMinute : m_d->options.ratePerMinute;
        if (rate <= 0 || key.isEmpty())
            return std::nullopt;
        const qint64 now = m_d->clock.elapsed();
        QList<qint64> &window = (query ? m_d->queryThrottleWindows : m_d->throttleWindows)[key];
        while (!window.isEmpty() && window.constFirst() <= now - 60000)
            window.removeFirst();
        if (window.size() >= rate) {
            const int wait = qMax(1, int(std::ceil(double(window.constFirst() + 60000 - now) / 1000.0)));
            SandboxReply reply =
                SandboxReply::error(429, u"throttled_error"_s, u"throttled"_s,
                                    u"Request was throttled. Expected available in %1 seconds."_s.arg(wait));
            reply.headers.append({"Retry-After"_ba, QByteArray::number(wait)});
            return reply;
        }
        window.append(now);
        return std::nullopt;
    };

    SandboxCall call;
    call.method = methodName(request.method());
    call.segments = parts.mid(3);
    // Django reads '+' in a query as a space (HTML form rules); QUrlQuery keeps it a '+'.
    // Decode like the real server so a client that leaves '+' unescaped is caught here too.
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    call.query = QUrlQuery(rawQuery);
    if (cursorUnreadable) // PostHog reads a cursor it cannot decode as none: page 1 again
        call.query.removeAllQueryItems(u"cursor"_s);
    call.body = request.body();
    call.url = request.url();
    call.url.setScheme(u"http"_s);
    call.older = older;
    // A session passes APIScopePermission: every scope, and the session-only actions too.
    SandboxReply reply = viaSession ? m_d->router->route(parts.at(2), call, {u"*"_s}, false, throttle)
                                    : m_d->router->route(parts.at(2), call, m_d->keys.value(key),
                                                         m_d->options.metadataPakDeny, throttle);
    if (environments && !older) {
        QString successor = request.url().path(QUrl::FullyEncoded);
        successor.replace(u"/api/environments/"_s, u"/api/projects/"_s);
        reply.headers.append({"Deprecation"_ba, "true"_ba});
        reply.headers.append({"Link"_ba, "<"_ba + successor.toUtf8() + R"(>; rel="successor-version")"_ba});
        reply.headers.append({"Sunset"_ba, "Fri, 31 Jul 2026 00:00:00 GMT"_ba});
    }
    return reply;
}

void SandboxServer::deliver(QTcpSocket *socket, const SandboxReply &reply, const QString &fault)
{
    QByteArray body = reply.body;
    int status = reply.status;
    QByteArray contentType = reply.contentType;
    if (fault == u"badjson"_s) {
        // A 200 that claims JSON but does not parse (a proxy cut or a broken serializer).
        status = 200;
        contentType = "application/json"_ba;
        body = body.left(body.size() / 2) + "\x01<not json"_ba;
    }
    qsizetype declared = body.size();
    if (fault == u"truncate"_s)
        declared = body.size() + 64; // the client waits for bytes that never come, then sees the close

    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"_ba;
    if (!contentType.isEmpty())
        head += "Content-Type: "_ba + contentType + "\r\n"_ba;
    head += "Content-Length: "_ba + QByteArray::number(declared) + "\r\n"_ba;
    for (const auto &h : reply.headers)
        head += h.first + ": "_ba + h.second + "\r\n"_ba;
    // No keep-alive: every response closes its connection (simple and correct).
    head += "Connection: close\r\n\r\n"_ba;

    if (fault == u"slow"_s) {
        // Headers at once, then one byte per second: looks alive, never finishes in time.
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto remaining = std::make_shared<QByteArray>(body);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, remaining] {
            if (remaining->isEmpty()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(remaining->left(1));
            remaining->remove(0, 1);
        });
        timer->start(1000);
        return;
    }
    if (fault == u"reset"_s) {
        // The request was processed, then the connection dies mid-response (RST): the
        // client cannot know whether a write happened. Headers go first: Qt's network stack
        // silently resends a request whose connection closed before any response arrived.
        socket->write(head + body.left(body.size() / 3));
        socket->flush();
#ifdef Q_OS_UNIX
        // SO_LINGER 0: close() sends RST instead of FIN, as a crashed proxy would.
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
        socket->abort();
        return;
    }
    if (fault == u"truncate"_s)
        body = body.left(body.size() / 2);
    socket->write(head + body);
    socket->disconnectFromHost();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if that ever declines.
    Q_UNUSED(request)
    deliver(socket, SandboxReply::notFound(), QString());
}
