#include "sandboxprocess.h"
#include "sandboxserver.h"
#include "sandboxstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * `groupdesk-cli groups import` as a script runs it (child process) against the in-process
 * sandbox: the dry run's JSON lines and exit code 6 for an invalid row, an apply with its
 * journal and outcomes, --resume of a finished journal (sends nothing) and --undo.
 */
class TestCliImport final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray err;
    };

    Run cli(const SandboxServer &server, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"POSTHOG_PERSONAL_API_KEY"_s, SandboxServer::demoKey());
        // runProcess() turns the event loop while it waits: the sandbox answers on this thread.
        const ProcessRun process = runProcess(
            QStringLiteral(GROUPDESK_CLI_PATH),
            QStringList{u"--host"_s, server.baseUrl().toString(), u"groups"_s, u"import"_s} + arguments, env, 120000);
        Run run;
        run.exitCode = process.exitCode;
        run.err = process.err;
        const QList<QByteArray> out = process.out.split('\n');
        for (const QByteArray &line : out) {
            if (!line.isEmpty())
                run.lines.append(QJsonDocument::fromJson(line).object());
        }
        return run;
    }

private Q_SLOTS:
    void dryRunApplyResumeUndo();
};

void TestCliImport::dryRunApplyResumeUndo()
{
    SandboxOptions options;
    options.groupTypeCount = 1;
    options.groupsPerType = 5;
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);
    server.store()->createGroup(0, u"acct-1"_s, {{u"plan"_s, u"free"_s}, {u"old"_s, 1}});
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"groups.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,plan,old\nacct-1,pro,\nnew-1,free,\n,x,\n");
    file.close();

    Run dry =
        cli(server, {u"--type"_s, u"0"_s, csv, u"--key-column"_s, u"id"_s, u"--empty"_s, u"unset"_s, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 6);
    QCOMPARE(dry.lines.size(), 3);
    QCOMPARE(dry.lines.at(0).value(u"action"_s).toString(), u"update"_s);
    const QJsonObject changes = dry.lines.at(0).value(u"changes"_s).toObject();
    QCOMPARE(changes.value(u"plan"_s).toObject(), (QJsonObject{{u"before"_s, u"free"_s}, {u"after"_s, u"pro"_s}}));
    QCOMPARE(changes.value(u"old"_s).toObject(), (QJsonObject{{u"before"_s, 1}})); // removed
    QCOMPARE(dry.lines.at(1).value(u"action"_s).toString(), u"create"_s);
    QCOMPARE(dry.lines.at(2).value(u"action"_s).toString(), u"invalid"_s);
    QVERIFY(!dry.lines.at(2).value(u"reason"_s).toString().isEmpty());
    QCOMPARE(server.store()->properties(0, u"acct-1"_s).value(u"plan"_s), QJsonValue(u"free"_s));

    Run usage = cli(server, {u"--type"_s, u"0"_s, csv, u"--key-column"_s, u"nope"_s, u"--dry-run"_s});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains("nope"));

    const QString journal = dir.filePath(u"j.jsonl"_s);
    Run applied = cli(server, {u"--type"_s, u"0"_s, csv, u"--key-column"_s, u"id"_s, u"--empty"_s, u"unset"_s,
                               u"--journal"_s, journal});
    QCOMPARE(applied.exitCode, 6); // applied, but one row was invalid
    QCOMPARE(applied.lines.size(), 3);
    QCOMPARE(applied.lines.at(0).value(u"outcome"_s).toString(), u"done"_s);
    QCOMPARE(applied.lines.at(1).value(u"outcome"_s).toString(), u"done"_s);
    QCOMPARE(applied.lines.at(2).value(u"outcome"_s).toString(), u"skipped"_s);
    QCOMPARE(server.store()->properties(0, u"acct-1"_s), (QJsonObject{{u"plan"_s, u"pro"_s}}));
    QCOMPARE(server.store()->properties(0, u"new-1"_s), (QJsonObject{{u"plan"_s, u"free"_s}}));

    const int requests = server.requestCount();
    Run resumed = cli(server, {u"--resume"_s, journal});
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY(resumed.lines.isEmpty());
    QCOMPARE(server.requestCount(), requests); // nothing left to send

    Run undone = cli(server, {u"--undo"_s, journal});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(undone.lines.size(), 2);
    QVERIFY(undone.err.contains("new-1")); // the created group stays and is named
    QCOMPARE(server.store()->properties(0, u"acct-1"_s), (QJsonObject{{u"plan"_s, u"free"_s}, {u"old"_s, 1}}));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
