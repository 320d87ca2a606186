#include "metricnames.h"

#include "usagemetric.h"

#include <QCoreApplication>

bool MetricNames::isTaken(const QString &name, const QStringList &taken)
{
    const QString wanted = name.trimmed();
    for (const QString &other : taken) {
        if (other.trimmed() == wanted)
            return true;
    }
    return false;
}

QString MetricNames::freeCopyName(const QString &name, const QStringList &taken)
{
    const QString base = name.trimmed();
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QCoreApplication::translate("MetricNames", " (copy)")
                                      : QCoreApplication::translate("MetricNames", " (copy %1)").arg(n);
        QString candidate = base.left(UsageMetric::MaxNameLength - suffix.size()) + suffix;
        if (!isTaken(candidate, taken))
            return candidate;
    }
}

QString MetricNames::takenMessage(const QString &name)
{
    return QCoreApplication::translate("MetricNames", "A usage metric named “%1” already exists for this group type; "
                                                      "choose another name.")
        .arg(name.trimmed());
}
