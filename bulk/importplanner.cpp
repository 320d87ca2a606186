#include "importplanner.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportPlanner", text);
}
} // namespace

QList<DesiredGroup> ImportPlanner::desired(const TableParser::Table &table, const ImportMapping &mapping)
{
    QList<DesiredGroup> result;
    result.reserve(table.rows.size());
    QHash<QString, int> firstRow; // key -> line of its first row
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        DesiredGroup group;
        group.row = r < table.lines.size() ? table.lines.at(r) : r + 2;
        group.key =
            mapping.keyColumn >= 0 && mapping.keyColumn < cells.size() ? cells.at(mapping.keyColumn) : QString();
        if (cells.size() > table.header.size()) {
            group.reason =
                tr("The row has %1 cells but the header has %2 columns.").arg(cells.size()).arg(table.header.size());
        } else if (group.key.trimmed().isEmpty()) {
            group.reason = tr("The group key is empty.");
        } else if (group.key.size() > MaxKeyLength) {
            group.reason = tr("The group key has %1 characters; PostHog allows at most %2.")
                               .arg(group.key.size())
                               .arg(MaxKeyLength);
        } else if (firstRow.contains(group.key)) {
            group.reason = tr("The key already appears on line %1.").arg(firstRow.value(group.key));
        }
        if (group.reason.isEmpty()) {
            firstRow.insert(group.key, group.row);
            for (int c = 0; c < mapping.columns.size() && group.reason.isEmpty(); ++c) {
                const ImportMapping::Column &column = mapping.columns.at(c);
                if (c == mapping.keyColumn || column.skip)
                    continue;
                const QString cell = c < cells.size() ? cells.at(c) : QString();
                if (cell.isEmpty()) {
                    if (mapping.emptyCells == ImportMapping::EmptyCells::Unset)
                        group.unset.append(column.property);
                    continue;
                }
                QString error;
                const std::optional<QJsonValue> value = ImportMapping::convert(cell, column.type, &error);
                if (value)
                    group.set.insert(column.property, *value);
                else
                    group.reason = tr("Column \"%1\": %2").arg(column.source, error);
            }
        }
        result.append(group);
    }
    return result;
}

QStringList ImportPlanner::keysToRead(const QList<DesiredGroup> &desired)
{
    QStringList keys;
    keys.reserve(desired.size());
    for (const DesiredGroup &group : desired) {
        if (group.reason.isEmpty())
            keys.append(group.key);
    }
    keys.removeDuplicates();
    return keys;
}

ImportPlan ImportPlanner::plan(int typeIndex, const QList<DesiredGroup> &desired, const CurrentValues &current)
{
    ImportPlan plan;
    plan.typeIndex = typeIndex;
    plan.groups.reserve(desired.size());
    for (const DesiredGroup &want : desired) {
        PlannedGroup group;
        group.row = want.row;
        group.key = want.key;
        if (!want.reason.isEmpty()) {
            group.action = PlannedGroup::Action::Invalid;
            group.reason = want.reason;
            plan.groups.append(group);
            continue;
        }
        if (current.unreadable.contains(want.key)) {
            group.action = PlannedGroup::Action::Invalid;
            group.reason = tr("Its current values could not be read: %1").arg(current.unreadable.value(want.key));
            plan.groups.append(group);
            continue;
        }
        const auto found = current.groups.constFind(want.key);
        if (found == current.groups.constEnd()) {
            // A new group gets its set properties; removing from nothing is nothing.
            group.action = PlannedGroup::Action::Create;
            for (auto it = want.set.begin(); it != want.set.end(); ++it)
                group.changes.append({it.key(), std::nullopt, it.value()});
            plan.groups.append(group);
            continue;
        }
        const QJsonObject &properties = found.value();
        for (auto it = want.set.begin(); it != want.set.end(); ++it) {
            const auto before = properties.constFind(it.key());
            if (before == properties.constEnd())
                group.changes.append({it.key(), std::nullopt, it.value()});
            else if (QJsonValue(before.value()) != QJsonValue(it.value()))
                group.changes.append({it.key(), before.value(), it.value()});
        }
        for (const QString &name : want.unset) {
            const auto before = properties.constFind(name);
            if (before != properties.constEnd())
                group.changes.append({name, before.value(), std::nullopt});
        }
        group.action = group.changes.isEmpty() ? PlannedGroup::Action::Unchanged : PlannedGroup::Action::Update;
        plan.groups.append(group);
    }
    return plan;
}
