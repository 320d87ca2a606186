#pragma once

#include "plannedgroup.h"
#include "writeop.h"

#include <QList>

/// The dry run's result: one PlannedGroup per group of the source, and the writes it needs.
struct ImportPlan
{
    int typeIndex = 0;
    QList<PlannedGroup> groups;

    int count(PlannedGroup::Action action) const;
    /// Creates first (one request each, with every property), then one set or remove per
    /// changed property, numbered from 1. Invalid and unchanged groups need none.
    QList<WriteOp> writes() const;
};
