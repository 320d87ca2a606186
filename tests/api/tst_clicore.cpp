// groupdesk-cli's logic without a server: option parsing, exit codes, output formats, and
// the runner's refusals that must happen before anything is sent.
#include "cliexitcode.h"
#include "clioptions.h"
#include "clirunner.h"
#include "outputformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliCore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void repeatedOptionsKeepOrder();
    void exitCodes_data();
    void exitCodes();
    void formatter_data();
    void formatter();
    void csvByteOrderMarkNullAndDates();
    void jsonStreamsAcrossPages();
    void runnerRefusesBeforeSending_data();
    void runnerRefusesBeforeSending();
};

void TestCliCore::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("positional");
    QTest::addColumn<QString>("outputFormat");
    QTest::addColumn<QString>("metricFormat");

    QTest::newRow("globals first") << QStringList{u"--host"_s, u"eu"_s, u"--format"_s, u"csv"_s, u"types"_s, u"list"_s}
                                   << true << u"types list"_s << QStringList() << u"csv"_s << QString();
    QTest::newRow("globals after command")
        << QStringList{u"groups"_s, u"list"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--format"_s, u"jsonl"_s} << true
        << u"groups list"_s << QStringList() << u"jsonl"_s << QString();
    QTest::newRow("inline values") << QStringList{u"--format=json"_s, u"groups"_s, u"find"_s, u"--type=1"_s, u"org:1"_s}
                                   << true << u"groups find"_s << QStringList{u"org:1"_s} << u"json"_s << QString();
    QTest::newRow("metric format vs output format")
        << QStringList{u"--format"_s, u"json"_s,     u"metrics"_s, u"create"_s,
                       u"--format"_s, u"currency"_s, u"--name"_s,  u"x"_s}
        << true << u"metrics create"_s << QStringList() << u"json"_s << u"currency"_s;
    QTest::newRow("positional after --") << QStringList{u"groups"_s, u"find"_s, u"--type"_s,
                                                        u"0"_s,      u"--"_s,   u"--weird-key"_s}
                                         << true << u"groups find"_s << QStringList{u"--weird-key"_s} << u"table"_s
                                         << QString();
    QTest::newRow("set-property args") << QStringList{u"groups"_s, u"set-property"_s, u"--type"_s, u"0"_s,
                                                      u"k"_s,      u"plan"_s,         u"\"pro\""_s}
                                       << true << u"groups set-property"_s
                                       << QStringList{u"k"_s, u"plan"_s, u"\"pro\""_s} << u"table"_s << QString();
    QTest::newRow("no command") << QStringList() << false << QString() << QStringList() << u"table"_s << QString();
    QTest::newRow("half a command") << QStringList{u"groups"_s} << false << QString() << QStringList() << u"table"_s
                                    << QString();
    QTest::newRow("unknown command") << QStringList{u"groups"_s, u"nuke"_s} << false << QString() << QStringList()
                                     << u"table"_s << QString();
    QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"types"_s, u"list"_s} << false << QString()
                                    << QStringList() << u"table"_s << QString();
    QTest::newRow("missing value") << QStringList{u"types"_s, u"list"_s, u"--host"_s} << false << QString()
                                   << QStringList() << u"table"_s << QString();
    QTest::newRow("flag with value") << QStringList{u"types"_s, u"list"_s, u"--yes=1"_s} << false << QString()
                                     << QStringList() << u"table"_s << QString();
    QTest::newRow("bad output format") << QStringList{u"--format"_s, u"xml"_s, u"types"_s, u"list"_s} << false
                                       << QString() << QStringList() << u"table"_s << QString();
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"types"_s, u"list"_s} << false << QString()
                                 << QStringList() << u"table"_s << QString();
}

void TestCliCore::parse()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, command);
    QFETCH(QStringList, positional);
    QFETCH(QString, outputFormat);
    QFETCH(QString, metricFormat);

    CliOptions options;
    QCOMPARE(options.parse(args), ok);
    if (!ok) {
        QVERIFY(!options.error().isEmpty());
        return;
    }
    QCOMPARE(options.command(), command);
    QCOMPARE(options.positional(), positional);
    QCOMPARE(options.outputFormat(), outputFormat);
    QCOMPARE(options.value(u"metric-format"_s), metricFormat);
}

