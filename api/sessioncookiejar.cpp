#include "sessioncookiejar.h"

SessionCookieJar::SessionCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{ }

SessionCookieJar::~SessionCookieJar() = default;
