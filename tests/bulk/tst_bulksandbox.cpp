#include "editjob.h"
#include "editservice.h"
#include "findcurrentvaluessource.h"
#include "importapplier.h"
#include "importjournal.h"
#include "importmapping.h"
#include "importplanner.h"
#include "posthogclient.h"
#include "querycurrentvaluessource.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "tableparser.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

/**
 * A bulk import end to end over loopback HTTP against the in-process sandbox: the dry run
 * reads current values with groups/find or with a few query-API requests (the same plan;
 * groups/find when the key lacks query:read), the applier writes through EditService and the
 * client's retry policy, also when a fifth of the requests fail (503, connection reset after
 * the write, truncated answer after the write). The end state equals the file, every group is
 * created by exactly one request, an interrupted apply resumed from its journal never repeats
 * a confirmed write, and undo restores the before-values.
 */
class TestBulkSandbox final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const SandboxOptions &options)
            : server(options)
        { }
        SandboxServer server;
        std::unique_ptr<PostHogClient> client;
        std::unique_ptr<EditService> edits;

        bool start(const QString &apiKey = SandboxServer::demoKey())
        {
            if (server.listen() == 0)
                return false;
            ConnectionSettings settings;
            settings.baseUrl = server.baseUrl();
            settings.projectId = u"@current"_s;
            settings.apiKey = apiKey;
            settings.requestsPerMinute = 1000000; // loopback; the limiter's pacing has its own tests
            settings.requestsPerHour = 0;
            settings.timeout = std::chrono::seconds(10);
            client = std::make_unique<PostHogClient>(settings);
            edits = std::make_unique<EditService>(client.get());
            return true;
        }

        /// Starts counting the server's requests anew, for sentSinceMark().
        void mark() { m_mark = server.requestLog().size(); }
        /// How many `method` requests to a path containing `path` the server got since mark().
        qsizetype sentSinceMark(const QByteArray &method, const QByteArray &path) const
        {
            const QList<QByteArray> log = server.requestLog().mid(m_mark);
            return std::count_if(log.cbegin(), log.cend(), [&](const QByteArray &line) {
                return line.startsWith(QByteArray(method + ' ')) && line.contains(path);
            });
        }

    private:
        qsizetype m_mark = 0;
    };

    /// A server with the tricky groups, a client (with `apiKey`) and the plan groups/find
    /// gives for the tricky table: what a query-API source must match.
    static ImportPlan startWithFindPlan(Fixture &f, QString *csv, const QString &apiKey = SandboxServer::demoKey())
    {
        if (!f.start(apiKey))
            return {};
        *csv = seedTrickyAndTable(f.server.store());
        return dryRun(f, *csv);
    }

    static SandboxOptions options(bool faults)
    {
        SandboxOptions options;
        options.groupTypeCount = 2;
        options.groupsPerType = 20;
        if (faults) {
            options.faults = QStringList{u"503"_s, u"reset"_s, u"truncate"_s};
            options.faultRate = 0.2;
        }
        return options;
    }

    /// 40 existing accounts (acct-0..39, plan free, seats i) and a file that changes the
    /// first 30 and adds 20 new ones (new-0..19).
    static QString seedAndTable(SandboxStore *store)
    {
        for (int i = 0; i < 40; ++i)
            store->createGroup(0, u"acct-%1"_s.arg(i), {{u"plan"_s, u"free"_s}, {u"seats"_s, i}});
        QString csv = u"key,plan,seats,note\n"_s;
        for (int i = 0; i < 30; ++i)
            csv += u"acct-%1,pro,%2,\"vip, %1\"\n"_s.arg(i).arg(i * 10);
        for (int i = 0; i < 20; ++i)
            csv += u"new-%1,free,%1,\n"_s.arg(i);
        return csv;
    }

    static ImportPlan dryRun(Fixture &f, const QString &csv)
    {
        FindCurrentValuesSource source(f.client.get());
        return dryRunWith(source, csv);
    }

    static ImportPlan dryRunWith(CurrentValuesSource &source, const QString &csv)
    {
        const TableParser::Table table = TableParser::parse(csv);
        const ImportMapping mapping = ImportMapping::fromTable(table);
        const QList<DesiredGroup> desired = ImportPlanner::desired(table, mapping);
        QSignalSpy done(&source, &CurrentValuesSource::finished);
        source.start(0, ImportPlanner::keysToRead(desired));
        if (!done.wait(60000))
            return {};
        return ImportPlanner::plan(0, desired, done.first().first().value<CurrentValues>());
    }

    static QList<QJsonObject> planJson(const ImportPlan &plan)
    {
        QList<QJsonObject> out;
        for (const PlannedGroup &group : plan.groups)
            out.append(group.toJson());
        return out;
    }

    /// Keys and values that stress the query path's quoting and JSON reading: quotes,
    /// backslashes, non-ASCII, nested JSON, booleans, numbers, nulls and empty objects.
    static QString seedTrickyAndTable(SandboxStore *store)
    {
        QString csv = seedAndTable(store);
        store->createGroup(0, u"o'brien"_s, {{u"plan"_s, u"free"_s}, {u"meta"_s, QJsonObject{{u"a"_s, 1}}}});
        store->createGroup(0, u"back\\slash"_s, {{u"seats"_s, 2.5}, {u"vip"_s, true}});
        store->createGroup(0, u"zürich ✓"_s, {});
        store->createGroup(0, u"with, comma"_s, {{u"plan"_s, QJsonValue()}});
        csv += u"o'brien,pro,3,\n"_s;
        csv += u"back\\slash,free,2.5,\n"_s;
        csv += u"zürich ✓,pro,1,hello\n"_s;
        csv += u"\"with, comma\",pro,,\n"_s;
        csv += u"new'quote,free,1,\n"_s;
        return csv;
    }

    static bool runToEnd(ImportApplier &applier)
    {
        return QTest::qWaitFor(
            [&applier] {
                return applier.state() == ImportApplier::State::Finished
                       || applier.state() == ImportApplier::State::Broken;
            },
            120000);
    }

    static void verifyEndState(SandboxStore *store)
    {
        for (int i = 0; i < 30; ++i) {
            const QJsonObject p = store->properties(0, u"acct-%1"_s.arg(i));
            QCOMPARE(p.value(u"plan"_s), QJsonValue(u"pro"_s));
            QCOMPARE(p.value(u"seats"_s), QJsonValue(i * 10));
            QCOMPARE(p.value(u"note"_s), QJsonValue(u"vip, %1"_s.arg(i)));
        }
        for (int i = 0; i < 20; ++i) {
            const QString key = u"new-%1"_s.arg(i);
            QVERIFY(store->hasGroup(0, key));
            QCOMPARE(store->properties(0, key), (QJsonObject{{u"plan"_s, u"free"_s}, {u"seats"_s, i}}));
            QCOMPARE(store->createRequests(0, key), 1);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CurrentValues>();
        qRegisterMetaType<WriteOp>();
    }
    void dryRunReadsCurrentValues();
    void querySourceGivesTheFindPlan();
    void querySourceReadsTenThousandKeysInAFewRequests();
    void querySourceFallsBackWithoutTheScope();
    void applyUnderFaultsReachesTheFile();
    void interruptedApplyResumesWithoutRepeats();
    void undoRestoresBeforeValues();
    void importWritesStayOffTheUndoStack();
    void failedWritesCanBeRetried();
    void pauseHoldsWrites();
};

