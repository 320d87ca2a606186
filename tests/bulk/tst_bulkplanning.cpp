#include "importjournal.h"
#include "importmapping.h"
#include "importplanfilterproxy.h"
#include "importplanmodel.h"
#include "importplanner.h"
#include "querycurrentvaluessource.h"
#include "tableparser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * The pure steps of a bulk import: reading tables (CSV, TSV, spreadsheet paste), mapping
 * columns and typing values, the dry run's verdict per group, write ops and their inverses,
 * the journal's file format (including a torn last line), and the review model.
 */
class TestBulkPlanning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotingAndLineBreaks();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void dropsByteOrderMarkAndBlankLines();
    void unterminatedQuoteIsAnError();
    void detectsColumnTypes_data();
    void detectsColumnTypes();
    void convertRefusesNullAndBadValues();
    void keyColumnChoice();
    void mappingProblems();
    void desiredRowsAndReasons();
    void planActionsAndChanges();
    void emptyCellsUnsetOnlyWhatExists();
    void writesAndInverses();
    void journalRoundTripAndTornLine();
    void planModelAndFilter();
    void queryBatchesAndQuoting();
};

void TestBulkPlanning::parsesQuotingAndLineBreaks()
{
    const TableParser::Table table =
        TableParser::parse(u"key,note,n\r\n\"a,1\",\"said \"\"hi\"\"\nnext line\",3\r\nb,,4\r\n"_s);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.header, QStringList({u"key"_s, u"note"_s, u"n"_s}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0), QStringList({u"a,1"_s, u"said \"hi\"\nnext line"_s, u"3"_s}));
    QCOMPARE(table.rows.at(1), QStringList({u"b"_s, QString(), u"4"_s}));
    // Lines count the break inside the quoted cell.
    QCOMPARE(table.lines, QList<int>({2, 4}));
}

void TestBulkPlanning::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("csv") << u"key,name\na,b\n"_s << QChar(u',');
    QTest::newRow("tsv paste") << u"key\tname, with comma\na\tb\n"_s << QChar(u'\t');
    QTest::newRow("semicolon") << u"key;name;x,y\n"_s << QChar(u';');
    QTest::newRow("quoted tab does not count") << u"\"a\tb\",c\n"_s << QChar(u',');
}

void TestBulkPlanning::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(TableParser::detectDelimiter(text), delimiter);
    QCOMPARE(TableParser::parse(text).delimiter, delimiter);
}

void TestBulkPlanning::dropsByteOrderMarkAndBlankLines()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"t.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFkey,plan\n\norg:1,pro\n\n");
    file.close();
    const TableParser::Table table = TableParser::readFile(file.fileName());
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.header.first(), u"key"_s);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first(), QStringList({u"org:1"_s, u"pro"_s}));

    QVERIFY(!TableParser::readFile(dir.filePath(u"missing.csv"_s)).error.isEmpty());
    QFile latin(dir.filePath(u"latin1.csv"_s));
    QVERIFY(latin.open(QIODevice::WriteOnly));
    latin.write("key,name\nk,Caf\xE9\n");
    latin.close();
    QVERIFY(TableParser::readFile(latin.fileName()).error.contains(u"UTF-8"_s));
}

void TestBulkPlanning::unterminatedQuoteIsAnError()
{
    const TableParser::Table table = TableParser::parse(u"key,name\na,\"open\nb,c\n"_s);
    QVERIFY(table.error.contains(u"line 2"_s));
    QVERIFY(TableParser::parse(QString()).error.contains(u"empty"_s));
}

void TestBulkPlanning::detectsColumnTypes_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<int>("type");
    using T = ImportMapping::ValueType;
    QTest::newRow("numbers") << QStringList{u"1"_s, u"-2.5"_s, QString(), u"3e2"_s} << int(T::Number);
    QTest::newRow("leading zero stays text") << QStringList{u"007"_s, u"12"_s} << int(T::Text);
    QTest::newRow("booleans") << QStringList{u"true"_s, u"FALSE"_s} << int(T::Boolean);
    QTest::newRow("json") << QStringList{u"{\"a\":1}"_s, u"[1,2]"_s} << int(T::Json);
    QTest::newRow("mixed") << QStringList{u"1"_s, u"true"_s} << int(T::Text);
    QTest::newRow("all empty") << QStringList{QString(), QString()} << int(T::Text);
}

