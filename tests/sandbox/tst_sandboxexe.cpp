// The groupdesk-sandbox executable end to end: start it with QProcess on a free port,
// read the URL it prints, page its groups over real HTTP, and check argument errors.
#include "sandboxhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxExe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesPagesOfTheRequestedSize();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
};

void TestSandboxExe::servesPagesOfTheRequestedSize()
{
    QProcess process;
    process.setProgram(QStringLiteral(GROUPDESK_SANDBOX_EXE));
    // Port 0: the executable prints the port the OS chose.
    process.setArguments({u"--port"_s, u"0"_s, u"--groups"_s, u"20000"_s, u"--seed"_s, u"7"_s});
    process.start();
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));

    QByteArray output;
    const QRegularExpression urlPattern(u"(http://127\\.0\\.0\\.1:\\d+)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput(),
                              match = urlPattern.match(QString::fromUtf8(output)), match.hasMatch()),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput(), output.contains("phx_groupdesk_demo_key")),
                             10000);
    QVERIFY(output.contains("Project id: 1"));

    SandboxHttp http(QUrl(match.captured(1)));
    const SandboxHttp::Response first = http.get(u"/api/projects/@current/groups/?group_type_index=0"_s);
    QCOMPARE(first.status, 200);
    const QJsonObject page = first.object();
    QCOMPARE(page.value(u"results"_s).toArray().size(), 100);
    QVERIFY(page.value(u"previous"_s).isNull());
    const QString next = page.value(u"next"_s).toString();
    QVERIFY2(next.startsWith(match.captured(1)), qPrintable(next));

    // The second page continues without overlap.
    const SandboxHttp::Response second = http.get(next);
    QCOMPARE(second.status, 200);
    QSet<QString> keys;
    for (const QJsonObject &o : {first.object(), second.object()}) {
        const QJsonArray results = o.value(u"results"_s).toArray();
        for (const auto &group : results)
            keys.insert(group.toObject().value(u"group_key"_s).toString());
    }
    QCOMPARE(keys.size(), 200);

    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
}

void TestSandboxExe::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("version") << QStringList{u"--server-version"_s, u"ancient"_s};
    QTest::newRow("metadata-pak") << QStringList{u"--metadata-pak"_s, u"maybe"_s};
    QTest::newRow("group types") << QStringList{u"--group-types"_s, u"9"_s};
    QTest::newRow("fault") << QStringList{u"--faults"_s, u"500,meteor"_s};
    QTest::newRow("fault rate") << QStringList{u"--fault-rate"_s, u"2"_s};
    QTest::newRow("groups") << QStringList{u"--groups"_s, u"many"_s};
}

void TestSandboxExe::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(GROUPDESK_SANDBOX_EXE), arguments + QStringList{u"--port"_s, u"0"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxExe)
#include "tst_sandboxexe.moc"
