#include "posthogclient.h"

#include "apilogging.h"
#include "posthogsession.h"
#include "ratelimiter.h"
#include "sessionroute.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

using namespace std::chrono_literals;

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString encodedPathPrefix(const QUrl &base)
{
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix;
}
} // namespace

PostHogClient::PostHogClient(const ConnectionSettings &settings, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_projectId(settings.projectId.trimmed().isEmpty() ? QStringLiteral("@current") : settings.projectId.trimmed())
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_rateLimiter(new RateLimiter(settings.requestsPerMinute))
    , m_userAgent(QByteArrayLiteral("GroupDesk/" GROUPDESK_VERSION))
{
    qRegisterMetaType<ApiError>();
    m_settings.maxConcurrentRequests = std::max(1, m_settings.maxConcurrentRequests);
    const bool cloud = m_settings.baseUrl.host().toLower().endsWith(QLatin1String(".posthog.com"));
    m_rateLimiter->setRequestsPerHour(cloud ? m_settings.requestsPerHour : 0);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &PostHogClient::pump);

    if (!m_settings.extraCaFile.isEmpty()) {
#if QT_CONFIG(ssl)
        m_extraCaCertificates = QSslCertificate::fromPath(m_settings.extraCaFile, QSsl::Pem);
        if (m_extraCaCertificates.isEmpty())
            m_extraCaCertificates = QSslCertificate::fromPath(m_settings.extraCaFile, QSsl::Der);
#endif
        if (m_extraCaCertificates.isEmpty())
            m_caProblem = tr("The CA certificate file %1 could not be read.").arg(m_settings.extraCaFile);
    }
}

PostHogClient::~PostHogClient()
{
    // Callers are told nothing about jobs that die with their client: drop every callback
    // first, then take the requests off the wire.
    const auto jobs = m_jobs.keys();
    for (ApiJob *job : jobs) {
        job->disconnect();
        job->cancel();
    }
    m_jobs.clear();
    delete m_rateLimiter;
}

void PostHogClient::setSession(PostHogSession *session)
{
    m_session = session;
}

int PostHogClient::activeRequests() const
{
    return static_cast<int>(m_jobs.size());
}

QString PostHogClient::configurationProblem() const
{
    return configurationError().userMessage();
}

ApiError PostHogClient::configurationError() const
{
    const QUrl &base = m_settings.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty())
        return ApiError(ApiError::Kind::InsecureUrl, tr("No valid PostHog server address is configured."));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return ApiError(ApiError::Kind::InsecureUrl, tr("The server address must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(base.host()) && !m_settings.allowInsecureHttp) {
        return ApiError(ApiError::Kind::InsecureUrl,
                        tr("Refusing to send the API key over plain http:// to %1. Use https://, or allow "
                           "insecure HTTP in this connection profile.")
                            .arg(base.host()));
    }
    // Never send the key to a host that cannot serve this API.
    if (const QString problem = ConnectionSettings::hostProblem(base); !problem.isEmpty())
        return ApiError(ApiError::Kind::InsecureUrl, problem);
    if (!m_caProblem.isEmpty())
        return ApiError(ApiError::Kind::Tls, m_caProblem);
    if (m_settings.apiKey.trimmed().isEmpty()) {
        if (m_session)
            return {}; // session-only profile
        return ApiError(ApiError::Kind::Unauthenticated, tr("No personal API key is set for this connection."));
    }
    if (const QString problem = ConnectionSettings::apiKeyProblem(m_settings.apiKey); !problem.isEmpty())
        return ApiError(ApiError::Kind::Unauthenticated, problem);
    return {};
}

void PostHogClient::addQueryValue(QUrlQuery &query, const QString &key, const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"));
    query.addQueryItem(key, escaped);
}

QUrlQuery PostHogClient::groupQuery(int typeIndex, const QString &key)
{
    QUrlQuery query;
    addQueryValue(query, QStringLiteral("group_type_index"), QString::number(typeIndex));
    addQueryValue(query, QStringLiteral("group_key"), key);
    return query;
}

