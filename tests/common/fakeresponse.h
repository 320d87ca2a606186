#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/**
 * What a FakeNetworkAccessManager answers to one request: an HTTP reply or a transport
 * fault. Plain value; see the static helpers for the common cases.
 */
struct FakeResponse
{
    enum class Behaviour
    {
        Reply,      ///< status + headers + body
        Hang,       ///< never answers (until aborted): exercises timeouts and cancel
        Reset,      ///< connection closed before any status line
        Refused,    ///< connection refused (the request never reached the server)
        Truncated,  ///< status and part of the body, then the connection drops
        TlsFailure, ///< certificate / handshake failure
    };

    Behaviour behaviour = Behaviour::Reply;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray &body)
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    static FakeResponse fault(Behaviour behaviour)
    {
        FakeResponse r;
        r.behaviour = behaviour;
        r.status = 0;
        return r;
    }
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
