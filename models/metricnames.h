#pragma once

#include <QString>
#include <QStringList>

/**
 * Usage-metric names are unique per group type, but PostHog enforces that with a database
 * constraint, not a validation: a duplicate comes back as a bare 500 after the request.
 * These helpers let the editor refuse a taken name first and let Duplicate propose a free
 * one. Names compare the way the server stores them (trimmed by DRF, case-sensitive).
 */
class MetricNames
{
public:
    /// Whether `name` is already used by one of `taken`.
    static bool isTaken(const QString &name, const QStringList &taken);
    /// "X (copy)", else "X (copy 2)", "X (copy 3)", ...: the first not in `taken`, within
    /// UsageMetric::MaxNameLength (the base is shortened, never the suffix).
    static QString freeCopyName(const QString &name, const QStringList &taken);
    /// The sentence shown under the name field.
    static QString takenMessage(const QString &name);
};