void TestCliCore::repeatedOptionsKeepOrder()
{
    CliOptions options;
    QVERIFY(options.parse({u"groups"_s, u"create"_s, u"--type"_s, u"0"_s, u"k"_s, u"--property"_s, u"a=1"_s,
                           u"--property"_s, u"b=2"_s, u"--property=c=x=y"_s}));
    QCOMPARE(options.values(u"property"_s), (QStringList{u"a=1"_s, u"b=2"_s, u"c=x=y"_s}));
    QVERIFY(!options.has(u"yes"_s));
    QVERIFY(options.parse({u"--help"_s}));
    QVERIFY(options.helpRequested());
    QVERIFY(CliOptions::usage().contains(u"Exit codes"_s));
    CliOptions version;
    QVERIFY(version.parse({u"--version"_s}));
    QVERIFY(version.versionRequested());
    QVERIFY(!version.helpRequested());
    QVERIFY(CliOptions::usage().contains(u"--version"_s));
}

void TestCliCore::exitCodes_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("ok") << ApiError::Kind::None << 0;
    QTest::newRow("unauthenticated") << ApiError::Kind::Unauthenticated << 3;
    QTest::newRow("missing scope") << ApiError::Kind::MissingScope << 4;
    QTest::newRow("needs session") << ApiError::Kind::NeedsSession << 4;
    QTest::newRow("forbidden") << ApiError::Kind::Forbidden << 4;
    QTest::newRow("not found") << ApiError::Kind::NotFound << 5;
    QTest::newRow("validation") << ApiError::Kind::Validation << 6;
    QTest::newRow("throttled") << ApiError::Kind::Throttled << 7;
    QTest::newRow("server") << ApiError::Kind::Server << 8;
    QTest::newRow("network") << ApiError::Kind::Network << 9;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << 9;
    QTest::newRow("tls") << ApiError::Kind::Tls << 9;
    QTest::newRow("bad response") << ApiError::Kind::BadResponse << 10;
    QTest::newRow("insecure url is a usage problem") << ApiError::Kind::InsecureUrl << 2;
}

void TestCliCore::exitCodes()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);
    QCOMPARE(static_cast<int>(exitCodeFor(kind)), code);
}

void TestCliCore::formatter_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    // RFC 4180 records (CRLF), as the window's export writes them; a missing value is an empty cell.
    QTest::newRow("csv") << u"csv"_s << u"KEY,NAME\r\norg:1,\"Acme, Inc.\"\r\n\"a\"\"b\",\r\n"_s;
    QTest::newRow("jsonl")
        << u"jsonl"_s
        << u"{\"group_key\":\"org:1\",\"group_properties\":{\"name\":\"Acme, Inc.\"}}\n{\"group_key\":\"a\\\"b\"}\n"_s;
    QTest::newRow("table") << u"table"_s << u"KEY    NAME\norg:1  Acme, Inc.\na\"b    \n"_s;
}

void TestCliCore::csvByteOrderMarkNullAndDates()
{
    QString buffer;
    QTextStream out(&buffer);
    OutputFormatter formatter(u"csv"_s, out);
    formatter.setByteOrderMark(true);
    formatter.setColumns({{u"KEY"_s, u"group_key"_s}, {u"CREATED"_s, u"created_at"_s}, {u"SEATS"_s, u"p.seats"_s}});
    formatter.begin();
    formatter.writeRows({QJsonObject{{u"group_key"_s, u"ü:1"_s},
                                     {u"created_at"_s, u"2026-01-02T03:04:05.123000Z"_s},
                                     {u"p"_s, QJsonObject{{u"seats"_s, QJsonValue::Null}}}},
                         QJsonObject{{u"group_key"_s, u"b"_s}, {u"p"_s, QJsonObject{{u"seats"_s, 12}}}}});
    formatter.writeRows({QJsonObject{{u"group_key"_s, u"c"_s}}});
    formatter.end();
    // One BOM for the whole output, ISO dates with their zone as the server wrote them,
    // empty cells for null and missing values.
    QCOMPARE(buffer, u"\uFEFFKEY,CREATED,SEATS\r\nü:1,2026-01-02T03:04:05.123000Z,\r\nb,,12\r\nc,,\r\n"_s);
}

