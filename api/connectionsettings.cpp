#include "connectionsettings.h"

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
