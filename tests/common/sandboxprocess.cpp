#include "sandboxprocess.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QString &program, const QStringList &arguments, int readyTimeoutMs)
{
    // A port the system just handed out and released: free unless another process races for
    // it, which loopback tests on one machine accept.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = probe.errorString();
        return false;
    }
    m_port = probe.serverPort();
    probe.close();

    m_process.setProgram(program);
    m_process.setArguments(arguments + QStringList{u"--port"_s, QString::number(m_port)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(30000)) {
        m_error = m_process.errorString();
        return false;
    }
    const quint16 port = m_port;
    const bool up = QTest::qWaitFor(
        [this, port] {
            if (m_process.state() == QProcess::NotRunning)
                return true; // ended early: reported below
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(500);
        },
        readyTimeoutMs);
    if (m_process.state() == QProcess::NotRunning) {
        m_error = u"the sandbox ended (exit code %1) before it listened"_s.arg(m_process.exitCode());
        return false;
    }
    if (!up) {
        m_error = u"the sandbox did not listen on port %1 within %2 ms"_s.arg(port).arg(readyTimeoutMs);
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString SandboxProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

ProcessRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    ProcessRun result;
    if (!process.waitForStarted(30000))
        return result;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