void TestCliCore::formatter()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QString buffer;
    QTextStream out(&buffer);
    OutputFormatter formatter(format, out);
    formatter.setColumns({{u"KEY"_s, u"group_key"_s}, {u"NAME"_s, u"group_properties.name"_s}});
    formatter.begin();
    formatter.writeRows(
        {QJsonObject{{u"group_key"_s, u"org:1"_s}, {u"group_properties"_s, QJsonObject{{u"name"_s, u"Acme, Inc."_s}}}},
         QJsonObject{{u"group_key"_s, u"a\"b"_s}}});
    formatter.end();
    QCOMPARE(buffer, expected);
}

void TestCliCore::jsonStreamsAcrossPages()
{
    QString buffer;
    QTextStream out(&buffer);
    OutputFormatter formatter(u"json"_s, out);
    formatter.begin();
    formatter.writeRows({QJsonObject{{u"n"_s, 1}}});
    formatter.writeRows({});
    formatter.writeRows({QJsonObject{{u"n"_s, 2}}, QJsonObject{{u"n"_s, 3}}});
    formatter.end();
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.toUtf8());
    QVERIFY2(doc.isArray(), qPrintable(buffer));
    QCOMPARE(doc.array().size(), 3);

    QString empty;
    QTextStream emptyOut(&empty);
    OutputFormatter emptyFormatter(u"json"_s, emptyOut);
    emptyFormatter.begin();
    emptyFormatter.end();
    QCOMPARE(QJsonDocument::fromJson(empty.toUtf8()).array().size(), 0);
}

void TestCliCore::runnerRefusesBeforeSending_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("code");
    // The host is a closed loopback port: reaching the network would give 9, not these.
    QTest::newRow("no key") << QStringList{u"types"_s, u"list"_s} << QByteArray() << 3;
    QTest::newRow("delete without --yes") << QStringList{u"types"_s, u"delete"_s, u"1"_s} << QByteArray("phx_x") << 2;
    QTest::newRow("type out of range") << QStringList{u"groups"_s, u"list"_s, u"--type"_s, u"7"_s}
                                       << QByteArray("phx_x") << 2;
    QTest::newRow("limit and all") << QStringList{u"groups"_s, u"list"_s,    u"--type"_s, u"0"_s,
                                                  u"--all"_s,  u"--limit"_s, u"5"_s}
                                   << QByteArray("phx_x") << 2;
    QTest::newRow("invalid metric") << QStringList{u"metrics"_s,   u"create"_s,
                                                   u"--type"_s,    u"0"_s,
                                                   u"--name"_s,    u"x"_s,
                                                   u"--display"_s, u"pie"_s,
                                                   u"--filters"_s, u"{\"events\":[]}"_s}
                                    << QByteArray("phx_x") << 6;
    QTest::newRow("update without changes")
        << QStringList{u"metrics"_s, u"update"_s, u"--type"_s, u"0"_s, u"id"_s} << QByteArray("phx_x") << 2;
    QTest::newRow("property without =") << QStringList{u"groups"_s, u"create"_s,     u"--type"_s, u"0"_s,
                                                       u"k"_s,      u"--property"_s, u"x"_s}
                                        << QByteArray("phx_x") << 2;
    QTest::newRow("plain http to a remote host")
        << QStringList{u"--host"_s, u"http://ph.example.org"_s, u"types"_s, u"list"_s} << QByteArray("phx_x") << 2;
    QTest::newRow("bad host") << QStringList{u"--host"_s, u"mars"_s, u"types"_s, u"list"_s} << QByteArray("phx_x") << 2;
}

void TestCliCore::runnerRefusesBeforeSending()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, key);
    QFETCH(int, code);
    if (key.isEmpty())
        qunsetenv("POSTHOG_PERSONAL_API_KEY");
    else
        qputenv("POSTHOG_PERSONAL_API_KEY", key);
    qputenv("POSTHOG_HOST", "http://127.0.0.1:1");
    qunsetenv("POSTHOG_PROJECT_ID");

    CliOptions options;
    QVERIFY2(options.parse(args), qPrintable(options.error()));
    CliRunner runner(options);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), code);
}

QTEST_GUILESS_MAIN(TestCliCore)
#include "tst_clicore.moc"
