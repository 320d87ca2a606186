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

} // namespace ApiJson
