#pragma once

#include "groupsmodelrow.h"

#include <QList>

/**
 * GroupsModel's loaded rows: a list that grows by whole chunks of ChunkRows rows, so that a page
 * appended to a million loaded rows never moves the rows already there.
 *
 * One contiguous QList of a million rows (64 MB) is reallocated each time it doubles. Whether
 * glibc then remaps pages or copies depends on where its allocator found the old block (a heap
 * with large free regions after a model reset serves it from there), and a copy of 16-32 MB plus
 * the page faults of the new block took 12-17 ms of GUI-thread CPU inside one reply handler
 * (bench_groupsquery, REST Load all of 1,000,000 groups, BENCHMARKS.md). Here an append touches
 * one chunk at most: growing costs one 1 MiB allocation every 16,384 rows.
 *
 * Implicitly shared like the QList it replaces: a copy handed to a sort worker shares every
 * chunk, and an append on the GUI thread afterwards copies at most the last one.
 */
class GroupsModelRows
{
public:
    static constexpr qsizetype ChunkRows = 16384; ///< 1 MiB of 64-byte rows

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const GroupsModelRow &at(qsizetype row) const { return m_chunks.at(row / ChunkRows).at(row % ChunkRows); }
    /// Detaches the row's chunk if a copy shares it.
    GroupsModelRow &operator[](qsizetype row) { return m_chunks[row / ChunkRows][row % ChunkRows]; }
    const GroupsModelRow &constFirst() const { return at(0); }

    void append(GroupsModelRow row);
    void clear();
    /// Room in the chunk index for `rows` rows; the chunks themselves come as rows arrive.
    void reserve(qsizetype rows);

private:
    QList<QList<GroupsModelRow>> m_chunks;
    qsizetype m_size = 0;
};
