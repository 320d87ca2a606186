// TLS over real sockets: an untrusted certificate fails as ApiError::Kind::Tls with a clear
// message, and the profile's extra CA file makes the same server trusted.
#include "posthogclient.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateIsTlsError();
    void extraCaFileTrustsServer();

private:
    ApiResult<QList<GroupType>> listTypes(const QString &caFile);

    QTemporaryDir m_dir;
    QString m_certFile;
    QSslServer m_server;
};

void TestApiTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt was built without a TLS backend");
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a throw-away certificate");
    QVERIFY(m_dir.isValid());
    // A fresh self-signed certificate per run: no committed key, no expiry surprises.
    m_certFile = m_dir.filePath(u"cert.pem"_s);
    const QString keyFile = m_dir.filePath(u"key.pem"_s);
    QProcess process;
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyFile,
                            u"-out"_s, m_certFile, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                            u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    QFile keyIn(keyFile);
    QVERIFY(keyIn.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate::fromPath(m_certFile).constFirst());
    config.setPrivateKey(QSslKey(&keyIn, QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n[]");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

ApiResult<QList<GroupType>> TestApiTls::listTypes(const QString &caFile)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    settings.projectId = u"1"_s;
    settings.apiKey = u"phx_tls_test"_s;
    settings.maxRetries = 0;
    settings.extraCaFile = caFile;
    settings.timeout = std::chrono::seconds(20);
    PostHogClient client(settings);
    std::optional<ApiResult<QList<GroupType>>> result;
    client.listGroupTypes(this, [&](const ApiResult<QList<GroupType>> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {{}, ApiError(ApiError::Kind::Timeout, u"test timed out"_s)};
    return *result;
}

void TestApiTls::untrustedCertificateIsTlsError()
{
    const auto result = listTypes(QString());
    QCOMPARE(result.error.kind(), ApiError::Kind::Tls);
    QVERIFY(result.error.userMessage().contains(u"127.0.0.1"_s));
    QVERIFY(result.error.userMessage().contains(u"CA file"_s));
    QVERIFY(!result.error.userMessage().contains(u"phx_tls_test"_s));
}

void TestApiTls::extraCaFileTrustsServer()
{
    const auto result = listTypes(m_certFile);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QVERIFY(result.value.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_apitls.moc"