void TestBulkSandbox::dryRunReadsCurrentValues()
{
    Fixture f(options(false));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    const ImportPlan plan = dryRun(f, csv);
    QCOMPARE(plan.groups.size(), 50);
    QCOMPARE(plan.count(PlannedGroup::Action::Update), 30);
    QCOMPARE(plan.count(PlannedGroup::Action::Create), 20);
    const PlannedGroup &first = plan.groups.first();
    QCOMPARE(first.changes.size(), 2); // plan free -> pro, note added; seats 0 -> 0 unchanged
    QCOMPARE(first.changes.at(0).name, u"note"_s);
    QCOMPARE(first.changes.at(0).before, std::nullopt);
    QCOMPARE(first.changes.at(1).before, std::optional<QJsonValue>(u"free"_s));
    // The dry run sent no write.
    for (const QByteArray &line : f.server.requestLog())
        QVERIFY2(line.startsWith("GET "), line.constData());

    FindCurrentValuesSource source(f.client.get());
    QCOMPARE(source.estimate(420).count(), 1); // this client allows 1,000,000 a minute
}

void TestBulkSandbox::querySourceGivesTheFindPlan()
{
    Fixture f(options(false));
    QString csv;
    const ImportPlan byFind = startWithFindPlan(f, &csv);
    QCOMPARE(byFind.groups.size(), 55);

    f.mark();
    QueryCurrentValuesSource source(f.client.get());
    QSignalSpy changed(&source, &CurrentValuesSource::methodChanged);
    const ImportPlan byQuery = dryRunWith(source, csv);
    QCOMPARE(source.method(), CurrentValuesSource::Method::Query);
    QVERIFY(changed.isEmpty());
    QCOMPARE(planJson(byQuery), planJson(byFind));
    // Both really differ from an empty server: creates, updates and unchanged values.
    QCOMPARE(byQuery.count(PlannedGroup::Action::Create), 21);
    QVERIFY(byQuery.count(PlannedGroup::Action::Update) >= 30);

    QCOMPARE(f.sentSinceMark("POST", "/query/"), 1);
    QCOMPARE(f.sentSinceMark("GET", "/groups/find/"), 0);
    QCOMPARE(source.requestCount(), 1);
    QVERIFY(source.describe(55).contains(u"query API"_s));
}

