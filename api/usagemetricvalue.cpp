#include "usagemetricvalue.h"

namespace {
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}
} // namespace

UsageMetricValue UsageMetricValue::fromJson(const QJsonObject &object)
{
    UsageMetricValue metric;
    metric.id = object.value(QStringLiteral("id")).toVariant().toString();
    metric.name = object.value(QStringLiteral("name")).toString();
    metric.format = object.value(QStringLiteral("format")).toString();
    metric.display = object.value(QStringLiteral("display")).toString();
    metric.interval = object.value(QStringLiteral("interval")).toInt();
    metric.value = number(object.value(QStringLiteral("value")));
    metric.previous = number(object.value(QStringLiteral("previous")));
    metric.changePercent = number(object.value(QStringLiteral("change_from_previous_pct")));
    return metric;
}

QJsonObject UsageMetricValue::requestBody(int typeIndex, const QString &groupKey, bool forceRefresh)
{
    return QJsonObject{
        {QStringLiteral("query"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("UsageMetricsQuery")},
                                              {QStringLiteral("group_type_index"), typeIndex},
                                              {QStringLiteral("group_key"), groupKey}}},
        {QStringLiteral("refresh"), forceRefresh ? QStringLiteral("force_blocking") : QStringLiteral("blocking")}};
}

QString UsageMetricValue::changeText() const
{
    if (!changePercent)
        return {};
    const double change = *changePercent;
    const QString number = QString::number(std::abs(change), 'f', std::abs(change) < 10 ? 1 : 0);
    return (change > 0   ? QStringLiteral("+")
            : change < 0 ? QStringLiteral("\u2212")
                         : QString())
           + number + QStringLiteral(" %");
}