void TestBulkPlanning::detectsColumnTypes()
{
    QFETCH(QStringList, cells);
    QFETCH(int, type);
    QCOMPARE(int(ImportMapping::detect(cells)), type);
}

void TestBulkPlanning::convertRefusesNullAndBadValues()
{
    using T = ImportMapping::ValueType;
    QString error;
    QCOMPARE(ImportMapping::convert(u"42"_s, T::Number, &error), std::optional<QJsonValue>(42.0));
    QCOMPARE(ImportMapping::convert(u"True"_s, T::Boolean, &error), std::optional<QJsonValue>(true));
    QCOMPARE(ImportMapping::convert(u"42"_s, T::Text, &error), std::optional<QJsonValue>(u"42"_s));
    QCOMPARE(ImportMapping::convert(u"{\"a\":[1]}"_s, T::Json, &error),
             std::optional<QJsonValue>(QJsonObject{{u"a"_s, QJsonArray{1}}}));
    QVERIFY(!ImportMapping::convert(u"null"_s, T::Json, &error));
    QVERIFY(error.contains(u"null"_s));
    QVERIFY(!ImportMapping::convert(u"12a"_s, T::Number, &error));
    QVERIFY(error.contains(u"12a"_s));
    QVERIFY(!ImportMapping::convert(u"yes"_s, T::Boolean, &error));
    QVERIFY(!ImportMapping::convert(u"{oops"_s, T::Json, &error));
}

void TestBulkPlanning::keyColumnChoice()
{
    const TableParser::Table table = TableParser::parse(u"name,Group_Key,seats\nA,k1,3\n"_s);
    QCOMPARE(ImportMapping::fromTable(table).keyColumn, 1);
    QCOMPARE(ImportMapping::fromTable(table, u"name"_s).keyColumn, 0);
    const ImportMapping missing = ImportMapping::fromTable(table, u"id"_s);
    QVERIFY(missing.problem().contains(u"\"id\""_s));
    const TableParser::Table noKeyName = TableParser::parse(u"id,seats\nk1,3\n"_s);
    const ImportMapping first = ImportMapping::fromTable(noKeyName);
    QCOMPARE(first.keyColumn, 0);
    QCOMPARE(int(first.columns.at(1).type), int(ImportMapping::ValueType::Number));
}

void TestBulkPlanning::mappingProblems()
{
    const TableParser::Table table = TableParser::parse(u"key,a,b\nk,1,2\n"_s);
    ImportMapping mapping = ImportMapping::fromTable(table);
    QVERIFY(mapping.problem().isEmpty());
    mapping.columns[2].property = u"a"_s;
    QVERIFY(mapping.problem().contains(u"\"a\""_s));
    mapping.columns[2].skip = true;
    QVERIFY(mapping.problem().isEmpty());
    mapping.columns[1].property = u" "_s;
    QVERIFY(!mapping.problem().isEmpty());
}

void TestBulkPlanning::desiredRowsAndReasons()
{
    const QString longKey(ImportPlanner::MaxKeyLength + 1, u'k');
    const TableParser::Table table =
        TableParser::parse(u"key,seats,meta\n"_s + u"a,3,{}\n"_s + u",4,\n"_s + longKey + u",5,\n"_s + u"a,6,\n"_s
                           + u"b,x,\n"_s + u"c,1,null\n"_s + u"d,1,[1],extra\n"_s);
    ImportMapping mapping = ImportMapping::fromTable(table);
    mapping.columns[1].type = ImportMapping::ValueType::Number;
    mapping.columns[2].type = ImportMapping::ValueType::Json;
    const QList<DesiredGroup> desired = ImportPlanner::desired(table, mapping);
    QCOMPARE(desired.size(), 7);
    QVERIFY(desired.at(0).reason.isEmpty());
    QCOMPARE(desired.at(0).set, (QJsonObject{{u"seats"_s, 3}, {u"meta"_s, QJsonObject()}}));
    QVERIFY(desired.at(1).reason.contains(u"empty"_s));
    QVERIFY(desired.at(2).reason.contains(u"401"_s));
    QVERIFY(desired.at(3).reason.contains(u"line 2"_s));
    QVERIFY(desired.at(4).reason.contains(u"\"x\""_s));
    QVERIFY(desired.at(5).reason.contains(u"null"_s));
    QVERIFY(desired.at(6).reason.contains(u"4 cells"_s));
    QCOMPARE(ImportPlanner::keysToRead(desired), QStringList({u"a"_s}));
}

