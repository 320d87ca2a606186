#pragma once

#include <QHash>
#include <QString>

/**
 * Undoing a metric delete re-creates the metric, and the server gives it a new id. Commands
 * recorded with an older id follow this chain to the metric as it exists now.
 */
class MetricIdMap final
{
public:
    /// The id `id` goes by now (itself when it was never re-created).
    QString current(const QString &id) const;
    /// Records that the metric known as `oldId` is now `newId`.
    void map(const QString &oldId, const QString &newId);

private:
    QHash<QString, QString> m_next; ///< old id -> the next id after a re-create
};
