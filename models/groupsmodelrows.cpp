#include "groupsmodelrows.h"

#include <utility>

void GroupsModelRows::append(GroupsModelRow row)
{
    if (m_size % ChunkRows == 0) {
        // A full chunk (or none yet): start the next one at its final size, so it is never
        // reallocated while it fills.
        QList<GroupsModelRow> chunk;
        chunk.reserve(ChunkRows);
        m_chunks.append(std::move(chunk));
    }
    m_chunks.last().append(std::move(row));
    ++m_size;
}

void GroupsModelRows::clear()
{
    m_chunks.clear();
    m_size = 0;
}

void GroupsModelRows::reserve(qsizetype rows)
{
    m_chunks.reserve((rows + ChunkRows - 1) / ChunkRows);
}
