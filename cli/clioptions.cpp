#include "clioptions.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptions", text);
}

const QStringList &outputFormats()
{
    static const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("jsonl"),
                                     QStringLiteral("csv")};
    return formats;
}
} // namespace

QStringList CliOptions::commands()
{
    return {QStringLiteral("types list"),
            QStringLiteral("types rename"),
            QStringLiteral("types delete"),
            QStringLiteral("groups list"),
            QStringLiteral("groups find"),
            QStringLiteral("groups create"),
            QStringLiteral("groups set-property"),
            QStringLiteral("groups unset-property"),
            QStringLiteral("groups property-values"),
            QStringLiteral("groups property-definitions"),
            QStringLiteral("groups activity"),
            QStringLiteral("groups related"),
            QStringLiteral("groups import"),
            QStringLiteral("groups query"),
            QStringLiteral("groups metrics"),
            QStringLiteral("metrics list"),
            QStringLiteral("metrics delete"),
            QStringLiteral("metrics create"),
            QStringLiteral("metrics update"),
            QStringLiteral("login"),
            QStringLiteral("logout"),
            QStringLiteral("whoami")};
}

QString CliOptions::usage()
{
    return QStringLiteral(
        "Usage: groupdesk-cli [--host URL|us|eu] [--project ID] [--profile NAME] [--format table|json|jsonl|csv]\n"
        "                     [--timeout SECONDS] [--allow-http] [--bom] COMMAND ...\n"
        "       groupdesk-cli --help | --version\n"
        "  types list | types rename INDEX [--singular S] [--plural P] | types delete INDEX --yes\n"
        "  groups list --type INDEX [--search S] [--key-contains K] [--limit N | --all]\n"
        "  groups find --type INDEX KEY | groups create --type INDEX KEY [--property NAME=VALUE ...]\n"
        "  groups set-property --type INDEX KEY NAME VALUE | groups unset-property --type INDEX KEY NAME\n"
        "  groups property-values --type INDEX NAME [--contains S] | groups property-definitions --type INDEX\n"
        "  groups activity --type INDEX KEY [--limit N | --all] | groups related --type INDEX KEY\n"
        "  groups import --type INDEX FILE [--key-column NAME] [--dry-run] [--empty unset|keep] [--journal PATH]\n"
        "  groups import --resume JOURNAL | groups import --undo JOURNAL\n"
        "  groups query --type INDEX [--select EXPR]... [--where 'PROP OP VALUE']... [--order-by 'EXPR "
        "[asc|desc]']...\n"
        "               [--search S] [--limit N | --all] [--count]   (OP: = != ~ !~ > < >= <= set unset;\n"
        "               needs the query:read scope)\n"
        "  groups metrics --type INDEX KEY   (usage metric values of one group; query:read)\n"
        "  metrics list --type INDEX | metrics delete --type INDEX ID --yes\n"
        "  metrics create --type INDEX --name N [--format F] [--interval DAYS] [--display D] [--math M]\n"
        "                 [--math-property P] --filters JSON\n"
        "  metrics update --type INDEX ID [any of the create options]\n"
        "  login [--email E] [--otp CODE] | logout | whoami   (PostHog web session, kept in the keychain)\n"
        "\n"
        "Environment: POSTHOG_PERSONAL_API_KEY (else the profile's keychain entry), POSTHOG_HOST, POSTHOG_PROJECT_ID.\n"
        "Web session: the saved one, or POSTHOG_EMAIL + POSTHOG_PASSWORD (+ POSTHOG_OTP) sign in for one run;\n"
        "login reads the password from the terminal without echo (or POSTHOG_PASSWORD).\n"
        "A VALUE that parses as JSON is sent as that JSON, otherwise as a string.\n"
        "Exit codes: 0 ok, 2 usage, 3 unauthenticated, 4 forbidden/missing scope/needs session, 5 not found,\n"
        "            6 validation, 7 throttled, 8 server error, 9 network/timeout/TLS, 10 bad response.\n");
}

