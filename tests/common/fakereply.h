#pragma once

#include "fakeresponse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

/**
 * A QNetworkReply that plays back one FakeResponse asynchronously (never from inside
 * the QNetworkAccessManager call, like a real reply). abort() finishes it with
 * OperationCanceledError.
 */
class FakeReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeReply)

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, FakeResponse response,
              QObject *parent = nullptr);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void finishWithError(NetworkError error, const QString &message);

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
};
