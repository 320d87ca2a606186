#pragma once

#include <QUrl>

class PostHogSession;

/**
 * Which credential serves a request when a profile has a personal API key, a web session,
 * or both. With both, the key serves ordinary calls and the session the three
 * group-type actions PostHog keeps session-only (docs/posthog-session-and-query.md section 2);
 * with only a session, every call uses it, as PostHog's web app does.
 */
class SessionRoute final
{
public:
    SessionRoute() = delete;

    /// update_metadata, set_default_columns and create_detail_dashboard under groups_types/.
    static bool isSessionOnly(const QUrl &url);
    /// True when the request to `url` goes through `session` rather than the key.
    static bool usesSession(bool hasKey, const PostHogSession *session, const QUrl &url);
};
