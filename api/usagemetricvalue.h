#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * One usage metric's value for one group, from a `UsageMetricsQuery`
 * (docs/posthog-session-and-query.md section 4.2): the count (or sum) over the metric's last
 * `interval` days, the window before, and the change between them in percent.
 */
struct UsageMetricValue
{
    QString id; ///< the GroupUsageMetric's id
    QString name;
    QString format;  ///< numeric | currency
    QString display; ///< number | sparkline
    int interval = 0;
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> changePercent; ///< absent when the previous window was zero

    static UsageMetricValue fromJson(const QJsonObject &object);
    /// `{"kind":"UsageMetricsQuery","group_type_index":N,"group_key":K}` with its refresh mode.
    static QJsonObject requestBody(int typeIndex, const QString &groupKey, bool forceRefresh);
    /// "+12.5 %", "−3 %", or empty when unknown.
    QString changeText() const;
};