void TestBulkPlanning::planActionsAndChanges()
{
    QList<DesiredGroup> desired;
    desired.append({2, u"new"_s, {{u"plan"_s, u"pro"_s}}, {}, {}});
    desired.append({3, u"same"_s, {{u"plan"_s, u"pro"_s}}, {}, {}});
    desired.append({4, u"diff"_s, {{u"plan"_s, u"pro"_s}, {u"seats"_s, 5}}, {}, {}});
    desired.append({5, u"gone"_s, {{u"plan"_s, u"pro"_s}}, {}, {}});
    desired.append({6, u"bad"_s, {}, {}, u"nope"_s});
    CurrentValues current;
    current.groups.insert(u"same"_s, {{u"plan"_s, u"pro"_s}, {u"other"_s, 1}});
    // Type matters: the number 5 and the string "5" differ.
    current.groups.insert(u"diff"_s, {{u"plan"_s, u"free"_s}, {u"seats"_s, u"5"_s}});
    current.unreadable.insert(u"gone"_s, u"timeout"_s);
    const ImportPlan plan = ImportPlanner::plan(1, desired, current);
    QCOMPARE(plan.typeIndex, 1);
    QCOMPARE(int(plan.groups.at(0).action), int(PlannedGroup::Action::Create));
    QCOMPARE(int(plan.groups.at(1).action), int(PlannedGroup::Action::Unchanged));
    QCOMPARE(int(plan.groups.at(2).action), int(PlannedGroup::Action::Update));
    QCOMPARE(plan.groups.at(2).changes.size(), 2);
    QCOMPARE(plan.groups.at(2).changes.at(0).before, std::optional<QJsonValue>(u"free"_s));
    QCOMPARE(plan.groups.at(2).changes.at(1).after, std::optional<QJsonValue>(5));
    QCOMPARE(int(plan.groups.at(3).action), int(PlannedGroup::Action::Invalid));
    QVERIFY(plan.groups.at(3).reason.contains(u"timeout"_s));
    QCOMPARE(plan.groups.at(4).reason, u"nope"_s);
    QCOMPARE(plan.count(PlannedGroup::Action::Invalid), 2);
    QCOMPARE(plan.count(PlannedGroup::Action::Create), 1);

    const QJsonObject json = plan.groups.at(2).toJson();
    QCOMPARE(json.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(json.value(u"changes"_s).toObject().value(u"plan"_s).toObject(),
             (QJsonObject{{u"before"_s, u"free"_s}, {u"after"_s, u"pro"_s}}));
    QCOMPARE(plan.groups.at(3).toJson().value(u"reason"_s).toString(), plan.groups.at(3).reason);
}

void TestBulkPlanning::emptyCellsUnsetOnlyWhatExists()
{
    const TableParser::Table table = TableParser::parse(u"key,plan,seats\na,,\nb,,\n"_s);
    ImportMapping mapping = ImportMapping::fromTable(table);
    QCOMPARE(ImportPlanner::desired(table, mapping).at(0).unset, QStringList());
    mapping.emptyCells = ImportMapping::EmptyCells::Unset;
    const QList<DesiredGroup> desired = ImportPlanner::desired(table, mapping);
    QCOMPARE(desired.at(0).unset, QStringList({u"plan"_s, u"seats"_s}));
    CurrentValues current;
    current.groups.insert(u"a"_s, {{u"plan"_s, u"pro"_s}});
    const ImportPlan plan = ImportPlanner::plan(0, desired, current);
    QCOMPARE(plan.groups.at(0).changes.size(), 1);
    QCOMPARE(plan.groups.at(0).changes.at(0).after, std::nullopt);
    // A new group gets nothing removed: it is created empty.
    QCOMPARE(int(plan.groups.at(1).action), int(PlannedGroup::Action::Create));
    QVERIFY(plan.groups.at(1).changes.isEmpty());
}

void TestBulkPlanning::writesAndInverses()
{
    ImportPlan plan;
    plan.groups.append({2,
                        u"u"_s,
                        PlannedGroup::Action::Update,
                        {{u"plan"_s, QJsonValue(u"free"_s), QJsonValue(u"pro"_s)},
                         {u"seats"_s, std::nullopt, QJsonValue(3)},
                         {u"old"_s, QJsonValue(1), std::nullopt}},
                        {}});
    plan.groups.append(
        {3, u"c"_s, PlannedGroup::Action::Create, {{u"plan"_s, std::nullopt, QJsonValue(u"pro"_s)}}, {}});
    plan.groups.append({4, u"x"_s, PlannedGroup::Action::Invalid, {}, u"bad"_s});
    const QList<WriteOp> ops = plan.writes();
    QCOMPARE(ops.size(), 4);
    QCOMPARE(int(ops.at(0).kind), int(WriteOp::Kind::Create)); // creates go first
    QCOMPARE(ops.at(0).properties, (QJsonObject{{u"plan"_s, u"pro"_s}}));
    QCOMPARE(ops.at(3).id, 4);

    const std::optional<WriteOp> restore = ops.at(1).inverse();
    QVERIFY(restore);
    QCOMPARE(int(restore->kind), int(WriteOp::Kind::Set));
    QCOMPARE(restore->value, QJsonValue(u"free"_s));
    QCOMPARE(int(ops.at(2).inverse()->kind), int(WriteOp::Kind::Unset)); // added -> removed
    QCOMPARE(ops.at(3).inverse()->value, QJsonValue(1));                 // removed -> restored
    QVERIFY(!ops.at(0).inverse());                                       // PostHog cannot delete groups

    QVERIFY(ops.at(1).isReflectedIn({{u"plan"_s, u"pro"_s}}));
    QVERIFY(!ops.at(1).isReflectedIn({{u"plan"_s, u"free"_s}}));
    QVERIFY(ops.at(3).isReflectedIn({{u"plan"_s, u"pro"_s}}));
    for (const WriteOp &op : ops) {
        const std::optional<WriteOp> back = WriteOp::fromJson(op.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), op.toJson());
    }
}

