#pragma once

#include <QMultiHash>
#include <QString>
#include <QStringList>

/**
 * The parsed command line of groupdesk-cli:
 *   groupdesk-cli [global options] GROUP ACTION [arguments] [command options]
 * Global options may also follow the command (e.g. `groups list --type 0 --format jsonl`).
 * `--format` is the output format except for `metrics create/update`, where the values
 * numeric/currency name the metric's format.
 */
class CliOptions
{
public:
    /// Parses `arguments` (without the program name). False on a usage error (see error()).
    bool parse(const QStringList &arguments);

    QString error() const { return m_error; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }

    // Global options.
    QString host() const { return m_host; }
    QString project() const { return m_project; }
    QString profile() const { return m_profile; }
    QString outputFormat() const { return m_outputFormat; }
    /// Seconds; 0 when not given.
    int timeoutSeconds() const { return m_timeoutSeconds; }
    bool allowHttp() const { return m_allowHttp; }

    /// "groups list", "types delete", ...
    QString command() const { return m_command; }
    /// Positional arguments after the command words.
    QStringList positional() const { return m_positional; }

    bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString &option) const { return m_values.value(option); }
    /// Every value of a repeatable option, in command-line order.
    QStringList values(const QString &option) const;

    /// The full usage text.
    static QString usage();
    /// Every command this tool knows, "group action".
    static QStringList commands();

private:
    bool takesValue(const QString &option) const;

    QString m_error;
    bool m_help = false;
    bool m_version = false;
    QString m_host;
    QString m_project;
    QString m_profile;
    QString m_outputFormat = QStringLiteral("table");
    int m_timeoutSeconds = 0;
    bool m_allowHttp = false;
    QString m_command;
    QStringList m_positional;
    QMultiHash<QString, QString> m_values;
    QStringList m_flags;
};
