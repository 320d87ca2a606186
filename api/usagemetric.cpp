#include "usagemetric.h"

#include "apijson.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace {
const QStringList &knownMetricFields()
{
    static const QStringList fields{QStringLiteral("id"),      QStringLiteral("name"),
                                    QStringLiteral("format"),  QStringLiteral("interval"),
                                    QStringLiteral("display"), QStringLiteral("filters"),
                                    QStringLiteral("math"),    QStringLiteral("math_property")};
    return fields;
}
} // namespace

QStringList UsageMetric::formats()
{
    return {QStringLiteral("numeric"), QStringLiteral("currency")};
}

QStringList UsageMetric::displays()
{
    return {QStringLiteral("number"), QStringLiteral("sparkline")};
}

QStringList UsageMetric::maths()
{
    return {QStringLiteral("count"), QStringLiteral("sum")};
}

QString UsageMetric::label(const QString &value)
{
    if (value == u"numeric" || value == u"number")
        return tr("Number");
    if (value == u"currency")
        return tr("Currency");
    if (value == u"sparkline")
        return tr("Sparkline");
    if (value == u"count")
        return tr("Count of events");
    if (value == u"sum")
        return tr("Sum of a property");
    if (value == u"events")
        return tr("Events");
    if (value == u"data_warehouse")
        return tr("Data warehouse table");
    return value;
}

QString UsageMetric::source() const
{
    const QString value = filters.value(QLatin1String("source")).toString();
    return value.isEmpty() ? QStringLiteral("events") : value;
}

QList<UsageMetric::Problem> UsageMetric::validate(Rules rules) const
{
    QList<Problem> problems;
    if (name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("The name is required.")});
    else if (ApiJson::serverLength(name) > MaxNameLength)
        problems.append({QStringLiteral("name"), tr("The name must be at most %1 characters.").arg(MaxNameLength)});

    if (!formats().contains(format))
        problems.append(
            {QStringLiteral("format"), tr("\"%1\" is not a valid format (numeric or currency).").arg(format)});
    // The server has no range check, but a non-positive window of days is meaningless.
    if (rules == Rules::Editor && interval < 1)
        problems.append({QStringLiteral("interval"), tr("The interval must be at least one day.")});
    if (!displays().contains(display))
        problems.append(
            {QStringLiteral("display"), tr("\"%1\" is not a valid display (number or sparkline).").arg(display)});

    // The server takes any object as events filters, {} included; an editor asks for something.
    if (filters.isEmpty()) {
        if (rules == Rules::Editor)
            problems.append({QStringLiteral("filters"), tr("Filters are required.")});
    } else {
        const QString src = source();
        if (src == QLatin1String("data_warehouse")) {
            for (const char *field : {"table_name", "timestamp_field", "key_field"}) {
                const QString key = QString::fromLatin1(field);
                if (filters.value(key).toString().trimmed().isEmpty())
                    problems.append(
                        {QStringLiteral("filters"), tr("Data warehouse metrics need a non-empty %1.").arg(key)});
            }
        } else if (src != QLatin1String("events")) {
            problems.append({QStringLiteral("filters"), tr("Unknown source: '%1'").arg(src)});
        }
    }

    if (!maths().contains(math)) {
        problems.append({QStringLiteral("math"), tr("\"%1\" is not a valid math (count or sum).").arg(math)});
    } else if (math == QLatin1String("sum") && mathProperty.trimmed().isEmpty()) {
        problems.append({QStringLiteral("math_property"), tr("Choose the property to sum: a sum needs one.")});
    } else if (math == QLatin1String("count") && !mathProperty.trimmed().isEmpty()) {
        problems.append(
            {QStringLiteral("math_property"), tr("A count takes no property: clear it, or calculate a sum instead.")});
    }
    if (ApiJson::serverLength(mathProperty) > MaxNameLength)
        problems.append(
            {QStringLiteral("math_property"), tr("The property must be at most %1 characters.").arg(MaxNameLength)});
    return problems;
}

UsageMetric UsageMetric::fromJson(const QJsonObject &object)
{
    UsageMetric metric;
    metric.id = JsonText::toText(object.value(QLatin1String("id")));
    metric.name = object.value(QLatin1String("name")).toString();
    if (object.value(QLatin1String("format")).isString())
        metric.format = object.value(QLatin1String("format")).toString();
    metric.interval = object.value(QLatin1String("interval")).toInt(7);
    if (object.value(QLatin1String("display")).isString())
        metric.display = object.value(QLatin1String("display")).toString();
    metric.filters = object.value(QLatin1String("filters")).toObject();
    if (object.value(QLatin1String("math")).isString())
        metric.math = object.value(QLatin1String("math")).toString();
    metric.mathProperty = object.value(QLatin1String("math_property")).toString();
    metric.extra = ApiJson::unknownFields(object, knownMetricFields());
    return metric;
}

QJsonObject UsageMetric::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("format"), format);
    object.insert(QStringLiteral("interval"), interval);
    object.insert(QStringLiteral("display"), display);
    object.insert(QStringLiteral("filters"), filters);
    object.insert(QStringLiteral("math"), math);
    object.insert(QStringLiteral("math_property"),
                  mathProperty.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(mathProperty));
    return object;
}

QJsonObject UsageMetric::toServerJson() const
{
    QJsonObject object = extra;
    const QJsonObject body = toJson();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("id"), id);
    return object;
}
