#include "importplan.h"

#include <algorithm>

int ImportPlan::count(PlannedGroup::Action action) const
{
    return static_cast<int>(
        std::count_if(groups.begin(), groups.end(), [action](const PlannedGroup &g) { return g.action == action; }));
}

QList<WriteOp> ImportPlan::writes() const
{
    QList<WriteOp> ops;
    int id = 0;
    for (const PlannedGroup &group : groups) {
        if (group.action != PlannedGroup::Action::Create)
            continue;
        WriteOp op;
        op.id = ++id;
        op.kind = WriteOp::Kind::Create;
        op.key = group.key;
        for (const PropertyChange &change : group.changes) {
            if (change.after)
                op.properties.insert(change.name, *change.after);
        }
        ops.append(op);
    }
    for (const PlannedGroup &group : groups) {
        if (group.action != PlannedGroup::Action::Update)
            continue;
        for (const PropertyChange &change : group.changes) {
            WriteOp op;
            op.id = ++id;
            op.key = group.key;
            op.name = change.name;
            op.before = change.before;
            if (change.after) {
                op.kind = WriteOp::Kind::Set;
                op.value = *change.after;
            } else {
                op.kind = WriteOp::Kind::Unset;
            }
            ops.append(op);
        }
    }
    return ops;
}
