#include "sandboxstore.h"

SandboxStore::SandboxStore(const SandboxOptions &options)
    : m_options(options)
{
}

int SandboxStore::groupTypeCount() const
{
    return qBound(1, m_options.groupTypeCount, 5);
}

int SandboxStore::groupCount(int typeIndex) const
{
    return typeIndex >= 0 && typeIndex < groupTypeCount() ? m_options.groupsPerType : 0;
}