QUrl PostHogClient::apiUrl(const QString &relativePath, const QUrlQuery &query) const
{
    QUrl url = m_settings.baseUrl;
    url.setQuery(QString());
    url.setFragment(QString());
    const QString project = QString::fromLatin1(QUrl::toPercentEncoding(m_projectId, "@"));
    url.setPath(encodedPathPrefix(m_settings.baseUrl) + QLatin1String("/api/projects/") + project + QLatin1Char('/')
                    + relativePath,
                QUrl::StrictMode);
    // Build the query by hand: QUrlQuery leaves '+' alone, which the server reads as a space.
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
                     + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    }
    if (!parts.isEmpty())
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

QUrl PostHogClient::rebaseOntoOrigin(const QUrl &serverUrl) const
{
    // Servers behind proxies build `next` from what they saw (http://internal:8000/...):
    // keep only the part from /api/ on and put it under our own origin and prefix.
    const QString path = serverUrl.path(QUrl::FullyEncoded);
    const qsizetype index = path.indexOf(QLatin1String("/api/"));
    if (index < 0)
        return {};
    QUrl url = m_settings.baseUrl;
    url.setFragment(QString());
    url.setPath(encodedPathPrefix(m_settings.baseUrl) + path.mid(index), QUrl::StrictMode);
    const QString query = serverUrl.query(QUrl::FullyEncoded);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::StrictMode);
    return url;
}

QNetworkRequest PostHogClient::buildRequest(const QUrl &url, bool hasBody) const
{
    QNetworkRequest request(url);
    // The key travels in this header only: never as token/api_key query parameters,
    // which PostHog would read as a *project* token.
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + m_settings.apiKey.trimmed().toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Drop idle connections before servers and load balancers usually do (60 s+): a POST
    // written into a connection the server is just closing cannot be resent (see
    // OneShotUploadDevice), so stale keep-alive connections should be rare.
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 30);
#if QT_CONFIG(ssl)
    if (!m_extraCaCertificates.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
#endif
    return request;
}

QPointer<ApiJob> PostHogClient::send(ApiJob::Method method, const QString &relativePath, const QUrlQuery &query,
                                     const QByteArray &jsonBody, QObject *context, std::function<void(ApiJob *)> done)
{
    return enqueue(method, apiUrl(relativePath, query), jsonBody, context, std::move(done));
}

QPointer<ApiJob> PostHogClient::sendToUrl(const QUrl &url, QObject *context, std::function<void(ApiJob *)> done)
{
    const QUrl rebased = rebaseOntoOrigin(url);
    QPointer<ApiJob> job =
        enqueue(ApiJob::Method::Get, rebased.isValid() ? rebased : apiUrl(QString(), {}), {}, context, std::move(done));
    if (!rebased.isValid())
        refuseBeforeSending(job, ApiError(ApiError::Kind::BadResponse,
                                          tr("The server sent a page link that is not a PostHog API address.")));
    return job;
}

void PostHogClient::refuseBeforeSending(const QPointer<ApiJob> &job, const ApiError &error)
{
    if (!job)
        return;
    m_queue.removeAll(job.data());
    QTimer::singleShot(0, job.data(), [job, error] {
        if (job)
            job->abortWith(error);
    });
}

QPointer<ApiJob> PostHogClient::enqueue(ApiJob::Method method, const QUrl &url, const QByteArray &body,
                                        QObject *context, std::function<void(ApiJob *)> done)
{
    QNetworkRequest request = buildRequest(url, !body.isEmpty());
    const bool viaSession = SessionRoute::usesSession(!m_settings.apiKey.trimmed().isEmpty(), m_session, url);
    if (viaSession)
        m_session->prepareRequest(request, method);
    auto *job = new ApiJob(method, request, body, this);
    if (viaSession) {
        job->setSessionAuth(true);
        job->setNetworkAccessManager(m_session->networkAccessManager());
    }
    job->setMaxRetries(std::max(0, m_settings.maxRetries));
    job->setTimeout(m_settings.timeout);
    job->setTrustedOrigin(m_settings.baseUrl);

    // Bookkeeping first, so activeRequests() is already up to date inside the callback.
    connect(job, &ApiJob::finished, this, &PostHogClient::onJobFinished);
    connect(job, &ApiJob::attemptEnded, this, [this] {
        m_running = std::max(0, m_running - 1);
        schedulePump();
    });
    connect(job, &ApiJob::retryRequested, this, &PostHogClient::onRetryRequested);

    JobEntry entry;
    entry.context = context;
    QObject *receiver = context ? context : this;
    entry.delivery = connect(job, &ApiJob::finished, receiver, [done = std::move(done)](ApiJob *finishedJob) {
        if (done)
            done(finishedJob);
    });
    m_jobs.insert(job, entry);
    Q_EMIT activeRequestsChanged(activeRequests());

    const ApiError problem = configurationError();
    if (!problem.isOk()) {
        QPointer<ApiJob> guard(job);
        QTimer::singleShot(0, job, [guard, problem] {
            if (guard)
                guard->abortWith(problem);
        });
        return job;
    }
    m_queue.enqueue(job);
    schedulePump();
    return job;
}