void TestBulkPlanning::journalRoundTripAndTornLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"j.jsonl"_s);
    QList<WriteOp> ops;
    ops.append({1, WriteOp::Kind::Create, u"c"_s, {}, {}, {{u"a"_s, 1}}, std::nullopt});
    ops.append({2, WriteOp::Kind::Set, u"u"_s, u"plan"_s, u"pro"_s, {}, QJsonValue(u"free"_s)});
    ops.append({3, WriteOp::Kind::Set, u"u"_s, u"seats"_s, 4, {}, std::nullopt});
    {
        ImportJournal journal;
        QString error;
        QVERIFY2(journal.create(path, 2, u"file.csv"_s, ops, &error), qPrintable(error));
        QVERIFY(journal.recordIntent(1, &error));
        QVERIFY(journal.recordDone(2, &error));
        QVERIFY(journal.recordFailed(3, u"nope"_s, &error));
        ImportJournal again;
        QVERIFY(!again.create(path, 2, u"file.csv"_s, ops, &error)); // never overwrites
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"t":"done","i)"); // a crash in the middle of a line
    file.close();

    ImportJournal journal;
    QString error;
    QVERIFY2(journal.open(path, &error), qPrintable(error));
    QCOMPARE(journal.typeIndex(), 2);
    QCOMPARE(journal.ops().size(), 3);
    QVERIFY(journal.hasOpenIntent(1));
    QVERIFY(journal.isDone(2));
    QCOMPARE(journal.failure(3), u"nope"_s);
    QCOMPARE(journal.pending().size(), 2);
    QVERIFY(!journal.isComplete());
    const QList<WriteOp> undo = journal.undoWrites();
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first().value, QJsonValue(u"free"_s));
    QVERIFY(journal.createdKeys().isEmpty());
    QVERIFY(journal.recordDone(1, &error));
    QCOMPARE(journal.createdKeys(), QStringList({u"c"_s}));

    QFile other(dir.filePath(u"other.jsonl"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{\"hello\":1}\n");
    other.close();
    ImportJournal notOurs;
    QVERIFY(!notOurs.open(other.fileName(), &error));
    QVERIFY(error.contains(u"not a GroupDesk import journal"_s));
}

void TestBulkPlanning::planModelAndFilter()
{
    ImportPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImportPlanFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    ImportPlan plan;
    plan.groups.append(
        {2,
         u"org:1"_s,
         PlannedGroup::Action::Update,
         {{u"plan"_s, QJsonValue(u"free"_s), QJsonValue(u"pro"_s)}, {u"seats"_s, QJsonValue(1), QJsonValue(2)}},
         {}});
    plan.groups.append({3, u"org:2"_s, PlannedGroup::Action::Create, {{u"n"_s, std::nullopt, QJsonValue(u"1"_s)}}, {}});
    plan.groups.append({4, QString(), PlannedGroup::Action::Invalid, {}, u"The group key is empty."_s});
    plan.groups.append({5, u"org:3"_s, PlannedGroup::Action::Unchanged, {}, {}});
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ImportPlanModel::ChangesColumn).data().toString(),
             u"plan: \"free\" → \"pro\"; seats: 1 → 2"_s);
    QCOMPARE(model.index(1, ImportPlanModel::ChangesColumn).data().toString(), u"n: (none) → \"1\""_s);
    QCOMPARE(model.index(2, ImportPlanModel::ActionColumn).data().toString(), u"Invalid"_s);

    proxy.setActionVisible(PlannedGroup::Action::Unchanged, false);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setActionVisible(PlannedGroup::Action::Invalid, false);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(u"SEATS"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ImportPlanModel::KeyColumn).data().toString(), u"org:1"_s);
    proxy.setText(QString());
    proxy.setActionVisible(PlannedGroup::Action::Invalid, true);
    QCOMPARE(proxy.rowCount(), 3);

    model.setOutcome(u"org:2"_s, u"done"_s);
    QCOMPARE(model.index(1, ImportPlanModel::ReasonColumn).data().toString(), u"done"_s);
}

