#include "fakereply.h"

#include <QTimer>

#include <algorithm>
#include <cstring>
#include <utility>

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, FakeResponse response,
                     QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_response.behaviour != FakeResponse::Behaviour::Hang)
        QTimer::singleShot(std::max(0, m_response.delayMs), this, &FakeReply::respond);
}

FakeReply::~FakeReply() = default;

void FakeReply::respond()
{
    if (isFinished())
        return;
    switch (m_response.behaviour) {
    case FakeResponse::Behaviour::Hang:
        return;
    case FakeResponse::Behaviour::Reset:
        finishWithError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    case FakeResponse::Behaviour::Refused:
        finishWithError(ConnectionRefusedError, QStringLiteral("Connection refused"));
        return;
    case FakeResponse::Behaviour::TlsFailure:
        finishWithError(SslHandshakeFailedError, QStringLiteral("The host name did not match any of the valid hosts"));
        return;
    case FakeResponse::Behaviour::Truncated:
    case FakeResponse::Behaviour::Reply:
        break;
    }

    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &header : std::as_const(m_response.headers))
        setRawHeader(header.first, header.second);
    m_data = m_response.body;
    if (m_response.behaviour == FakeResponse::Behaviour::Truncated)
        m_data.truncate(m_data.size() / 2);
    Q_EMIT metaDataChanged();
    if (!m_data.isEmpty()) {
        Q_EMIT downloadProgress(m_data.size(), m_response.body.size());
        Q_EMIT readyRead();
    }
    if (m_response.behaviour == FakeResponse::Behaviour::Truncated) {
        finishWithError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    // Qt maps HTTP error statuses to NetworkError codes as well; mimic the common ones.
    if (m_response.status >= 400) {
        NetworkError error = m_response.status >= 500 ? InternalServerError : UnknownContentError;
        if (m_response.status == 404)
            error = ContentNotFoundError;
        else if (m_response.status == 401)
            error = AuthenticationRequiredError;
        else if (m_response.status == 403)
            error = ContentAccessDenied;
        finishWithError(error, QStringLiteral("HTTP %1").arg(m_response.status));
        return;
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::finishWithError(NetworkError error, const QString &message)
{
    setError(error, message);
    Q_EMIT errorOccurred(error);
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    finishWithError(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    return count;
}
