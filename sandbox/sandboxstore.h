#pragma once

#include "sandboxoptions.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

/**
 * The sandbox's data: one project, its group types, groups, usage metrics and activity.
 * Seeded deterministically from SandboxOptions.
 */
class SandboxStore
{
public:
    explicit SandboxStore(const SandboxOptions &options);

    int groupTypeCount() const;
    int groupCount(int typeIndex) const;

private:
    SandboxOptions m_options;
};
