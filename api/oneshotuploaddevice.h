#pragma once

#include <QByteArray>
#include <QIODevice>

/**
 * A request body that can be read exactly once and never rewound.
 *
 * Qt's HTTP/1 channel silently resends a request (up to twice) when the connection closes
 * before any response byte arrives; for a POST that may already have been processed
 * (a group created) that would create it again. Qt resends only if it can rewind the
 * upload device, so POST bodies travel in this device with
 * QNetworkRequest::DoNotBufferUploadDataAttribute: the resend fails with
 * ContentReSendError instead, and ApiJob reports the broken connection.
 */
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUploadDevice)

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);
    ~OneShotUploadDevice() override;

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
