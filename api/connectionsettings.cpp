#include "connectionsettings.h"

#include <QCoreApplication>

QUrl ConnectionSettings::hostFromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("us"), Qt::CaseInsensitive) == 0)
        return usCloud();
    if (trimmed.compare(QLatin1String("eu"), Qt::CaseInsensitive) == 0)
        return euCloud();

    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    // Normalise: no query/fragment, no trailing slash, no trailing "/api" (paths are added by the client).
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    url.setPath(path);
    return url;
}

QString ConnectionSettings::hostProblem(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    // docs/posthog-api-contract.md §4: app.posthog.com may redirect to us.posthog.com (the key would
    // follow a redirect we refuse anyway); the ingestion hosts only take events and flags.
    if (host == QLatin1String("app.posthog.com")) {
        return QCoreApplication::translate("ConnectionSettings",
                                           "app.posthog.com is PostHog's retired address; choose PostHog Cloud US "
                                           "(us.posthog.com) or EU (eu.posthog.com).");
    }
    if (host.endsWith(QLatin1String(".i.posthog.com"))) {
        const QString region = host.section(QLatin1Char('.'), 0, 0);
        const QString api =
            region == QLatin1String("eu") ? QStringLiteral("eu.posthog.com") : QStringLiteral("us.posthog.com");
        return QCoreApplication::translate("ConnectionSettings",
                                           "%1 only receives events; for groups and metrics use %2.")
            .arg(host, api);
    }
    return {};
}

QString ConnectionSettings::apiKeyProblem(const QString &key)
{
    const QString trimmed = key.trimmed();
    const QString advice = QCoreApplication::translate(
        "ConnectionSettings", "Create a personal API key (phx_…) in PostHog under Settings > Personal API keys.");
    if (trimmed.startsWith(QLatin1String("phc_"))) {
        return QCoreApplication::translate("ConnectionSettings",
                                           "This is a project API key (phc_…), which can only send events.")
               + QLatin1Char(' ') + advice;
    }
    if (trimmed.startsWith(QLatin1String("phs_"))) {
        return QCoreApplication::translate("ConnectionSettings",
                                           "This is a project secret key (phs_…), which PostHog does not accept "
                                           "for groups and metrics.")
               + QLatin1Char(' ') + advice;
    }
    if (trimmed.startsWith(QLatin1String("pha_"))) {
        return QCoreApplication::translate("ConnectionSettings",
                                           "This is an OAuth access token (pha_…), not a personal API key.")
               + QLatin1Char(' ') + advice;
    }
    return {};
}
