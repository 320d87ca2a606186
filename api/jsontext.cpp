#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace JsonText {

QString toText(const QJsonValue &value, const QString &nullText)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Up to 2^53 a double holds every integer exactly, and the range check comes before the
        // cast: converting a double outside qint64's range is undefined behaviour.
        constexpr double MaxExactInteger = 9007199254740992.0;
        if (std::abs(number) <= MaxExactInteger && std::trunc(number) == number)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return nullText;
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace JsonText
