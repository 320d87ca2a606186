#pragma once

#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

/**
 * The cookie jar of one PostHog web session. QNetworkCookieJar keeps its list protected;
 * PostHogSession needs all of it to save the cookies in the keychain and restore them.
 * Holds secrets: nothing here logs or prints a cookie value.
 */
class SessionCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCookieJar)

public:
    explicit SessionCookieJar(QObject *parent = nullptr);
    ~SessionCookieJar() override;

    QList<QNetworkCookie> cookies() const { return allCookies(); }
    void setCookies(const QList<QNetworkCookie> &cookies) { setAllCookies(cookies); }
};
