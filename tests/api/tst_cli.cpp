// groupdesk-cli end to end: a groupdesk-sandbox child process with 20,000 groups, the CLI
// run as a child process too, exactly as a script would.
#include "profilestore.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int BigGroupCount = 20000;
const QString DemoKey = u"phx_groupdesk_demo_key"_s;
using CliRun = ProcessRun;
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listAllStreamsEveryGroupOnce();
    void exitCodes_data();
    void exitCodes();
    void formats_data();
    void formats();
    void createSetUnsetRoundTrip();
    void metricLifecycle();
    void profileProvidesHostAndProject();
    void renameNeedsSessionOnNewestServers();
    void activityFollowsPages();
    void captureFailureIsAWarning();
    void serverRestartingTheListStops();
    void listAllSurvivesReadFaults();

private:
    CliRun run(const QStringList &arguments, const QString &key = DemoKey, int timeoutMs = 120000,
               bool withHost = true);

    /// Starts a second sandbox whose every request gets `fault`.
    static bool startFaultySandbox(SandboxProcess &sandbox, const QString &fault, int groups, double rate = 1.0);

    SandboxProcess m_sandbox;
    /// POSTHOG_HOST of run(): the main sandbox's address, unless a test points it elsewhere.
    QString m_host;
};

void TestCli::initTestCase()
{
    // Same settings location as groupdesk-cli (the private HOME comes from CTest).
    QCoreApplication::setOrganizationName(u"GroupDesk"_s);
    QCoreApplication::setApplicationName(u"GroupDesk"_s);
    // Types are renamed with the key below: opt in, the newest variant denies it by default.
    QVERIFY2(m_sandbox.start(QStringLiteral(GROUPDESK_SANDBOX_PATH),
                             {u"--groups"_s, QString::number(BigGroupCount), u"--metadata-pak"_s, u"allow"_s}),
             qPrintable(m_sandbox.errorString()));
    m_host = m_sandbox.baseUrl();
}

void TestCli::cleanupTestCase()
{
    m_sandbox.stop();
}

CliRun TestCli::run(const QStringList &arguments, const QString &key, int timeoutMs, bool withHost)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"POSTHOG_PERSONAL_API_KEY"_s);
    if (!key.isEmpty())
        env.insert(u"POSTHOG_PERSONAL_API_KEY"_s, key);
    env.remove(u"POSTHOG_HOST"_s);
    if (withHost)
        env.insert(u"POSTHOG_HOST"_s, m_host);
    env.remove(u"POSTHOG_PROJECT_ID"_s);
    return runProcess(QStringLiteral(GROUPDESK_CLI_PATH), arguments, env, timeoutMs);
}

void TestCli::listAllStreamsEveryGroupOnce()
{
    const CliRun result =
        run({u"groups"_s, u"list"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--format"_s, u"jsonl"_s}, DemoKey, 240000);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QSet<QString> keys;
    int rows = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(object.value(u"group_type_index"_s).toInt(-1), 0);
        keys.insert(object.value(u"group_key"_s).toString());
    }
    QCOMPARE(rows, BigGroupCount);
    QCOMPARE(keys.size(), BigGroupCount);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrContains");

    QTest::newRow("no command") << QStringList() << DemoKey << 2 << QByteArray("usage");
    QTest::newRow("unknown command") << QStringList{u"groups"_s, u"explode"_s} << DemoKey << 2 << QByteArray("usage");
    QTest::newRow("missing --type") << QStringList{u"groups"_s, u"list"_s} << DemoKey << 2 << QByteArray("--type");
    QTest::newRow("bad output format") << QStringList{u"--format"_s, u"xml"_s, u"types"_s, u"list"_s} << DemoKey << 2
                                       << QByteArray("xml");
    QTest::newRow("delete type refused without --yes")
        << QStringList{u"types"_s, u"delete"_s, u"0"_s} << DemoKey << 2 << QByteArray("--yes");
    QTest::newRow("delete metric refused without --yes")
        << QStringList{u"metrics"_s, u"delete"_s, u"--type"_s, u"0"_s, u"abc"_s} << DemoKey << 2 << QByteArray("--yes");
    QTest::newRow("no key") << QStringList{u"types"_s, u"list"_s} << QString() << 3
                            << QByteArray("POSTHOG_PERSONAL_API_KEY");
    QTest::newRow("wrong key") << QStringList{u"types"_s, u"list"_s} << u"phx_wrong"_s << 3
                               << QByteArray("unauthenticated");
    QTest::newRow("group not found") << QStringList{u"groups"_s, u"find"_s, u"--type"_s, u"0"_s, u"no-such-key"_s}
                                     << DemoKey << 5 << QByteArray("not_found");
    QTest::newRow("metric invalid (client side)")
        << QStringList{u"metrics"_s, u"create"_s, u"--type"_s, u"0"_s,         u"--name"_s,
                       u"X"_s,       u"--math"_s, u"sum"_s,    u"--filters"_s, u"{\"events\": []}"_s}
        << DemoKey << 6 << QByteArray("math_property");
    QTest::newRow("delete property missing (server side)")
        << QStringList{u"groups"_s, u"unset-property"_s, u"--type"_s, u"0"_s, u"no-such-key"_s, u"x"_s} << DemoKey << 5
        << QByteArray("not_found");
    QTest::newRow("set-property null refused (client side)")
        << QStringList{u"groups"_s, u"set-property"_s, u"--type"_s, u"0"_s, u"org:00000"_s, u"plan"_s, u"null"_s}
        << DemoKey << 6 << QByteArray("delete the property");
    QTest::newRow("bad filters JSON") << QStringList{u"metrics"_s, u"create"_s, u"--type"_s,    u"0"_s,
                                                     u"--name"_s,  u"X"_s,      u"--filters"_s, u"{oops"_s}
                                      << DemoKey << 2 << QByteArray("--filters");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrContains);
    const CliRun result = run(arguments, key);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY2(result.err.contains(stderrContains), result.err.constData());
    QVERIFY(!result.err.contains(DemoKey.toUtf8()));
    // One clear line (usage errors add a "Try --help" hint line).
    QVERIFY2(result.err.trimmed().count('\n') <= (exitCode == 2 ? 1 : 0), result.err.constData());
}

