#include "sessionroute.h"

#include "posthogsession.h"

bool SessionRoute::isSessionOnly(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QStringList actions{QStringLiteral("/groups_types/update_metadata"),
                                     QStringLiteral("/groups_types/set_default_columns"),
                                     QStringLiteral("/groups_types/create_detail_dashboard")};
    return std::any_of(actions.cbegin(), actions.cend(), [&path](const QString &a) { return path.endsWith(a); });
}

bool SessionRoute::usesSession(bool hasKey, const PostHogSession *session, const QUrl &url)
{
    if (!session)
        return false;
    if (!hasKey)
        return true; // session-only profile: even an expired session is asked (and reports expiry)
    // A key holder without a live session gets PostHog's own "needs a session" refusal.
    return session->isSignedIn() && isSessionOnly(url);
}
