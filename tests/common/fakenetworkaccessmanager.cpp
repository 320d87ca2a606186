#include "fakenetworkaccessmanager.h"

#include "fakereply.h"

#include <QIODevice>

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::enqueue(const FakeResponse &response)
{
    m_script.enqueue(response);
}

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Request record;
    switch (op) {
    case GetOperation:
        record.method = QByteArrayLiteral("GET");
        break;
    case PostOperation:
        record.method = QByteArrayLiteral("POST");
        break;
    case PutOperation:
        record.method = QByteArrayLiteral("PUT");
        break;
    case DeleteOperation:
        record.method = QByteArrayLiteral("DELETE");
        break;
    case HeadOperation:
        record.method = QByteArrayLiteral("HEAD");
        break;
    case CustomOperation:
        record.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        record.method = QByteArrayLiteral("UNKNOWN");
        break;
    }
    record.url = request.url();
    record.request = request;
    if (outgoingData)
        record.body = outgoingData->readAll();
    m_requests.append(record);

    FakeResponse response;
    if (!m_script.isEmpty())
        response = m_script.dequeue();
    else if (m_handler)
        response = m_handler(record);
    else
        response = FakeResponse::json(
            404,
            QByteArrayLiteral(R"({"type":"invalid_request","code":"not_found","detail":"Not found.","attr":null})"));
    return new FakeReply(op, request, response, this);
}