void PostHogClient::onJobFinished(ApiJob *job)
{
    m_queue.removeAll(QPointer<ApiJob>(job));
    m_jobs.remove(job);
    noteIfGroupWrite(job);
    const ApiError &error = job->error();
    if (job->isSessionAuth() && error.kind() == ApiError::Kind::Unauthenticated && m_session)
        m_session->markExpired();
    if (!error.isOk() && error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT requestFailed(error);
    Q_EMIT activeRequestsChanged(activeRequests());
}

void PostHogClient::onRetryRequested(ApiJob *job, std::chrono::milliseconds delay)
{
    if (job->error().kind() == ApiError::Kind::Throttled) {
        // Everyone waits, not just this job: the limit is per key (queries have their own).
        (isQueryUrl(job->url()) ? queryRateLimiter() : m_rateLimiter)->pauseFor(delay);
        Q_EMIT throttled(static_cast<int>((delay.count() + 999) / 1000));
    }
    QPointer<ApiJob> guard(job);
    QTimer::singleShot(delay, job, [this, guard] {
        if (!guard || guard->isFinished())
            return;
        // Retries go to the front: they were admitted once already.
        m_queue.prepend(guard);
        pump();
    });
}

void PostHogClient::schedulePump(std::chrono::milliseconds delay)
{
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTimeAsDuration() <= delay)
        return;
    m_pumpTimer.start(delay);
}

void PostHogClient::pump()
{
    while (m_running < m_settings.maxConcurrentRequests && !m_queue.isEmpty()) {
        const QPointer<ApiJob> job = m_queue.head();
        if (!job || job->isFinished()) {
            m_queue.dequeue();
            continue;
        }
        // A query must fit both budgets: its own throttle first (checked without recording),
        // then the key's general one; only then is the query start recorded.
        RateLimiter *queryLimiter = isQueryUrl(job->url()) ? queryRateLimiter() : nullptr;
        auto wait = queryLimiter ? queryLimiter->waitTime() : std::chrono::milliseconds(0);
        if (wait.count() == 0)
            wait = m_rateLimiter->tryAcquire();
        if (wait.count() == 0 && queryLimiter)
            queryLimiter->tryAcquire();
        if (wait.count() > 0) {
            qCDebug(lcApi) << "rate limiter: waiting" << wait.count() << "ms";
            // Long holds (the hourly budget) are announced once each, so nobody thinks the
            // window froze; the per-minute pacing's short waits are not worth a message.
            const qint64 until = QDateTime::currentMSecsSinceEpoch() + wait.count();
            if (wait >= std::chrono::seconds(5) && until > m_pacedUntil + 1000) {
                m_pacedUntil = until;
                Q_EMIT paced(static_cast<int>((wait.count() + 999) / 1000));
            }
            schedulePump(wait);
            return;
        }
        m_queue.dequeue();
        ++m_running;
        job->startAttempt(m_nam);
    }
}

void PostHogClient::cancelAll(QObject *context)
{
    const auto jobs = m_jobs.keys();
    for (ApiJob *job : jobs) {
        const auto it = m_jobs.constFind(job);
        if (it == m_jobs.constEnd() || it->context != context)
            continue;
        disconnect(it->delivery);
        job->cancel();
    }
}
