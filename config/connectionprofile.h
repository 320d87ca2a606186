#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

/**
 * One saved connection: which PostHog server and project to talk to, and how.
 *
 * A plain value type. It never holds the API key: the key lives in the OS keychain under
 * keychainKey() and is joined with the profile only in memory, by toSettings().
 */
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class HostKind
    {
        UsCloud,    ///< https://us.posthog.com
        EuCloud,    ///< https://eu.posthog.com
        SelfHosted, ///< selfHostedUrl (origin plus optional path prefix)
    };

    /// Stable identity (QUuid without braces); survives renames and host changes.
    QString id;
    /// What people see in the profile switcher; unique within a ProfileStore.
    QString name;
    HostKind hostKind = HostKind::UsCloud;
    /// Only for SelfHosted, e.g. "https://example.org/posthog". A missing scheme means https.
    QString selfHostedUrl;
    /// Numeric project id or "@current".
    QString projectId = QStringLiteral("@current");
    /// Optional PEM file with extra CA certificates (self-hosted with a private CA).
    QString extraCaFile;
    /// Permit plain http:// to a non-loopback self-hosted server. Ignored for the clouds.
    bool allowInsecureHttp = false;
    /// A colour name ("#d73a49") to mark e.g. production, or empty for none.
    QString colorTag;

    /// A new profile with a fresh id and default values.
    static ConnectionProfile create(const QString &name = {});

    /// The normalised server origin (+ path prefix, no trailing slash, no trailing "/api").
    /// Invalid when the self-hosted URL cannot be used.
    QUrl baseUrl() const;

    /// Why this profile cannot be used as it is (one translated sentence), or empty.
    QString validationProblem() const;
    bool isValid() const { return validationProblem().isEmpty(); }

    /// The keychain entry name: "groupdesk:<host>:<id>". Scoped by server and id, so a key
    /// saved for one server is never sent to another after the profile's host is edited.
    QString keychainKey() const;

    /// Joins the profile with a key (held in memory only) into what PostHogClient takes.
    ConnectionSettings toSettings(const QString &apiKey) const;

    /// A new profile for a connection made without one (--host, --demo): the same server,
    /// project and http allowance, so "Connection settings…" starts from what is in use.
    static ConnectionProfile fromSettings(const ConnectionSettings &settings, const QString &name = {});

    /// Key-free JSON form, for profile export/import and the CLI.
    QJsonObject toJson() const;
    /// Reads toJson()'s form; unknown fields are ignored, a missing id gets a fresh one.
    static ConnectionProfile fromJson(const QJsonObject &json);

    /// "us", "eu", "self-hosted" (stable: used in settings files and on the command line).
    static QString hostKindName(HostKind kind);
    /// Inverse of hostKindName(); returns false for anything else.
    static bool hostKindFromName(const QString &name, HostKind *kind);

    /// Normalises user input for a self-hosted server; invalid QUrl when unusable.
    static QUrl normaliseServerUrl(const QString &text);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
