#include "apijson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace ApiJson {

QDateTime parseDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

QJsonValue formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    const QDateTime utc = dateTime.toUTC();
    // Keep whole-second timestamps byte-identical with what PostHog usually sends.
    const Qt::DateFormat format = utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs;
    return utc.toString(format);
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto asInt = static_cast<qint64>(d);
        if (static_cast<double>(asInt) == d)
            return QString::number(asInt);
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

QJsonObject unknownFields(const QJsonObject &object, const QStringList &known)
{
    QJsonObject extra;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

qsizetype serverLength(const QString &text)
{
    return text.trimmed().toUcs4().size();
}

bool resultsArray(const QJsonDocument &doc, QJsonArray &out)
{
    if (doc.isArray()) {
        out = doc.array();
        return true;
    }
    if (doc.isObject() && doc.object().value(QLatin1String("results")).isArray()) {
        out = doc.object().value(QLatin1String("results")).toArray();
        return true;
    }
    return false;
}
} // namespace ApiJson
