#pragma once

#include "fakeresponse.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQueue>
#include <QUrl>

#include <functional>

/**
 * A QNetworkAccessManager that never touches the network: it answers from a script
 * (enqueue()) and then from a handler, and records every request it was asked to send.
 * Inject it into PostHogClient (the QNAM seam) to test transport policies.
 */
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetworkAccessManager)

public:
    /// One request as it would have left the machine.
    struct Request
    {
        QByteArray method;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    };
    using Handler = std::function<FakeResponse(const Request &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    /// Scripted answers, used in order before the handler.
    void enqueue(const FakeResponse &response);
    /// Answers everything the script does not cover (default: 404 JSON).
    void setHandler(Handler handler);

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QQueue<FakeResponse> m_script;
    Handler m_handler;
    QList<Request> m_requests;
};
