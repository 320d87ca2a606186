// GroupsModelRows, the chunked row list behind GroupsModel: rows keep their order and values
// across chunk boundaries, growth never moves a loaded row, and copies (the sort worker's
// snapshot) are independent of later appends and edits.
#include "groupsmodelrows.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
GroupsModelRow row(qsizetype n)
{
    GroupsModelRow r;
    r.key = u"g"_s + QString::number(n);
    r.properties = QByteArray::number(n);
    r.createdMs = n;
    r.hasCreated = n % 2 == 0;
    return r;
}
} // namespace

class TestGroupsModelRows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsAcrossChunks();
    void growthNeverMovesLoadedRows();
    void copyIsIndependent();
    void clearEmpties();
};

void TestGroupsModelRows::appendsAcrossChunks()
{
    GroupsModelRows rows;
    QVERIFY(rows.isEmpty());
    const qsizetype count = 2 * GroupsModelRows::ChunkRows + 7;
    rows.reserve(count);
    for (qsizetype n = 0; n < count; ++n)
        rows.append(row(n));
    QCOMPARE(rows.size(), count);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.constFirst().key, u"g0"_s);
    // Every row, not a sample: the chunk arithmetic must hold on both sides of each boundary.
    for (qsizetype n = 0; n < count; ++n) {
        const GroupsModelRow &r = rows.at(n);
        if (r.key != u"g"_s + QString::number(n) || r.properties != QByteArray::number(n) || r.createdMs != n
            || r.hasCreated != (n % 2 == 0))
            QFAIL(qPrintable(u"row %1 holds %2"_s.arg(n).arg(r.key)));
    }
    rows[GroupsModelRows::ChunkRows].properties = "edited";
    QCOMPARE(rows.at(GroupsModelRows::ChunkRows).properties, QByteArray("edited"));
    QCOMPARE(rows.at(GroupsModelRows::ChunkRows - 1).properties, QByteArray::number(GroupsModelRows::ChunkRows - 1));
}

void TestGroupsModelRows::growthNeverMovesLoadedRows()
{
    // The point of the chunks: a row's address stays the same however many rows follow (a
    // contiguous list moves all of them each time it doubles).
    GroupsModelRows rows;
    for (qsizetype n = 0; n < 10; ++n)
        rows.append(row(n));
    const GroupsModelRow *first = &rows.at(0);
    const GroupsModelRow *ninth = &rows.at(9);
    for (qsizetype n = 10; n < 3 * GroupsModelRows::ChunkRows; ++n)
        rows.append(row(n));
    QCOMPARE(&rows.at(0), first);
    QCOMPARE(&rows.at(9), ninth);
}

void TestGroupsModelRows::copyIsIndependent()
{
    GroupsModelRows rows;
    const qsizetype count = GroupsModelRows::ChunkRows + 3;
    for (qsizetype n = 0; n < count; ++n)
        rows.append(row(n));
    const GroupsModelRows snapshot = rows; // what a sort worker reads
    rows.append(row(count));
    rows[0].key = u"changed"_s;
    rows[count - 1].key = u"changed too"_s;
    QCOMPARE(snapshot.size(), count);
    QCOMPARE(snapshot.at(0).key, u"g0"_s);
    QCOMPARE(snapshot.at(count - 1).key, u"g"_s + QString::number(count - 1));
    QCOMPARE(rows.size(), count + 1);
    QCOMPARE(rows.at(0).key, u"changed"_s);
    QCOMPARE(rows.at(count - 1).key, u"changed too"_s);
    QCOMPARE(rows.at(count).key, u"g"_s + QString::number(count));
}

void TestGroupsModelRows::clearEmpties()
{
    GroupsModelRows rows;
    for (qsizetype n = 0; n < GroupsModelRows::ChunkRows + 1; ++n)
        rows.append(row(n));
    rows.clear();
    QVERIFY(rows.isEmpty());
    QCOMPARE(rows.size(), 0);
    rows.append(row(42));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).key, u"g42"_s);
}

QTEST_GUILESS_MAIN(TestGroupsModelRows)
#include "tst_groupsmodelrows.moc"
