// groupdesk-sandbox: a local PostHog-compatible server for demos, manual testing and the
// CLI/benchmark suites. Loopback only; prints where it listens and the demo key.
#include "sandboxserver.h"
#include "sandboxsessionauth.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <limits>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"groupdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Local PostHog-compatible server for GroupDesk (127.0.0.1 only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, QCoreApplication::translate("main", "TCP port (0 = any free port)."),
                                  u"port"_s, u"8010"_s);
    const QCommandLineOption seed(
        u"seed"_s, QCoreApplication::translate("main", "Seed of the generated data and faults."), u"n"_s, u"42"_s);
    const QCommandLineOption groups(u"groups"_s, QCoreApplication::translate("main", "Groups of the first group type."),
                                    u"n"_s, u"250"_s);
    const QCommandLineOption types(u"group-types"_s,
                                   QCoreApplication::translate("main", "Number of group types (1-5)."), u"n"_s, u"3"_s);
    const QCommandLineOption version(u"server-version"_s,
                                     QCoreApplication::translate("main", "PostHog behaviour: newest or older."),
                                     u"version"_s, u"newest"_s);
    const QCommandLineOption pak(
        u"metadata-pak"_s,
        QCoreApplication::translate("main", "Group-type metadata writes with a personal API key: allow or deny "
                                            "(default: deny for newest, allow for older, as PostHog)."),
        u"mode"_s);
    const QCommandLineOption sessionAge(
        u"session-age"_s,
        QCoreApplication::translate("main", "Seconds a signed-in session lives before the 302 to /login."), u"s"_s,
        QString::number(SandboxOptions().sessionAgeSeconds));
    const QCommandLineOption failureLimit(
        u"login-failure-limit"_s,
        QCoreApplication::translate("main", "Failed logins per email before the 10-minute lockout."), u"n"_s,
        QString::number(SandboxOptions().loginFailureLimit));
    const QCommandLineOption rate(
        u"rate-per-minute"_s, QCoreApplication::translate("main", "Requests per minute per key before 429 (0 = off)."),
        u"n"_s, u"0"_s);
    const QCommandLineOption latency(
        u"latency-ms"_s, QCoreApplication::translate("main", "Delay added to every response."), u"ms"_s, u"0"_s);
    const QCommandLineOption queryApi(
        u"query-api"_s,
        QCoreApplication::translate("main", "POST query/ (GroupsQuery, UsageMetricsQuery): on, or off as on older "
                                            "servers (404)."),
        u"mode"_s, u"on"_s);
    const QCommandLineOption queryRate(
        u"query-rate-per-minute"_s,
        QCoreApplication::translate("main", "Queries per minute per key before 429 (PostHog: 240; 0 = off)."), u"n"_s,
        u"0"_s);
    const QCommandLineOption faults(
        u"faults"_s,
        QCoreApplication::translate(
            "main", "Comma-separated faults: "
                    "500,502,503,reset,truncate,badjson,html,slow,capture,capture429,cursor,applied502."),
        u"list"_s);
    const QCommandLineOption faultRate(u"fault-rate"_s,
                                       QCoreApplication::translate("main", "Probability of a fault per request (0-1)."),
                                       u"p"_s, u"0"_s);
    parser.addOptions({port, seed, groups, types, version, pak, rate, latency, queryApi, queryRate, faults, faultRate,
                       sessionAge, failureLimit});
    parser.process(app);

    QTextStream err(stderr);
    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max, bool &ok) {
        bool parsed = false;
        const qint64 value = parser.value(option).toLongLong(&parsed);
        if (!parsed || value < min || value > max) {
            err << QCoreApplication::translate("main", "Invalid value for --%1: %2")
                       .arg(option.names().constFirst(), parser.value(option))
                << Qt::endl;
            ok = false;
        }
        return value;
    };
    bool ok = true;
    SandboxOptions options;
    const quint16 listenPort = quint16(number(port, 0, 65535, ok));
    options.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max(), ok));
    options.groupsPerType = int(number(groups, 0, 10000000, ok));
    options.groupTypeCount = int(number(types, 1, 5, ok));
    options.ratePerMinute = int(number(rate, 0, 1000000, ok));
    options.latencyMs = int(number(latency, 0, 600000, ok));
    options.sessionAgeSeconds = int(number(sessionAge, 1, std::numeric_limits<int>::max(), ok));
    options.loginFailureLimit = int(number(failureLimit, 1, 1000000, ok));
    options.queryRatePerMinute = int(number(queryRate, 0, 1000000, ok));
    const QString queryApiText = parser.value(queryApi);
    if (queryApiText != u"on"_s && queryApiText != u"off"_s) {
        err << QCoreApplication::translate("main", "--query-api must be on or off") << Qt::endl;
        ok = false;
    }
    options.queryApi = queryApiText == u"on"_s;
    bool rateOk = false;
    options.faultRate = parser.value(faultRate).toDouble(&rateOk);
    if (!rateOk || options.faultRate < 0.0 || options.faultRate > 1.0) {
        err << QCoreApplication::translate("main", "Invalid value for --fault-rate: %1").arg(parser.value(faultRate))
            << Qt::endl;
        ok = false;
    }
    static const QStringList knownFaults{u"500"_s,      u"502"_s,        u"503"_s,   u"reset"_s,
                                         u"truncate"_s, u"badjson"_s,    u"html"_s,  u"slow"_s,
                                         u"capture"_s,  u"capture429"_s, u"cursor"_s};
    options.faults = parser.value(faults).split(u',', Qt::SkipEmptyParts);
    for (const QString &fault : std::as_const(options.faults)) {
        if (!knownFaults.contains(fault)) {
            err << QCoreApplication::translate("main", "Unknown fault: %1").arg(fault) << Qt::endl;
            ok = false;
        }
    }
    const QString versionText = parser.value(version);
    if (versionText != u"newest"_s && versionText != u"older"_s) {
        err << QCoreApplication::translate("main", "--server-version must be newest or older") << Qt::endl;
        ok = false;
    }
    options.serverVersion =
        versionText == u"older"_s ? SandboxOptions::ServerVersion::Older : SandboxOptions::ServerVersion::Newest;
    // The newest PostHog refuses every token on the three session-only actions.
    QString pakText = parser.value(pak);
    if (!parser.isSet(pak))
        pakText = options.serverVersion == SandboxOptions::ServerVersion::Newest ? u"deny"_s : u"allow"_s;
    if (pakText != u"allow"_s && pakText != u"deny"_s) {
        err << QCoreApplication::translate("main", "--metadata-pak must be allow or deny") << Qt::endl;
        ok = false;
    }
    options.metadataPakDeny = pakText == u"deny"_s;
    if (!ok)
        return 2;

    SandboxServer server(options);
    if (server.listen(listenPort) == 0) {
        err << QCoreApplication::translate("main", "Could not listen on 127.0.0.1:%1").arg(listenPort) << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "GroupDesk sandbox listening on %1").arg(server.baseUrl().toString())
        << Qt::endl
        << QCoreApplication::translate("main", "Project id: %1 (\"@current\" works too)").arg(server.projectId())
        << Qt::endl
        << QCoreApplication::translate("main", "API key: %1").arg(SandboxServer::demoKey()) << Qt::endl
        << QCoreApplication::translate("main", "Demo account: %1, password %2, 2FA code %3")
               .arg(SandboxSessionAuth::demoEmail(), SandboxSessionAuth::demoPassword(),
                    SandboxSessionAuth::demoTotpCode())
        << Qt::endl;
    return QCoreApplication::exec();
}