void TestCli::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCli::formats()
{
    QFETCH(QString, format);
    const CliRun result = run({u"--format"_s, format, u"types"_s, u"list"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    if (format == u"json"_s) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.out);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 3);
        QVERIFY(doc.array().at(0).toObject().contains(u"group_type"_s));
    } else if (format == u"jsonl"_s) {
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    } else if (format == u"csv"_s) {
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QByteArray("INDEX,TYPE,SINGULAR,PLURAL\r"));
        QVERIFY(lines.at(1).startsWith("0,"));
    } else {
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("INDEX"));
    }
}

void TestCli::createSetUnsetRoundTrip()
{
    const QString key = u"cli:round trip+1 %41%25"_s; // '%41' must not arrive as 'A'

    CliRun created = run({u"--format"_s, u"json"_s, u"groups"_s, u"create"_s, u"--type"_s, u"0"_s, key, u"--property"_s,
                          u"plan=pro"_s, u"--property"_s, u"seats=12"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QJsonObject object = QJsonDocument::fromJson(created.out).object();
    QCOMPARE(object.value(u"group_key"_s).toString(), key);
    QCOMPARE(object.value(u"group_properties"_s).toObject().value(u"seats"_s).toInt(), 12); // JSON value, not "12"

    const CliRun duplicate = run({u"groups"_s, u"create"_s, u"--type"_s, u"0"_s, key});
    QVERIFY2(duplicate.exitCode == 6, duplicate.err.constData());

    CliRun set = run(
        {u"--format"_s, u"json"_s, u"groups"_s, u"set-property"_s, u"--type"_s, u"0"_s, key, u"active"_s, u"true"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    object = QJsonDocument::fromJson(set.out).object();
    QCOMPARE(object.value(u"group_properties"_s).toObject().value(u"active"_s), QJsonValue(true));

    CliRun unset =
        run({u"--format"_s, u"json"_s, u"groups"_s, u"unset-property"_s, u"--type"_s, u"0"_s, key, u"plan"_s});
    QVERIFY2(unset.exitCode == 0, unset.err.constData());
    object = QJsonDocument::fromJson(unset.out).object();
    QVERIFY(!object.value(u"group_properties"_s).toObject().contains(u"plan"_s));

    CliRun found = run({u"--format"_s, u"jsonl"_s, u"groups"_s, u"find"_s, u"--type"_s, u"0"_s, key});
    QVERIFY2(found.exitCode == 0, found.err.constData());
    QCOMPARE(QJsonDocument::fromJson(found.out).object().value(u"group_key"_s).toString(), key);
}

void TestCli::metricLifecycle()
{
    CliRun created =
        run({u"--format"_s, u"json"_s, u"metrics"_s, u"create"_s, u"--type"_s, u"1"_s, u"--name"_s, u"CLI metric"_s,
             u"--format"_s, u"currency"_s, u"--math"_s, u"sum"_s, u"--math-property"_s, u"amount"_s, u"--filters"_s,
             u"{\"events\": [{\"id\": \"purchase\", \"type\": \"events\"}]}"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject metric = QJsonDocument::fromJson(created.out).object();
    const QString id = metric.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(metric.value(u"format"_s).toString(), u"currency"_s);

    CliRun updated =
        run({u"--format"_s, u"json"_s, u"metrics"_s, u"update"_s, u"--type"_s, u"1"_s, id, u"--interval"_s, u"30"_s});
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(QJsonDocument::fromJson(updated.out).object().value(u"interval"_s).toInt(), 30);

    CliRun listed = run({u"--format"_s, u"csv"_s, u"metrics"_s, u"list"_s, u"--type"_s, u"1"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains(id.toUtf8()));

    CliRun deleted = run({u"metrics"_s, u"delete"_s, u"--type"_s, u"1"_s, id, u"--yes"_s});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    CliRun gone = run({u"metrics"_s, u"delete"_s, u"--type"_s, u"1"_s, id, u"--yes"_s});
    QCOMPARE(gone.exitCode, 5);
}

void TestCli::profileProvidesHostAndProject()
{
    {
        ProfileStore store;
        // The private HOME survives between runs: reuse the profile, the port is new.
        ConnectionProfile profile = store.profileByName(u"sandbox"_s);
        if (profile.id.isEmpty())
            profile = ConnectionProfile::create(u"sandbox"_s);
        profile.hostKind = ConnectionProfile::HostKind::SelfHosted;
        profile.selfHostedUrl = m_sandbox.baseUrl();
        store.save(profile);
        store.sync();
    }
    // Host from the profile, key from the environment.
    const CliRun listed =
        run({u"--profile"_s, u"sandbox"_s, u"--format"_s, u"jsonl"_s, u"types"_s, u"list"_s}, DemoKey, 60000, false);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.out.trimmed().split('\n').size(), 3);

    const CliRun unknown = run({u"--profile"_s, u"nope"_s, u"types"_s, u"list"_s}, DemoKey, 60000, false);
    QCOMPARE(unknown.exitCode, 2);

    // No key in the environment and none in the (absent) keychain: unauthenticated.
    const CliRun noKey = run({u"--profile"_s, u"sandbox"_s, u"types"_s, u"list"_s}, QString(), 60000, false);
    QVERIFY2(noKey.exitCode == 3, noKey.err.constData());
    QCOMPARE(noKey.err.trimmed().count('\n'), 0);
}

void TestCli::renameNeedsSessionOnNewestServers()
{
    // Allowed by the default sandbox...
    const CliRun allowed =
        run({u"--format"_s, u"json"_s, u"types"_s, u"rename"_s, u"1"_s, u"--singular"_s, u"Workspace"_s});
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(allowed.out).object().value(u"name_singular"_s).toString(), u"Workspace"_s);

    // ...refused for personal API keys by the newest PostHog: exit 4 with a clear line.
    SandboxProcess denying;
    QVERIFY2(denying.start(QStringLiteral(GROUPDESK_SANDBOX_PATH),
                           {u"--groups"_s, u"10"_s, u"--metadata-pak"_s, u"deny"_s}, 60000),
             qPrintable(denying.errorString()));
    m_host = denying.baseUrl();
    const CliRun denied = run({u"types"_s, u"rename"_s, u"1"_s, u"--singular"_s, u"Workspace"_s});
    m_host = m_sandbox.baseUrl();
    denying.stop();
    QVERIFY2(denied.exitCode == 4, denied.err.constData());
    QVERIFY(denied.err.contains("needs_session"));
    QCOMPARE(denied.err.trimmed().count('\n'), 0);
}

void TestCli::activityFollowsPages()
{
    // More entries than one page of 100: the default prints the newest page, --all follows
    // `next` to the end, --limit stops early.
    const QString key = u"cli:activity %41"_s;
    const CliRun created = run({u"groups"_s, u"create"_s, u"--type"_s, u"0"_s, key});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QNetworkAccessManager nam;
    const QString base = m_sandbox.baseUrl() + u"/api/projects/1/groups/"_s;
    const QString query = u"?group_type_index=0&group_key="_s + QString::fromLatin1(QUrl::toPercentEncoding(key));
    const auto request = [&](const QString &path) {
        QNetworkRequest r(QUrl(base + path + query));
        r.setRawHeader("Authorization", "Bearer " + DemoKey.toUtf8());
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return r;
    };
    for (int i = 0; i < 104; ++i) {
        QNetworkReply *reply = nam.post(request(u"update_property/"_s),
                                        QJsonDocument(QJsonObject{{u"key"_s, u"step"_s}, {u"value"_s, i}}).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QNetworkReply *countReply = nam.get(request(u"activity/"_s));
    QSignalSpy counted(countReply, &QNetworkReply::finished);
    QVERIFY(counted.wait(10000));
    const int total = QJsonDocument::fromJson(countReply->readAll()).object().value(u"total_count"_s).toInt();
    countReply->deleteLater();
    QVERIFY2(total > 100, qPrintable(QString::number(total)));

    const auto lines = [&](const QStringList &extra) {
        const CliRun result =
            run(QStringList{u"--format"_s, u"jsonl"_s, u"groups"_s, u"activity"_s, u"--type"_s, u"0"_s, key} + extra);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        QList<QByteArray> rows = result.out.trimmed().split('\n');
        rows.removeAll(QByteArray());
        return result.exitCode == 0 ? rows : QList<QByteArray>();
    };
    QCOMPARE(lines({}).size(), 100);
    const QList<QByteArray> all = lines({u"--all"_s});
    QCOMPARE(all.size(), total);
    QCOMPARE(QSet<QByteArray>(all.cbegin(), all.cend()).size(), total); // no page twice
    QCOMPARE(lines({u"--limit"_s, u"3"_s}).size(), 3);
}

void TestCli::captureFailureIsAWarning()
{
    // A second sandbox whose every group write is applied and then answers PostHog's capture
    // failure: the CLI warns, prints the group as it now is, and exits 0 (a script must not
    // repeat the change).
    SandboxProcess sandbox;
    QVERIFY2(startFaultySandbox(sandbox, u"capture"_s, 10), qPrintable(sandbox.errorString()));
    const QString host = sandbox.baseUrl();
    const QString key = u"cli:capture"_s;
    const CliRun created = run({u"--host"_s, host, u"--format"_s, u"json"_s, u"groups"_s, u"create"_s, u"--type"_s,
                                u"0"_s, key, u"--property"_s, u"plan=pro"_s},
                               DemoKey, 60000, false);
    const CliRun set = run({u"--host"_s, host, u"--format"_s, u"json"_s, u"groups"_s, u"set-property"_s, u"--type"_s,
                            u"0"_s, key, u"seats"_s, u"7"_s},
                           DemoKey, 60000, false);
    const CliRun again =
        run({u"--host"_s, host, u"groups"_s, u"create"_s, u"--type"_s, u"0"_s, key}, DemoKey, 60000, false);
    sandbox.stop();

    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY2(created.err.contains("warning") && created.err.contains("saved"), created.err.constData());
    QCOMPARE(QJsonDocument::fromJson(created.out).object().value(u"group_key"_s).toString(), key);
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(
        QJsonDocument::fromJson(set.out).object().value(u"group_properties"_s).toObject().value(u"seats"_s).toInt(), 7);
    QVERIFY2(again.exitCode == 6, again.err.constData()); // the first create really happened
}

bool TestCli::startFaultySandbox(SandboxProcess &sandbox, const QString &fault, int groups, double rate)
{
    return sandbox.start(
        QStringLiteral(GROUPDESK_SANDBOX_PATH),
        {u"--groups"_s, QString::number(groups), u"--faults"_s, fault, u"--fault-rate"_s, QString::number(rate)},
        30000);
}

void TestCli::serverRestartingTheListStops()
{
    // Every cursor is "unreadable", so the server answers page 1 again: --all must stop with
    // an error after the first page instead of printing the same groups for ever.
    SandboxProcess sandbox;
    QVERIFY2(startFaultySandbox(sandbox, u"cursor"_s, 250), qPrintable(sandbox.errorString()));
    const CliRun result = run({u"--host"_s, sandbox.baseUrl(), u"--format"_s, u"jsonl"_s, u"groups"_s, u"list"_s,
                               u"--type"_s, u"0"_s, u"--all"_s},
                              DemoKey, 60000, false);
    sandbox.stop();
    QVERIFY2(result.exitCode == 10, result.err.constData());
    QVERIFY2(result.err.contains("first page again"), result.err.constData());
    QCOMPARE(result.out.trimmed().split('\n').size(), 100);
}

void TestCli::listAllSurvivesReadFaults()
{
    // Three requests in ten meet a fault: 500s, gateway errors, resets, cut-off
    // bodies, bodies that are not JSON and a proxy's HTML page. Every one is retried, so the
    // walk prints each group exactly once and succeeds. The faults are seeded: reproducible.
    constexpr int Groups = 1500;
    SandboxProcess sandbox;
    QVERIFY2(startFaultySandbox(sandbox, u"500,502,503,reset,truncate,badjson,html"_s, Groups, 0.3),
             qPrintable(sandbox.errorString()));
    const CliRun result = run({u"--host"_s, sandbox.baseUrl(), u"--format"_s, u"jsonl"_s, u"groups"_s, u"list"_s,
                               u"--type"_s, u"0"_s, u"--all"_s},
                              DemoKey, 240000, false);
    sandbox.stop();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QSet<QString> keys;
    int rows = 0;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ++rows;
        QJsonParseError error{};
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        keys.insert(object.value(u"group_key"_s).toString());
    }
    QCOMPARE(rows, Groups);
    QCOMPARE(keys.size(), Groups);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