void TestBulkPlanning::queryBatchesAndQuoting()
{
    // Short keys: the key count caps a request.
    QStringList keys;
    for (int i = 0; i < 12000; ++i)
        keys.append(u"org-%1"_s.arg(i));
    QList<QStringList> batches = QueryCurrentValuesSource::batches(keys);
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).size(), QueryCurrentValuesSource::MaxKeysPerRequest);
    QCOMPARE(batches.at(2).size(), 2000);
    QCOMPARE(batches.at(2).last(), u"org-11999"_s);

    // Keys of 400 characters: the bytes of the quoted keys cap it, so the SQL stays small.
    QStringList longKeys;
    for (int i = 0; i < 500; ++i)
        longKeys.append(QString(397, u'k') + u"%1"_s.arg(i, 3, 10, QChar(u'0')));
    batches = QueryCurrentValuesSource::batches(longKeys);
    QCOMPARE(batches.size(), 3);
    for (const QStringList &batch : std::as_const(batches)) {
        QVERIFY(QueryCurrentValuesSource::keyCondition(batch).toUtf8().size()
                <= QueryCurrentValuesSource::MaxLiteralBytes + 20);
    }
    QCOMPARE(batches.at(0).size() + batches.at(1).size() + batches.at(2).size(), 500);
    QVERIFY(QueryCurrentValuesSource::batches({}).isEmpty());

    // Quotes, backslashes and line breaks are escaped the way HogQL reads them back.
    QCOMPARE(QueryCurrentValuesSource::keyCondition({u"o'brien"_s, u"a\\b"_s, u"two\nlines"_s, u"zürich"_s}),
             u"key IN ('o\\'brien', 'a\\\\b', 'two\\nlines', 'zürich')"_s);
}

QTEST_GUILESS_MAIN(TestBulkPlanning)
#include "tst_bulkplanning.moc"
