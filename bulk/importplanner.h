#pragma once

#include "currentvalues.h"
#include "desiredgroup.h"
#include "importmapping.h"
#include "importplan.h"
#include "tableparser.h"

#include <QList>
#include <QStringList>

/**
 * The dry run, in two pure steps: desired() reads what each row asks for (and why a row
 * cannot be applied), plan() compares that with the server's current values.
 * Nothing is sent; a CurrentValuesSource reads the values for keysToRead() in between.
 */
class ImportPlanner
{
public:
    /// PostHog's limit for group_key (docs/posthog-api-contract.md §1).
    static constexpr int MaxKeyLength = 400;

    static QList<DesiredGroup> desired(const TableParser::Table &table, const ImportMapping &mapping);
    /// Keys of the rows that can be applied, each once.
    static QStringList keysToRead(const QList<DesiredGroup> &desired);
    static ImportPlan plan(int typeIndex, const QList<DesiredGroup> &desired, const CurrentValues &current);
};
