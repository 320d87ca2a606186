// groupdesk-cli `groups query` and `groups metrics` end to end: a groupdesk-sandbox child
// process with 25,000 groups and the CLI as a child process, as a script runs them.
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int GroupCount = 25000;
using CliRun = ProcessRun;
} // namespace

class TestCliQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void allStreamsEveryGroupOnce();
    void whereOrderAndCountAgree();
    void everyOperatorParses_data();
    void everyOperatorParses();
    void formats_data();
    void formats();
    void errorsHaveExitCodes();
    void metricValues();

private:
    CliRun run(const QStringList &arguments, int timeoutMs = 120000);

    SandboxProcess m_sandbox;
};

void TestCliQuery::initTestCase()
{
    QCoreApplication::setOrganizationName(u"GroupDesk"_s);
    QCoreApplication::setApplicationName(u"GroupDesk"_s);
    QVERIFY2(m_sandbox.start(QStringLiteral(GROUPDESK_SANDBOX_PATH), {u"--groups"_s, QString::number(GroupCount)}),
             qPrintable(m_sandbox.errorString()));
}

void TestCliQuery::cleanupTestCase()
{
    m_sandbox.stop();
}

CliRun TestCliQuery::run(const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"POSTHOG_PERSONAL_API_KEY"_s, u"phx_groupdesk_demo_key"_s);
    env.insert(u"POSTHOG_HOST"_s, m_sandbox.baseUrl());
    env.remove(u"POSTHOG_PROJECT_ID"_s);
    return runProcess(QStringLiteral(GROUPDESK_CLI_PATH), arguments, env, timeoutMs);
}

void TestCliQuery::allStreamsEveryGroupOnce()
{
    const CliRun all = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--select"_s, u"key"_s,
                            u"--order-by"_s, u"properties.industry asc"_s, u"--format"_s, u"jsonl"_s});
    QCOMPARE(all.exitCode, 0);
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    QCOMPARE(lines.size(), GroupCount); // three pages of 10,000 at most, no gaps, no repeats
    QSet<QString> keys;
    for (const QByteArray &line : lines)
        keys.insert(QJsonDocument::fromJson(line).object().value(u"key"_s).toString());
    QCOMPARE(keys.size(), GroupCount);

    const CliRun count = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--count"_s});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out.trimmed(), QByteArray::number(GroupCount));
}

void TestCliQuery::whereOrderAndCountAgree()
{
    const QStringList filters{u"--where"_s, u"seats > 250"_s, u"--where"_s, u"plan = enterprise"_s};
    const CliRun rows =
        run(QStringList{u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--select"_s, u"key"_s,
                        u"--select"_s, u"properties.seats"_s, u"--select"_s, u"properties.plan"_s, u"--order-by"_s,
                        u"properties.seats DESC"_s, u"--format"_s, u"json"_s}
            + filters);
    QCOMPARE(rows.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(rows.out).array();
    QVERIFY(array.size() > 100);
    double previous = 1e9;
    for (const auto &value : array) {
        const QJsonObject row = value.toObject();
        const double seats = row.value(u"properties.seats"_s).toDouble();
        QVERIFY(seats > 250);
        QVERIFY(seats <= previous);
        previous = seats;
        QCOMPARE(row.value(u"properties.plan"_s).toString(), u"enterprise"_s);
    }
    const CliRun count = run(QStringList{u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--count"_s} + filters);
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.out.trimmed().toLongLong(), qint64(array.size()));
}

void TestCliQuery::everyOperatorParses_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("property");
    for (const char *where : {"plan = pro", "plan != pro", "name ~ acme", "name !~ acme", "seats > 400", "seats < 20",
                              "mrr >= 900", "seats <= 5", "account owner set", "account owner unset"})
        QTest::newRow(where) << QString::fromLatin1(where) << QString();
}

void TestCliQuery::everyOperatorParses()
{
    QFETCH(QString, where);
    const CliRun count = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--count"_s, u"--where"_s, where});
    QCOMPARE(count.exitCode, 0);
    bool ok = false;
    const qint64 matched = count.out.trimmed().toLongLong(&ok);
    QVERIFY(ok);
    // Every condition splits the seed data: some groups match, not all.
    QVERIFY2(matched > 0 && matched < GroupCount, count.out.constData());
    const CliRun rows = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--where"_s, where,
                             u"--select"_s, u"key"_s, u"--format"_s, u"jsonl"_s});
    QCOMPARE(rows.exitCode, 0);
    QCOMPARE(qint64(rows.out.trimmed().split('\n').size()), matched);
}

void TestCliQuery::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
}

void TestCliQuery::formats()
{
    QFETCH(QString, format);
    const CliRun r = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--limit"_s, u"7"_s, u"--select"_s,
                          u"group_name"_s, u"--select"_s, u"key"_s, u"--select"_s, u"properties.plan"_s,
                          u"--order-by"_s, u"key asc"_s, u"--format"_s, format});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    if (format == u"json"_s) {
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 7);
        // The newest runner's group_name cell: {"display_name", "key"}.
        QVERIFY(array.at(0).toObject().value(u"group_name"_s).toObject().contains(u"display_name"_s));
    } else if (format == u"jsonl"_s) {
        QCOMPARE(r.out.trimmed().split('\n').size(), 7);
    } else {
        const QStringList lines = text.trimmed().split(u'\n');
        QVERIFY(lines.constFirst().contains(u"properties.plan"_s)); // header row
        QVERIFY(lines.size() >= 8);
        QVERIFY(!text.contains(u"display_name"_s)); // group_name shows its name, not JSON
    }
}

void TestCliQuery::errorsHaveExitCodes()
{
    QCOMPARE(run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--where"_s, u"seats about 5"_s}).exitCode, 2);
    QCOMPARE(run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--where"_s, u"seats > many"_s}).exitCode, 2);
    QCOMPARE(run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--all"_s, u"--limit"_s, u"5"_s}).exitCode, 2);
    const CliRun bad = run({u"groups"_s, u"query"_s, u"--type"_s, u"0"_s, u"--select"_s, u"nonsense_field"_s});
    QCOMPARE(bad.exitCode, 6);
    QVERIFY(bad.err.contains("nonsense_field"));
    QCOMPARE(run({u"groups"_s, u"metrics"_s, u"--type"_s, u"0"_s}).exitCode, 2);
}

void TestCliQuery::metricValues()
{
    const CliRun metrics = run({u"metrics"_s, u"list"_s, u"--type"_s, u"0"_s, u"--format"_s, u"json"_s});
    QCOMPARE(metrics.exitCode, 0);
    const QJsonArray defined = QJsonDocument::fromJson(metrics.out).array();
    QVERIFY(!defined.isEmpty());
    const CliRun values =
        run({u"groups"_s, u"metrics"_s, u"--type"_s, u"0"_s, u"org:00010"_s, u"--format"_s, u"json"_s});
    QCOMPARE(values.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(values.out).array();
    QCOMPARE(array.size(), defined.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject row = array.at(i).toObject();
        QCOMPARE(row.value(u"name"_s), defined.at(i).toObject().value(u"name"_s));
        QVERIFY(row.value(u"value"_s).isDouble());
        QVERIFY(row.value(u"previous"_s).isDouble());
    }
}

QTEST_GUILESS_MAIN(TestCliQuery)
#include "tst_cliquery.moc"
