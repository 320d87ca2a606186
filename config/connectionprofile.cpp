#include "connectionprofile.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool isProjectIdUsable(const QString &projectId)
{
    if (projectId == u"@current"_s)
        return true;
    bool ok = false;
    const qlonglong value = projectId.toLongLong(&ok);
    return ok && value > 0;
}

} // namespace

ConnectionProfile ConnectionProfile::create(const QString &name)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QUrl ConnectionProfile::normaliseServerUrl(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return {};
    // People paste "posthog.example.org" or "localhost:8000"; treat a missing scheme as
    // https (the safe default) rather than letting QUrl read "localhost" as a scheme.
    if (!input.contains(u"://"_s))
        input.prepend(u"https://"_s);

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return {};
    // Credentials in the URL would end up in settings files and logs.
    if (!url.userInfo().isEmpty())
        return {};
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());

    // The client appends "/api/..." itself; accept a pasted ".../api/" anyway.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/api"_s))
        path.chop(4);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl ConnectionProfile::baseUrl() const
{
    switch (hostKind) {
    case HostKind::UsCloud:
        return ConnectionSettings::usCloud();
    case HostKind::EuCloud:
        return ConnectionSettings::euCloud();
    case HostKind::SelfHosted:
        return normaliseServerUrl(selfHostedUrl);
    }
    return {};
}

QString ConnectionProfile::validationProblem() const
{
    if (id.isEmpty())
        return tr("The profile has no id.");
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (hostKind == HostKind::SelfHosted) {
        if (selfHostedUrl.trimmed().isEmpty())
            return tr("Enter the address of your PostHog server.");
        if (!baseUrl().isValid())
            return tr("The server address is not a valid http:// or https:// URL.");
        if (QString problem = ConnectionSettings::hostProblem(baseUrl()); !problem.isEmpty())
            return problem;
    }
    if (!isProjectIdUsable(projectId.trimmed()))
        return tr("The project id must be a positive number or @current.");
    return {};
}

QString ConnectionProfile::keychainKey() const
{
    const QUrl url = baseUrl();
    QString server = url.host().toLower();
    if (url.port() != -1)
        server += u':' + QString::number(url.port());
    server += url.path();
    return u"groupdesk:"_s + server + u':' + id;
}

ConnectionSettings ConnectionProfile::toSettings(const QString &apiKey) const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl();
    const QString project = projectId.trimmed();
    settings.projectId = project.isEmpty() ? u"@current"_s : project;
    settings.apiKey = apiKey;
    // The clouds are https only; the allowance exists for self-hosted servers in a lab.
    settings.allowInsecureHttp = hostKind == HostKind::SelfHosted && allowInsecureHttp;
    settings.extraCaFile = hostKind == HostKind::SelfHosted ? extraCaFile : QString();
    return settings;
}

ConnectionProfile ConnectionProfile::fromSettings(const ConnectionSettings &settings, const QString &name)
{
    ConnectionProfile profile = create(name);
    const QUrl base = settings.baseUrl.adjusted(QUrl::StripTrailingSlash);
    if (base == ConnectionSettings::usCloud().adjusted(QUrl::StripTrailingSlash)) {
        profile.hostKind = HostKind::UsCloud;
    } else if (base == ConnectionSettings::euCloud().adjusted(QUrl::StripTrailingSlash)) {
        profile.hostKind = HostKind::EuCloud;
    } else {
        profile.hostKind = HostKind::SelfHosted;
        profile.selfHostedUrl = base.toString();
        profile.allowInsecureHttp = settings.allowInsecureHttp;
        profile.extraCaFile = settings.extraCaFile;
    }
    profile.projectId = settings.projectId.isEmpty() ? u"@current"_s : settings.projectId;
    return profile;
}

QString ConnectionProfile::hostKindName(HostKind kind)
{
    switch (kind) {
    case HostKind::UsCloud:
        return u"us"_s;
    case HostKind::EuCloud:
        return u"eu"_s;
    case HostKind::SelfHosted:
        return u"self-hosted"_s;
    }
    return u"us"_s;
}

bool ConnectionProfile::hostKindFromName(const QString &name, HostKind *kind)
{
    const QString n = name.trimmed().toLower();
    HostKind result;
    if (n == u"us"_s)
        result = HostKind::UsCloud;
    else if (n == u"eu"_s)
        result = HostKind::EuCloud;
    else if (n == u"self-hosted"_s || n == u"selfhosted"_s)
        result = HostKind::SelfHosted;
    else
        return false;
    if (kind)
        *kind = result;
    return true;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"host"_s, hostKindName(hostKind)},
        {u"project_id"_s, projectId},
        {u"allow_insecure_http"_s, allowInsecureHttp},
    };
    if (hostKind == HostKind::SelfHosted)
        json.insert(u"url"_s, selfHostedUrl);
    if (!extraCaFile.isEmpty())
        json.insert(u"extra_ca_file"_s, extraCaFile);
    if (!colorTag.isEmpty())
        json.insert(u"color"_s, colorTag);
    return json;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile profile = create(json.value(u"name"_s).toString());
    const QString id = json.value(u"id"_s).toString();
    if (!id.isEmpty())
        profile.id = id;
    if (!hostKindFromName(json.value(u"host"_s).toString(), &profile.hostKind))
        profile.hostKind = json.contains(u"url"_s) ? HostKind::SelfHosted : HostKind::UsCloud;
    profile.selfHostedUrl = json.value(u"url"_s).toString();
    // Accept a JSON number too: hand-written files often say "project_id": 12345.
    const QJsonValue project = json.value(u"project_id"_s);
    if (project.isDouble())
        profile.projectId = QString::number(project.toInteger());
    else if (project.isString() && !project.toString().isEmpty())
        profile.projectId = project.toString();
    profile.extraCaFile = json.value(u"extra_ca_file"_s).toString();
    profile.allowInsecureHttp = json.value(u"allow_insecure_http"_s).toBool(false);
    profile.colorTag = json.value(u"color"_s).toString();
    return profile;
}
