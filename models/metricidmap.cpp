#include "metricidmap.h"

QString MetricIdMap::current(const QString &id) const
{
    QString current = id;
    // Chains are short (one link per undo of a delete); the bound guards against cycles.
    for (int guard = 0; guard < 1000; ++guard) {
        const auto it = m_next.constFind(current);
        if (it == m_next.constEnd())
            break;
        current = *it;
    }
    return current;
}

void MetricIdMap::map(const QString &oldId, const QString &newId)
{
    if (!oldId.isEmpty() && oldId != newId)
        m_next.insert(oldId, newId);
}