void TestBulkSandbox::querySourceReadsTenThousandKeysInAFewRequests()
{
    SandboxOptions big;
    big.groupTypeCount = 1;
    big.groupsPerType = 12000;
    Fixture f(big);
    QVERIFY(f.start());
    SandboxStore *store = f.server.store();
    QStringList keys;
    for (int i = 0; i < 9000; ++i)
        keys.append(store->keyAt(0, i * 12000 / 9000));
    for (int i = 0; i < 1000; ++i)
        keys.append(u"bulk-new-%1"_s.arg(i));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 10000);

    f.mark();
    QueryCurrentValuesSource source(f.client.get());
    QSignalSpy done(&source, &CurrentValuesSource::finished);
    QSignalSpy progress(&source, &CurrentValuesSource::progress);
    source.start(0, keys);
    QVERIFY(done.wait(120000));
    const auto values = done.first().first().value<CurrentValues>();
    QVERIFY(values.error.isOk());
    QVERIFY(values.unreadable.isEmpty());
    QCOMPARE(values.groups.size(), 9000);
    for (int i = 0; i < 9000; i += 997)
        QCOMPARE(values.groups.value(keys.at(i)), store->properties(0, keys.at(i)));
    QVERIFY(!values.groups.contains(u"bulk-new-0"_s));

    const qsizetype queries = f.sentSinceMark("POST", "/query/");
    QVERIFY2(queries >= 2 && queries <= 5, qPrintable(QString::number(queries)));
    QCOMPARE(f.sentSinceMark("GET", "/groups/find/"), 0);
    QCOMPARE(progress.last().at(0).toInt(), 10000);
    QCOMPARE(QueryCurrentValuesSource::batches(keys).size(), queries);
}

void TestBulkSandbox::querySourceFallsBackWithoutTheScope()
{
    Fixture f(options(false));
    f.server.addApiKey(u"phx_groups_only"_s, {u"group:read"_s, u"group:write"_s, u"project:read"_s});
    QString csv;
    const ImportPlan byFind = startWithFindPlan(f, &csv, u"phx_groups_only"_s);
    QCOMPARE(byFind.groups.size(), 55);

    // Learnt from the query itself: one refused query, then groups/find per key.
    f.mark();
    QueryCurrentValuesSource source(f.client.get());
    QSignalSpy changed(&source, &CurrentValuesSource::methodChanged);
    QCOMPARE(source.method(), CurrentValuesSource::Method::Query);
    const ImportPlan byQuery = dryRunWith(source, csv);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(source.method(), CurrentValuesSource::Method::Find);
    QVERIFY2(source.fallbackReason().contains(u"query:read"_s), qPrintable(source.fallbackReason()));
    const QString text = source.describe(55);
    QVERIFY2(text.contains(u"groups/find"_s) && text.contains(u"query:read"_s), qPrintable(text));
    QCOMPARE(planJson(byQuery), planJson(byFind));
    QCOMPARE(f.sentSinceMark("POST", "/query/"), 1);
    QCOMPARE(f.sentSinceMark("GET", "/groups/find/"), 55);

    // Known beforehand (the groups table's probe): not even the refused query is sent.
    f.mark();
    QueryCurrentValuesSource told(f.client.get());
    ApiError missing(ApiError::Kind::MissingScope, u"API key missing required scope 'query:read'"_s, 403);
    told.setQueryAccess(QueryAccess::fromError(missing));
    const ImportPlan byHint = dryRunWith(told, csv);
    QCOMPARE(told.method(), CurrentValuesSource::Method::Find);
    QCOMPARE(planJson(byHint), planJson(byFind));
    QCOMPARE(f.sentSinceMark("POST", "/query/"), 0);
    QCOMPARE(f.sentSinceMark("GET", "/groups/find/"), 55);
}