bool CliOptions::takesValue(const QString &option) const
{
    static const QStringList withValue{
        QStringLiteral("host"),       QStringLiteral("project"),      QStringLiteral("profile"),
        QStringLiteral("format"),     QStringLiteral("timeout"),      QStringLiteral("type"),
        QStringLiteral("search"),     QStringLiteral("key-contains"), QStringLiteral("limit"),
        QStringLiteral("property"),   QStringLiteral("contains"),     QStringLiteral("singular"),
        QStringLiteral("plural"),     QStringLiteral("name"),         QStringLiteral("interval"),
        QStringLiteral("display"),    QStringLiteral("math"),         QStringLiteral("math-property"),
        QStringLiteral("filters"),    QStringLiteral("email"),        QStringLiteral("otp"),
        QStringLiteral("key-column"), QStringLiteral("empty"),        QStringLiteral("journal"),
        QStringLiteral("resume"),     QStringLiteral("undo"),         QStringLiteral("select"),
        QStringLiteral("where"),      QStringLiteral("order-by")};
    return withValue.contains(option);
}

QStringList CliOptions::values(const QString &option) const
{
    QStringList list = m_values.values(option);
    std::reverse(list.begin(), list.end()); // QMultiHash returns the newest first
    return list;
}

bool CliOptions::parse(const QStringList &arguments)
{
    static const QStringList flags{QStringLiteral("all"),   QStringLiteral("yes"),    QStringLiteral("allow-http"),
                                   QStringLiteral("help"),  QStringLiteral("bom"),    QStringLiteral("dry-run"),
                                   QStringLiteral("count"), QStringLiteral("version")};
    QStringList words;
    QStringList metricFormats;
    bool onlyPositional = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (arg == QLatin1String("--") && !onlyPositional) {
                onlyPositional = true;
                continue;
            }
            words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (name == QLatin1String("h"))
            name = QStringLiteral("help");
        if (flags.contains(name)) {
            if (hasInlineValue) {
                m_error = tr("Option --%1 takes no value.").arg(name);
                return false;
            }
            m_flags.append(name);
            continue;
        }
        if (!takesValue(name)) {
            m_error = tr("Unknown option --%1.").arg(name);
            return false;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size()) {
                m_error = tr("Option --%1 needs a value.").arg(name);
                return false;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("format") && !outputFormats().contains(value)) {
            metricFormats.append(value); // decided once the command is known
            continue;
        }
        m_values.insert(name, value);
    }

    m_help = m_flags.contains(QStringLiteral("help"));
    m_version = m_flags.contains(QStringLiteral("version"));
    if (m_help || m_version)
        return true;

    m_host = m_values.value(QStringLiteral("host"));
    m_project = m_values.value(QStringLiteral("project"));
    m_profile = m_values.value(QStringLiteral("profile"));
    m_allowHttp = m_flags.contains(QStringLiteral("allow-http"));
    if (m_values.contains(QStringLiteral("format")))
        m_outputFormat = m_values.value(QStringLiteral("format"));
    if (m_values.contains(QStringLiteral("timeout"))) {
        bool ok = false;
        m_timeoutSeconds = m_values.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || m_timeoutSeconds <= 0) {
            m_error = tr("--timeout needs a positive number of seconds.");
            return false;
        }
    }

    // Web-session commands are one word (issue 19): login, logout, whoami.
    static const QStringList sessionCommands{QStringLiteral("login"), QStringLiteral("logout"),
                                             QStringLiteral("whoami")};
    if (!words.isEmpty() && sessionCommands.contains(words.constFirst()))
        words.insert(1, QString());
    if (words.size() < 2) {
        m_error = words.isEmpty() ? tr("No command given.") : tr("Incomplete command \"%1\".").arg(words.constFirst());
        return false;
    }
    m_command = words.at(1).isEmpty() ? words.at(0) : words.at(0) + QLatin1Char(' ') + words.at(1);
    if (!commands().contains(m_command)) {
        m_error = tr("Unknown command \"%1\".").arg(m_command);
        return false;
    }
    m_positional = words.mid(2);

    const bool metricCommand =
        m_command == QLatin1String("metrics create") || m_command == QLatin1String("metrics update");
    for (const QString &format : std::as_const(metricFormats)) {
        if (!metricCommand) {
            m_error = tr("Unknown output format \"%1\" (table, json, jsonl or csv).").arg(format);
            return false;
        }
        m_values.insert(QStringLiteral("metric-format"), format);
    }
    return true;
}