void TestBulkSandbox::applyUnderFaultsReachesTheFile()
{
    Fixture f(options(true));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    const ImportPlan plan = dryRun(f, csv);
    QCOMPARE(plan.count(PlannedGroup::Action::Invalid), 0);
    QTemporaryDir dir;
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    QVERIFY2(journal->create(dir.filePath(u"j.jsonl"_s), 0, u"test"_s, plan.writes(), &error), qPrintable(error));
    const int total = static_cast<int>(plan.writes().size());
    QCOMPARE(total, 20 + 30 * 2 + 29); // creates, plan+note for all, seats for all but acct-0

    ImportApplier applier(f.edits.get());
    applier.start(std::move(journal));
    QVERIFY(runToEnd(applier));
    for (const ImportApplier::Failure &failure : applier.failures())
        qWarning() << failure.op.key << failure.op.name << failure.reason;
    QVERIFY(applier.failures().isEmpty());
    QCOMPARE(applier.doneCount(), total);
    QVERIFY(applier.journal()->isComplete());
    verifyEndState(f.server.store());
}

void TestBulkSandbox::interruptedApplyResumesWithoutRepeats()
{
    Fixture f(options(true));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    const ImportPlan plan = dryRun(f, csv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.jsonl"_s);
    {
        auto journal = std::make_unique<ImportJournal>();
        QString error;
        QVERIFY(journal->create(path, 0, u"test"_s, plan.writes(), &error));
        auto applier = std::make_unique<ImportApplier>(f.edits.get());
        applier->start(std::move(journal));
        QVERIFY(QTest::qWaitFor([&applier] { return applier->doneCount() >= 40; }, 60000));
        // A crash: the applier and its journal vanish with writes in flight, whose answers
        // nobody records.
        applier.reset();
    }
    const qsizetype logMark = f.server.requestLog().size();
    ImportJournal before;
    QString error;
    QVERIFY(before.open(path, &error));
    QVERIFY(!before.isComplete());
    QSet<QString> confirmedSetKeys; // keys whose every set write was confirmed before the crash
    QHash<QString, int> setsPerKey;
    QHash<QString, int> doneSetsPerKey;
    for (const WriteOp &op : before.ops()) {
        if (op.kind != WriteOp::Kind::Set)
            continue;
        ++setsPerKey[op.key];
        if (before.isDone(op.id))
            ++doneSetsPerKey[op.key];
    }
    for (auto it = setsPerKey.cbegin(); it != setsPerKey.cend(); ++it) {
        if (doneSetsPerKey.value(it.key()) == it.value())
            confirmedSetKeys.insert(it.key());
    }
    QVERIFY(!confirmedSetKeys.isEmpty());

    auto journal = std::make_unique<ImportJournal>();
    QVERIFY(journal->open(path, &error));
    ImportApplier resumed(f.edits.get());
    resumed.start(std::move(journal));
    QVERIFY(runToEnd(resumed));
    QVERIFY(resumed.failures().isEmpty());
    QVERIFY(resumed.journal()->isComplete());
    verifyEndState(f.server.store());

    const QList<QByteArray> log = f.server.requestLog().mid(logMark);
    for (const QString &key : std::as_const(confirmedSetKeys)) {
        const QByteArray needle = "groups/update_property/?group_type_index=0&group_key=" + key.toUtf8();
        for (const QByteArray &line : log)
            // The key ends the query, so acct-1 does not match acct-11.
            QVERIFY2(!line.endsWith(needle), qPrintable(u"repeated a confirmed write: "_s + QString::fromUtf8(line)));
    }
}

void TestBulkSandbox::undoRestoresBeforeValues()
{
    Fixture f(options(false));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    const ImportPlan plan = dryRun(f, csv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.jsonl"_s);
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    QVERIFY(journal->create(path, 0, u"test"_s, plan.writes(), &error));
    ImportApplier applier(f.edits.get());
    applier.start(std::move(journal));
    QVERIFY(runToEnd(applier));
    QCOMPARE(f.server.store()->properties(0, u"acct-3"_s).value(u"plan"_s), QJsonValue(u"pro"_s));

    ImportJournal done;
    QVERIFY(done.open(path, &error));
    QCOMPARE(done.createdKeys().size(), 20);
    auto undo = std::make_unique<ImportJournal>();
    QVERIFY(undo->create(path + u".undo"_s, 0, path, done.undoWrites(), &error));
    ImportApplier undoing(f.edits.get());
    undoing.start(std::move(undo));
    QVERIFY(runToEnd(undoing));
    QVERIFY(undoing.failures().isEmpty());
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(f.server.store()->properties(0, u"acct-%1"_s.arg(i)),
                 (QJsonObject{{u"plan"_s, u"free"_s}, {u"seats"_s, i}}));
    }
}

void TestBulkSandbox::importWritesStayOffTheUndoStack()
{
    Fixture f(options(false));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    QUndoStack *stack = f.edits->undoStack();
    // The user's own edit, before the import.
    EditJob *own = f.edits->setGroupProperty(0, u"acct-35"_s, u"owner"_s, u"ann"_s, std::nullopt);
    QSignalSpy ownDone(own, &EditJob::finished);
    QVERIFY(ownDone.wait(10000));
    QCOMPARE(stack->count(), 1);

    const ImportPlan plan = dryRun(f, csv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.jsonl"_s);
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    QVERIFY(journal->create(path, 0, u"test"_s, plan.writes(), &error));
    ImportApplier applier(f.edits.get());
    applier.start(std::move(journal));
    QVERIFY(runToEnd(applier));
    QCOMPARE(applier.doneCount(), 109);
    // 109 confirmed import writes, and Ctrl+Z still undoes the user's edit, not the import.
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QVERIFY(QTest::qWaitFor([&f] { return f.edits->pendingCount() == 0; }, 10000));
    QVERIFY(!f.server.store()->properties(0, u"acct-35"_s).contains(u"owner"_s));
    QCOMPARE(f.server.store()->properties(0, u"acct-3"_s).value(u"plan"_s), QJsonValue(u"pro"_s));

    // Undoing the import is one action over its journal, and stays off the stack too.
    ImportJournal done;
    QVERIFY(done.open(path, &error));
    auto undo = std::make_unique<ImportJournal>();
    QVERIFY(undo->create(path + u".undo"_s, 0, path, done.undoWrites(), &error));
    ImportApplier undoing(f.edits.get());
    undoing.start(std::move(undo));
    QVERIFY(runToEnd(undoing));
    QVERIFY(undoing.failures().isEmpty());
    QCOMPARE(f.server.store()->properties(0, u"acct-3"_s), (QJsonObject{{u"plan"_s, u"free"_s}, {u"seats"_s, 3}}));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 0);
}

void TestBulkSandbox::failedWritesCanBeRetried()
{
    Fixture f(options(false));
    QVERIFY(f.start());
    QList<WriteOp> ops;
    ops.append({1, WriteOp::Kind::Set, u"ghost"_s, u"plan"_s, u"pro"_s, {}, std::nullopt});
    QTemporaryDir dir;
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    QVERIFY(journal->create(dir.filePath(u"j.jsonl"_s), 0, u"test"_s, ops, &error));
    ImportApplier applier(f.edits.get());
    QSignalSpy finished(&applier, &ImportApplier::writeFinished);
    applier.start(std::move(journal));
    QVERIFY(runToEnd(applier));
    QCOMPARE(applier.failures().size(), 1);
    QVERIFY(!applier.failures().first().reason.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);

    // Someone creates the group meanwhile; "retry failed" now succeeds.
    f.server.store()->createGroup(0, u"ghost"_s, {});
    applier.retryFailed();
    QVERIFY(runToEnd(applier));
    QVERIFY(applier.failures().isEmpty());
    QCOMPARE(f.server.store()->properties(0, u"ghost"_s).value(u"plan"_s), QJsonValue(u"pro"_s));
}

void TestBulkSandbox::pauseHoldsWrites()
{
    Fixture f(options(false));
    QVERIFY(f.start());
    const QString csv = seedAndTable(f.server.store());
    const ImportPlan plan = dryRun(f, csv);
    QTemporaryDir dir;
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    QVERIFY(journal->create(dir.filePath(u"j.jsonl"_s), 0, u"test"_s, plan.writes(), &error));
    ImportApplier applier(f.edits.get());
    applier.start(std::move(journal));
    applier.pause();
    QCOMPARE(applier.state(), ImportApplier::State::Paused);
    QTest::qWait(300);
    const qsizetype requests = f.server.requestLog().size();
    QTest::qWait(300);
    QCOMPARE(f.server.requestLog().size(), requests); // nothing new starts while paused
    QVERIFY(applier.doneCount() < applier.total());
    applier.resume();
    QVERIFY(runToEnd(applier));
    QCOMPARE(applier.doneCount(), applier.total());
    QVERIFY(applier.writesPerMinute() > 0.0);

    applier.cancel(); // after the end: nothing to cancel
    QCOMPARE(applier.state(), ImportApplier::State::Finished);
}

QTEST_GUILESS_MAIN(TestBulkSandbox)
#include "tst_bulksandbox.moc"
